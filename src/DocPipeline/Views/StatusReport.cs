using DocPipeline.Archive;
using DocPipeline.Archive.Jobs;
using DocPipeline.Hosting;
using DocPipeline.Pipeline;
using DocPipeline.Worker;
using Microsoft.Extensions.Options;

namespace DocPipeline.Views;

public sealed record WaitingFileView(string File, long Size, DateTimeOffset Modified);

/// <summary>A document the worker has archived and is reading (<c>running</c>, with pages done) or about to read (<c>queued</c>).</summary>
public sealed record JobView(long Id, string File, string State, int PagesDone, int Attempts, DateTimeOffset Since);

/// <summary>A worker process alive (its heartbeat within two leases): where it runs, since when, what it does.</summary>
public sealed record WorkerView(string Host, int Pid, string Run, DateTimeOffset Started, DateTimeOffset LastHeartbeat, int JobsRunning, long PagesDone);

/// <summary>
/// The archive's state, one shape for `status --json` and `GET /api/status`: documents archived; the jobs the
/// worker holds, running then queued; files still waiting in the inbox; duplicates recorded; the files in
/// failed/ with their reasons, newest first; the worker processes alive across the cluster.
/// </summary>
public sealed record StatusView(int Documents, IReadOnlyList<JobView> Jobs, IReadOnlyList<WaitingFileView> Inbox, int Duplicates, IReadOnlyList<Failure> Failures, IReadOnlyList<WorkerView> Workers);

/// <summary>Reads the archive's state now.</summary>
public sealed class StatusReport(IOptions<DocPipelineOptions> options, IDocumentStore store, IJobQueue jobs, FailedFolder failed, IWorkerRegistry workers)
{
    private readonly DocPipelineOptions _options = options.Value;

    public StatusView Now() => new(store.Count(), Jobs(), Waiting(), jobs.Status(recentFailures: 0).Duplicates, failed.List(), Workers());

    private List<WorkerView> Workers() =>
        workers.Alive().Select(w => new WorkerView(w.Host, w.ProcessId, w.Run, w.Started, w.LastHeartbeat, w.JobsRunning, w.PagesDone)).ToList();

    private List<JobView> Jobs() =>
        jobs.InState(JobState.Running).Concat(jobs.InState(JobState.Queued))
            .Select(j => new JobView(j.Id, j.FileName, j.State, j.PagesDone, j.Attempts, j.UpdatedAt))
            .ToList();

    private List<WaitingFileView> Waiting() =>
        IgnoredFiles.WaitingIn(_options.InboxPath)
            .OrderBy(f => f.LastWriteTimeUtc)
            .Select(f => new WaitingFileView(Path.GetRelativePath(_options.InboxPath, f.FullName), f.Length, f.LastWriteTimeUtc))
            .ToList();
}
