using DocPipeline.Archive.Jobs;
using DocPipeline.Testing;

namespace DocPipeline.Worker.Tests;

/// <summary>The SQLite job queue on its own: one active job per content, crash recovery, backoff.</summary>
public sealed class JobQueueTests : IDisposable
{
    private readonly ScratchFolder _data = new();
    private SqliteJobQueue NewQueue() => new(_data.File("catalog.db"));

    [Fact]
    public void The_same_bytes_cannot_be_active_twice()
    {
        var queue = NewQueue();
        var job = queue.BeginIntake("aa11", "a.pdf");
        Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => queue.BeginIntake("aa11", "b.pdf"));
        queue.Queued(job.Id, "/archive/aa11.pdf");
        Assert.Equal(JobState.Queued, queue.Active("aa11")!.State);
        queue.Failed(job.Id, "pages", "damaged", "/failed/a.pdf");
        Assert.Null(queue.Active("aa11"));
        Assert.NotNull(queue.BeginIntake("aa11", "a.pdf")); // a failed file may come again
    }

    [Fact]
    public void Running_jobs_are_queued_again_after_a_crash_and_taken_in_order()
    {
        var first = NewQueue();
        foreach (var (sha, name) in new[] { ("s1", "one.txt"), ("s2", "two.txt") })
            first.Queued(first.BeginIntake(sha, name).Id, $"/archive/{sha}.txt");
        var running = first.TakeNext()!;
        Assert.Equal(("one.txt", JobState.Running, 1), (running.FileName, running.State, running.Attempts));
        first.Progress(running.Id, 3);
        Assert.Equal(3, first.Status(5).Running.Single().PagesDone);

        var afterCrash = NewQueue(); // a new process on the same file
        Assert.Equal(1, afterCrash.RequeueInterrupted());
        var again = afterCrash.TakeNext()!;
        Assert.Equal(("one.txt", 2, 0), (again.FileName, again.Attempts, again.PagesDone));
        Assert.Equal("two.txt", afterCrash.TakeNext()!.FileName);
        Assert.Null(afterCrash.TakeNext());
    }

    [Fact]
    public void A_job_retried_later_waits_for_its_time()
    {
        var queue = NewQueue();
        var job = queue.BeginIntake("s3", "locked.pdf");
        queue.Queued(job.Id, "/archive/s3.pdf");
        queue.RetryLater(queue.TakeNext()!.Id, DateTimeOffset.UtcNow.AddMinutes(1), "locked");
        Assert.Null(queue.TakeNext());
        queue.RetryLater(job.Id, DateTimeOffset.UtcNow.AddSeconds(-1), "locked");
        Assert.Equal(job.Id, queue.TakeNext()!.Id);
        Assert.Equal(TimeSpan.FromSeconds(4), JobRunner.Backoff(2));
        Assert.Equal(TimeSpan.FromMinutes(5), JobRunner.Backoff(30));
    }

    [Fact]
    public void Status_counts_duplicates_and_lists_recent_failures_newest_first()
    {
        var queue = NewQueue();
        queue.RecordDuplicate("s4", "copy.pdf", 7, "Same content as document 7");
        queue.RecordRejected("link.pdf", "intake", "Symbolic links are not taken", "/failed/link.pdf");
        var job = queue.BeginIntake("s5", "bad.pdf");
        queue.Failed(job.Id, "pages", "encrypted", "/failed/bad.pdf");
        var status = queue.Status(1);
        Assert.Equal((0, 2, 1), (status.Queued, status.Failed, status.Duplicates));
        Assert.Equal("bad.pdf", status.RecentFailures.Single().FileName);
    }

    public void Dispose() => _data.Dispose();
}
