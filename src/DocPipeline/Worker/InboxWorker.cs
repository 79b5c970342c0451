using System.Data.Common;
using DocPipeline.Archive.Originals;
using DocPipeline.Archive.Jobs;
using DocPipeline.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocPipeline.Worker;

/// <summary>
/// The watched folder. One loop looks at the inbox (file-system events plus a periodic rescan,
/// or pure polling for shares) and takes settled files into the archive and the queue; a few
/// processing loops run queued jobs, each spreading its pages over the OCR workers. On start,
/// whatever a crash interrupted is resumed. On shutdown, no new file or job is taken and a
/// running document gets a grace period to finish before it is put back in the queue.
/// </summary>
public sealed class InboxWorker(
    IOptions<DocPipelineOptions> options,
    InboxScanner scanner,
    InboxIntake intake,
    JobRunner runner,
    IJobQueue queue,
    IOriginalStore originals,
    IWorkerRegistry workers,
    WorkerTally tally,
    ILogger<InboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan QueueRecheck = TimeSpan.FromSeconds(1);
    private readonly DocPipelineOptions _options = options.Value;
    private readonly SemaphoreSlim _inboxChanged = new(0);
    private readonly SemaphoreSlim _jobsQueued = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host (and the web page) finish starting
        int requeued = queue.RequeueInterrupted();
        intake.RecoverInterrupted();
        runner.RecoverInterrupted();
        // On a shared queue other workers may be writing into the archive right now: only writes idle for a lease are theirs no more.
        originals.RemoveInterruptedWrites(_options.CatalogOnPostgres ? _options.JobLease : TimeSpan.Zero);
        if (requeued > 0) logger.LogInformation("Resuming {Count} job(s) interrupted by a stop", requeued);
        Beat();

        using var abort = new CancellationTokenSource();
        using var grace = stoppingToken.Register(() => abort.CancelAfter(TimeSpan.FromSeconds(_options.ShutdownGraceSeconds)));
        using var processorsDone = new CancellationTokenSource();
        var renewal = Task.Run(() => RenewLeases(processorsDone.Token), CancellationToken.None);
        var processors = Enumerable.Range(0, Math.Max(1, _options.ParallelDocuments))
            .Select(_ => Task.Run(() => ProcessQueue(stoppingToken, abort.Token), CancellationToken.None))
            .ToList();
        try { await WatchInbox(stoppingToken); }
        finally
        {
            await Task.WhenAll(processors);
            processorsDone.Cancel();
            await renewal;
            try { workers.Leave(); }
            catch (DbException e) { logger.LogWarning("Not removed from the workers' list ({Message}); it drops out when its heartbeat is two leases old", e.Message); }
            logger.LogInformation("Inbox worker stopped");
        }
    }

    private async Task WatchInbox(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(_options.InboxPath);
        using var watcher = _options.InboxPolling ? null : StartWatcher();
        logger.LogInformation("Watching {Inbox} for scans ({Mode}, rescan every {Poll} s)",
            Path.GetFullPath(_options.InboxPath), watcher is null ? "polling" : "events", _options.InboxPollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var scan = scanner.Scan();
            foreach (var file in scan.Settled)
            {
                if (stoppingToken.IsCancellationRequested) break;
                TakeOne(file);
            }
            var wait = scan.Waiting > 0
                ? TimeSpan.FromSeconds(Math.Min(_options.InboxSettleSeconds, _options.InboxPollSeconds))
                : TimeSpan.FromSeconds(_options.InboxPollSeconds);
            try
            {
                await _inboxChanged.WaitAsync(wait, stoppingToken);
                await Task.Delay(Debounce, stoppingToken);
            }
            catch (OperationCanceledException) { break; }
        }
    }

    private void TakeOne(string file)
    {
        try
        {
            if (intake.Take(file)) Signal(_jobsQueued);
            scanner.Forget(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException)
        {
            // Locked, disk full, database busy: the file stays in the inbox and is tried at the next scan.
            logger.LogWarning("{File}: not taken yet, will retry: {Message}", Path.GetFileName(file), e.Message);
        }
    }

    private async Task ProcessQueue(CancellationToken stoppingToken, CancellationToken abort)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Job? job;
            try { job = queue.TakeNext(); }
            catch (DbException e)
            {
                logger.LogWarning("The job queue is unavailable, retrying: {Message}", e.Message);
                job = null;
            }
            if (job is not null)
            {
                runner.Run(job, abort);
                continue;
            }
            try { await _jobsQueued.WaitAsync(QueueRecheck, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>
    /// Keeps this worker's running jobs its own on a shared queue, through the shutdown grace period too, and
    /// records its heartbeat with them.
    /// </summary>
    private async Task RenewLeases(CancellationToken processorsDone)
    {
        var every = _options.JobLease / 3;
        while (!processorsDone.IsCancellationRequested)
        {
            try { await Task.Delay(every, processorsDone); }
            catch (OperationCanceledException) { break; }
            try { queue.RenewLeases(); }
            catch (DbException e)
            {
                logger.LogWarning("Job leases not renewed, retrying: {Message}", e.Message);
            }
            Beat();
        }
    }

    private void Beat()
    {
        try { workers.Beat(tally.JobsRunning, tally.PagesDone); }
        catch (DbException e)
        {
            logger.LogWarning("Heartbeat not recorded, retrying: {Message}", e.Message);
        }
    }

    private FileSystemWatcher StartWatcher()
    {
        var watcher = new FileSystemWatcher(_options.InboxPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Size | NotifyFilters.LastWrite,
        };
        watcher.Created += (_, _) => Signal(_inboxChanged);
        watcher.Renamed += (_, _) => Signal(_inboxChanged);
        watcher.Changed += (_, _) => Signal(_inboxChanged);
        watcher.Error += (_, e) =>
        {
            logger.LogWarning("File events lost ({Message}); the periodic rescan covers them", e.GetException().Message);
            Signal(_inboxChanged);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private static void Signal(SemaphoreSlim signal)
    {
        if (signal.CurrentCount == 0) signal.Release();
    }

    public override void Dispose()
    {
        base.Dispose();
        _inboxChanged.Dispose();
        _jobsQueued.Dispose();
    }
}
