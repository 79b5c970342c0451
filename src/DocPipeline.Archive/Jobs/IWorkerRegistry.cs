namespace DocPipeline.Archive.Jobs;

/// <summary>
/// The worker processes of an archive, each a row it renews with its leases (<see cref="Beat"/>): who it is, since
/// when, what it does, its lease's length. A worker whose heartbeat is older than two of its leases is dead or cut off, and no longer listed.
/// Beside the queue: a table of the PostgreSQL catalog on a shared queue, of catalog.db on one machine.
/// </summary>
public interface IWorkerRegistry
{
    /// <summary>This process is alive now, running so many jobs, with so many pages read since it started.</summary>
    void Beat(int jobsRunning, long pagesDone);

    /// <summary>A clean stop: this process is no longer a worker.</summary>
    void Leave();

    /// <summary>The workers whose last heartbeat is within two of their leases, oldest first.</summary>
    IReadOnlyList<WorkerBeat> Alive();
}

/// <summary>One worker process as it last reported itself; Host, ProcessId and Run are its <see cref="JobLease"/> owner's parts.</summary>
public sealed record WorkerBeat(string Host, int ProcessId, string Run, DateTimeOffset Started, DateTimeOffset LastHeartbeat, int JobsRunning, long PagesDone);
