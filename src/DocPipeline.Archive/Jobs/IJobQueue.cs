namespace DocPipeline.Archive.Jobs;

/// <summary>
/// The inbox worker's job queue: one row per file taken from the inbox, from intake to its end
/// (indexed, duplicate or failed). The embedded default is SQLite beside the catalog
/// (<see cref="SqliteJobQueue"/>); on PostgreSQL several workers on several machines share one
/// (<see cref="PostgresJobQueue"/>), each running job leased to the worker that took it. At most one job per
/// SHA-256 is active (intake, queued or running) at a time, so nothing is taken twice.
/// </summary>
public interface IJobQueue
{
    /// <summary>The active job (intake, queued or running) for these bytes, if any.</summary>
    Job? Active(string sha256);

    /// <summary>Records that a file is being moved into the archive (state intake).</summary>
    Job BeginIntake(string sha256, string fileName);

    /// <summary>The original is in the archive: the job waits for a worker.</summary>
    void Queued(long id, string originalPath);

    /// <summary>Marks the oldest due queued job running (one more attempt) and returns it.</summary>
    Job? TakeNext();

    void Progress(long id, int pagesDone);

    void Indexed(long id, long documentId);

    /// <summary>A transient failure: back to queued, not taken again before the given time.</summary>
    void RetryLater(long id, DateTimeOffset notBefore, string reason);

    /// <summary>A permanent failure; the original goes to <paramref name="failedPath"/>.</summary>
    void Failed(long id, string stage, string message, string? failedPath);

    /// <summary>A file whose bytes are already archived or queued: recorded, not processed.</summary>
    void RecordDuplicate(string sha256, string fileName, long? documentId, string message);

    /// <summary>A file refused before it reached the archive (a symbolic link, say), now in failed/.</summary>
    void RecordRejected(string fileName, string stage, string message, string failedPath);

    /// <summary>
    /// After a crash: jobs left running by a worker that is gone are queued again. Returns how many. On one machine
    /// (SQLite) that is every running job; on a shared server, those whose worker let its lease run out.
    /// </summary>
    int RequeueInterrupted();

    /// <summary>
    /// After a crash: intakes whose taker is gone (a job row, the file perhaps not yet in the archive). On one machine
    /// (SQLite) every intake at start; on a shared server, those whose lease ran out.
    /// </summary>
    IReadOnlyList<Job> InterruptedIntakes();

    /// <summary>
    /// Extends the lease on every job this worker runs; called well within the lease's length while jobs run. A worker
    /// that stops renewing (killed, powered off, cut from the network) loses its jobs to the others when the lease ends.
    /// Returns how many leases were renewed; 0 on a backend without leases.
    /// </summary>
    int RenewLeases();

    IReadOnlyList<Job> InState(string state);

    QueueStatus Status(int recentFailures);
}

/// <summary>Job states, in the order a job goes through them.</summary>
public static class JobState
{
    public const string Intake = "intake", Queued = "queued", Running = "running",
        Indexed = "indexed", Duplicate = "duplicate", Failed = "failed";
}

/// <summary>One file's way through the worker.</summary>
public sealed record Job(
    long Id,
    string? Sha256,
    string FileName,
    string? OriginalPath,
    string State,
    int Attempts,
    int PagesDone,
    long? DocumentId,
    string? Stage,
    string? Message,
    string? FailedPath,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>What `status` shows: the queue's length, what runs now, what failed lately.</summary>
public sealed record QueueStatus(
    int Queued,
    IReadOnlyList<Job> Running,
    int Failed,
    int Duplicates,
    IReadOnlyList<Job> RecentFailures);
