using DocPipeline.Archive.Jobs;
using DocPipeline.Hosting;
using DocPipeline.Pipeline;
using DocPipeline.Worker;
using Microsoft.Extensions.Options;

namespace DocPipeline.Web;

public sealed record WaitingFileView(string File, long Size, DateTimeOffset Modified);

/// <summary>A document the worker has archived and is reading or about to read.</summary>
public sealed record JobView(string File, string State, int PagesDone, int Attempts, DateTimeOffset Since);

public sealed record StatusView(int Documents, IReadOnlyList<JobView> Jobs, IReadOnlyList<WaitingFileView> Inbox, IReadOnlyList<Failure> Failures);

/// <summary>
/// The Status page: documents archived; the queue, which is the jobs the worker holds (running
/// with pages done, then queued) and the files still waiting in the inbox; failures with reasons.
/// </summary>
public sealed class StatusReport(IOptions<DocPipelineOptions> options, ArchiveView archive, IJobQueue jobs, FailedFolder failed)
{
    private readonly DocPipelineOptions _options = options.Value;

    public StatusView Now() => new(archive.Count(), Jobs(), Waiting(), failed.List());

    private List<JobView> Jobs() =>
        jobs.InState(JobState.Running).Concat(jobs.InState(JobState.Queued))
            .Select(j => new JobView(j.FileName, j.State, j.PagesDone, j.Attempts, j.UpdatedAt))
            .ToList();

    private IReadOnlyList<WaitingFileView> Waiting()
    {
        return IgnoredFiles.WaitingIn(_options.InboxPath)
            .OrderBy(f => f.LastWriteTimeUtc)
            .Select(f => new WaitingFileView(Path.GetRelativePath(_options.InboxPath, f.FullName), f.Length, f.LastWriteTimeUtc))
            .ToList();
    }
}
