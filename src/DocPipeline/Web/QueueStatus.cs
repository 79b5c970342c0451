using DocPipeline.Hosting;
using DocPipeline.Pipeline;
using Microsoft.Extensions.Options;

namespace DocPipeline.Web;

public sealed record WaitingFileView(string File, long Size, DateTimeOffset Modified);

public sealed record StatusView(int Documents, IReadOnlyList<WaitingFileView> Inbox, IReadOnlyList<FailureView> Failures);

/// <summary>The Status page: documents archived, files waiting in the inbox (the queue), failures with reasons.</summary>
public sealed class QueueStatus(IOptions<DocPipelineOptions> options, ArchiveView archive, FailedFiles failed)
{
    private readonly DocPipelineOptions _options = options.Value;

    public StatusView Now() => new(archive.Count(), Waiting(), failed.List());

    private IReadOnlyList<WaitingFileView> Waiting()
    {
        if (!Directory.Exists(_options.InboxPath)) return [];
        return Directory.EnumerateFiles(_options.InboxPath, "*", SearchOption.AllDirectories)
            .Where(f => !IgnoredFiles.IsIgnored(f))
            .Select(f => new FileInfo(f))
            .OrderBy(f => f.LastWriteTimeUtc)
            .Select(f => new WaitingFileView(Path.GetRelativePath(_options.InboxPath, f.FullName), f.Length, f.LastWriteTimeUtc))
            .ToList();
    }
}
