using System.Diagnostics;
using DocPipeline.Archive;
using DocPipeline.Archive.Jobs;
using DocPipeline.Archive.Originals;
using DocPipeline.Hosting;
using DocPipeline.Ocr.Intake;
using DocPipeline.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocPipeline.Worker;

/// <summary>
/// Runs one queued job on its archived original: indexed (one transaction), failed for good
/// (the original goes to failed/ with its reason), or back in the queue with a backoff
/// (transient trouble: a locked file, a full disk, a busy database, a shutdown).
/// </summary>
public sealed class JobRunner(
    IOptions<DocPipelineOptions> options,
    Ingestor ingestor,
    IDocumentStore store,
    IOriginalStore originals,
    IJobQueue queue,
    FailedFolder failed,
    WorkerTally tally,
    ILogger<JobRunner> logger)
{
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(5);
    private readonly DocPipelineOptions _options = options.Value;

    public void Run(Job job, CancellationToken abort)
    {
        string sha256 = job.Sha256!;
        var clock = Stopwatch.StartNew();
        int pages = 0;
        tally.JobStarted();
        try
        {
            if (store.FindBySha256(sha256) is { } done)
            {
                // Killed between the index transaction and the job update: the document is whole; finish the job.
                queue.Indexed(job.Id, done.Id);
                return;
            }
            if (job.Attempts > _options.MaxAttempts)
            {
                Fail(job, "worker", $"Gave up after {_options.MaxAttempts} attempts; last: {job.Message ?? "the worker stopped while reading it"}");
                return;
            }
            string original = originals.Find(sha256) ?? throw new RejectedFileException("intake", "The original is missing from the archive.");
            long id = ingestor.IndexArchived(original, sha256, job.FileName, n => { tally.PagesRead(n - pages); pages = n; queue.Progress(job.Id, n); }, abort);
            queue.Indexed(job.Id, id);
            logger.LogInformation("{File}: indexed as document {Id}, {Pages} pages in {Seconds:0.0} s", job.FileName, id, pages, clock.Elapsed.TotalSeconds);
        }
        catch (RejectedFileException e)
        {
            Fail(job, e.Stage, e.Message);
            logger.LogWarning("{File}: failed at {Stage} after {Pages} pages in {Seconds:0.0} s: {Message}", job.FileName, e.Stage, pages, clock.Elapsed.TotalSeconds, e.Message);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            queue.RetryLater(job.Id, DateTimeOffset.UtcNow, "Interrupted by a shutdown.");
            logger.LogInformation("{File}: interrupted by shutdown after {Pages} pages; queued again", job.FileName, pages);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not the file's fault as far as we know: try again later, a limited number of times.
            var wait = Backoff(job.Attempts);
            queue.RetryLater(job.Id, DateTimeOffset.UtcNow + wait, e.Message);
            logger.LogWarning(e, "{File}: attempt {Attempt} failed, retrying in {Wait:0} s: {Message}", job.FileName, job.Attempts, wait.TotalSeconds, e.Message);
        }
        finally
        {
            tally.JobEnded();
        }
    }

    /// <summary>After a crash: failed originals whose move out of the archive did not happen are moved now.</summary>
    public void RecoverInterrupted()
    {
        foreach (var job in queue.InState(JobState.Failed))
        {
            if (job.Sha256 is null || job.FailedPath is null || File.Exists(job.FailedPath)) continue;
            if (queue.Active(job.Sha256) is not null || store.FindBySha256(job.Sha256) is not null) continue;
            if (originals.Find(job.Sha256) is not { } original) continue;
            FailedFolder.WriteReason(job.FailedPath, job.FileName, job.Stage ?? "worker", job.Message ?? "", job.Sha256);
            FailedFolder.MoveIn(original, job.FailedPath);
        }
    }

    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(LongestBackoff.TotalSeconds, Math.Pow(2, Math.Clamp(attempts, 1, 16))));

    /// <summary>The reason is written (reserving the name), the job marked failed, then the original moved out of the archive.</summary>
    private void Fail(Job job, string stage, string message)
    {
        string target = failed.Reserve(job.FileName, stage, message, job.Sha256);
        queue.Failed(job.Id, stage, message, target);
        if (originals.Find(job.Sha256!) is { } original) FailedFolder.MoveIn(original, target);
    }
}
