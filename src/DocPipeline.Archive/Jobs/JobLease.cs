namespace DocPipeline.Archive.Jobs;

/// <summary>
/// Who holds a running job on a shared queue and for how long without renewing: the worker's name (host and
/// process, unique per run) and the lease's length.
/// </summary>
public sealed record JobLease(string Owner, TimeSpan Duration)
{
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(60);

    /// <summary>This process as a worker: `host/pid/run`, so a restarted process never inherits a dead one's jobs by name.</summary>
    public static JobLease ForThisProcess(TimeSpan duration) =>
        new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}", duration);

    /// <summary>The owner's parts, `host/pid/run`: the host may be any name, so the last two parts are split off.</summary>
    public (string Host, int ProcessId, string Run) Parts()
    {
        int run = Owner.LastIndexOf('/'), pid = Owner.LastIndexOf('/', Math.Max(0, run - 1));
        return pid > 0 && int.TryParse(Owner.AsSpan(pid + 1, run - pid - 1), out int id)
            ? (Owner[..pid], id, Owner[(run + 1)..])
            : (Owner, 0, "");
    }
}
