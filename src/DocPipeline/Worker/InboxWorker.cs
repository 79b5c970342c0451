using DocPipeline.Hosting;
using DocPipeline.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocPipeline.Worker;

/// <summary>
/// Watches the inbox (FileSystemWatcher plus a periodic rescan, since events are missed on
/// network shares) and ingests each file once it has settled. A file leaves the inbox only
/// when its bytes are in the archive (indexed or duplicate) or in failed/ with a reason.
/// </summary>
public sealed class InboxWorker(
    IOptions<DocPipelineOptions> options,
    Ingestor ingestor,
    InboxFiles inbox,
    ILogger<InboxWorker> logger) : BackgroundService
{
    private readonly DocPipelineOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(_options.InboxPath);
        using var wake = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(_options.InboxPath) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, _) => Release(wake);
        watcher.Renamed += (_, _) => Release(wake);
        watcher.Changed += (_, _) => Release(wake);
        logger.LogInformation("Watching {Inbox} for scans", Path.GetFullPath(_options.InboxPath));

        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var file in inbox.SettledFiles())
            {
                if (stoppingToken.IsCancellationRequested) break;
                try
                {
                    await Task.Run(() => Process(file, stoppingToken), stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Transient (locked, disk full): the file stays in the inbox and is tried again.
                    logger.LogWarning(e, "{File}: will retry: {Message}", Path.GetFileName(file), e.Message);
                }
            }
            try { await wake.WaitAsync(TimeSpan.FromSeconds(_options.InboxPollSeconds), stoppingToken).ConfigureAwait(false); }
            catch (OperationCanceledException) { break; }
            await Task.Delay(TimeSpan.FromSeconds(_options.InboxSettleSeconds), stoppingToken).ConfigureAwait(false);
        }
    }

    private void Process(string file, CancellationToken stoppingToken)
    {
        var started = DateTime.UtcNow;
        var result = ingestor.Ingest(file, Path.GetFileName(file), cancellation: stoppingToken);
        double seconds = (DateTime.UtcNow - started).TotalSeconds;
        switch (result.Status)
        {
            case IngestResult.Indexed or IngestResult.Duplicate:
                File.Delete(file);
                logger.LogInformation("{File}: {Status} as document {Id} in {Seconds:0.0} s", result.File, result.Status, result.Id, seconds);
                break;
            default:
                inbox.MoveToFailed(file, result);
                logger.LogWarning("{File}: failed at {Stage}: {Error}", result.File, result.Stage, result.Error);
                break;
        }
    }

    private static void Release(SemaphoreSlim wake)
    {
        if (wake.CurrentCount == 0) wake.Release();
    }
}
