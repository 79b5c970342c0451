using System.Data.Common;
using DocPipeline.Archive.Jobs;
using DocPipeline.Archive.Postgres;
using DocPipeline.Testing;

namespace DocPipeline.Worker.Tests;

/// <summary>What every job queue backend does: one active job per content, crash recovery, backoff, status.</summary>
public abstract class JobQueueContract : IDisposable
{
    /// <summary>A queue as one worker process sees it; each call is a new process on the same archive.</summary>
    protected abstract IJobQueue NewQueue();

    /// <summary>Waits until the jobs a killed worker was running count as interrupted.</summary>
    protected abstract void WaitForDeadWorkers();

    public abstract void Dispose();

    [Fact]
    public void The_same_bytes_cannot_be_active_twice()
    {
        var queue = NewQueue();
        var job = queue.BeginIntake("aa11", "a.pdf");
        Assert.ThrowsAny<DbException>(() => queue.BeginIntake("aa11", "b.pdf"));
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

        var afterCrash = NewQueue(); // a new process on the same archive
        WaitForDeadWorkers();
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
        Assert.Equal(("copy.pdf", 7L), (queue.InState(JobState.Duplicate).Single().FileName, queue.InState(JobState.Duplicate).Single().DocumentId));
    }

    [Fact]
    public void Intakes_left_by_a_dead_worker_are_found_at_start()
    {
        var first = NewQueue();
        var cut = first.BeginIntake("s6", "cut.pdf");
        first.Queued(first.BeginIntake("s7", "whole.pdf").Id, "/archive/s7.pdf");
        var afterCrash = NewQueue();
        WaitForDeadWorkers();
        Assert.Equal(cut.Id, afterCrash.InterruptedIntakes().Single().Id);
    }
}

/// <summary>The embedded queue, a table in the catalog's SQLite file.</summary>
public sealed class SqliteJobQueueTests : JobQueueContract
{
    private readonly ScratchFolder _data = new();

    protected override IJobQueue NewQueue() => new SqliteJobQueue(_data.File("catalog.db"));

    protected override void WaitForDeadWorkers() { } // one machine: every running job at start was interrupted

    public override void Dispose() => _data.Dispose();
}

/// <summary>The shared queue on a real PostgreSQL, each queue a worker of its own with a short lease.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresJobQueueTests(PostgresServer server) : JobQueueContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(1);
    private readonly string _database = server.NewDatabase();
    private readonly List<PostgresCatalog> _opened = [];

    protected override IJobQueue NewQueue() => Worker(Lease);

    protected override void WaitForDeadWorkers() => Thread.Sleep(Lease + TimeSpan.FromMilliseconds(200));

    public override void Dispose()
    {
        foreach (var catalog in _opened) catalog.Dispose();
    }

    private PostgresJobQueue Worker(TimeSpan lease)
    {
        var catalog = PostgresCatalog.Open(_database);
        _opened.Add(catalog);
        return new PostgresJobQueue(catalog, JobLease.ForThisProcess(lease));
    }

    private static void Enqueue(IJobQueue queue, int count)
    {
        for (int i = 0; i < count; i++) queue.Queued(queue.BeginIntake($"sha{i}", $"scan{i}.pdf").Id, $"/archive/sha{i}.pdf");
    }

    [Fact]
    public void A_renewed_lease_keeps_the_job_and_a_lapsed_one_passes_it_to_another_worker()
    {
        var alive = Worker(Lease);
        var other = Worker(TimeSpan.FromMinutes(1));
        Enqueue(alive, 1);
        var job = alive.TakeNext()!;
        Thread.Sleep(Lease + TimeSpan.FromMilliseconds(200));
        Assert.Equal(1, alive.RenewLeases()); // late, but nobody took it meanwhile: still its job
        Assert.Null(other.TakeNext());

        Thread.Sleep(Lease + TimeSpan.FromMilliseconds(200)); // the worker is gone: no more renewals
        var taken = other.TakeNext()!;
        Assert.Equal((job.Id, 2), (taken.Id, taken.Attempts));
        Assert.Equal(0, alive.RenewLeases());
        alive.Indexed(job.Id, 41); // the old worker wakes up: its word no longer counts
        alive.RetryLater(job.Id, DateTimeOffset.UtcNow, "late");
        Assert.Equal(JobState.Running, other.Active(job.Sha256!)!.State);
        other.Indexed(taken.Id, 42);
        Assert.Equal(42, other.InState(JobState.Indexed).Single().DocumentId);
    }

    [Fact]
    public void A_worker_starting_leaves_alone_the_jobs_and_intakes_of_live_workers()
    {
        var running = Worker(TimeSpan.FromMinutes(5));
        Enqueue(running, 2);
        running.TakeNext();
        var takingIn = running.BeginIntake("sha9", "arriving.pdf");
        var starting = Worker(Lease);
        Assert.Equal(0, starting.RequeueInterrupted());
        Assert.Empty(starting.InterruptedIntakes());
        starting.Failed(takingIn.Id, "intake", "The file left the inbox before it reached the archive.", null);
        Assert.Equal(JobState.Intake, starting.Active("sha9")!.State);
        Assert.Equal("scan1.pdf", starting.TakeNext()!.FileName);
        Assert.Null(starting.TakeNext());
        running.Queued(takingIn.Id, "/archive/sha9.pdf");
        Assert.Equal("arriving.pdf", starting.TakeNext()!.FileName);
    }

    [Fact]
    public void An_intake_whose_worker_died_is_recovered_by_another_after_its_lease()
    {
        var dead = Worker(Lease);
        var intake = dead.BeginIntake("sha8", "cut.pdf");
        var other = Worker(Lease);
        Assert.Empty(other.InterruptedIntakes());
        WaitForDeadWorkers();
        Assert.Equal(intake.Id, other.InterruptedIntakes().Single().Id);
        other.Queued(intake.Id, "/archive/sha8.pdf");
        Assert.Equal(intake.Id, other.TakeNext()!.Id);
    }

    [Fact]
    public void Workers_taking_jobs_at_once_never_take_the_same_one()
    {
        const int jobs = 120, workers = 6;
        var queues = Enumerable.Range(0, workers).Select(_ => Worker(TimeSpan.FromMinutes(5))).ToList();
        Enqueue(queues[0], jobs);
        using var start = new Barrier(workers);
        var taken = queues.AsParallel().WithDegreeOfParallelism(workers).SelectMany(queue =>
        {
            start.SignalAndWait();
            var mine = new List<long>();
            while (queue.TakeNext() is { } job) mine.Add(job.Id);
            return mine;
        }).ToList();
        Assert.Equal(jobs, taken.Count);
        Assert.Equal(jobs, taken.Distinct().Count());
        Assert.All(queues[0].InState(JobState.Running), job => Assert.Equal(1, job.Attempts));
    }

    [Fact]
    public void The_schema_is_versioned_and_a_newer_one_is_refused()
    {
        using (var first = PostgresCatalog.Open(_database))
        using (var command = first.DataSource.CreateCommand("SELECT version FROM schema_version"))
            Assert.Equal(PostgresCatalog.SchemaVersion, (int)command.ExecuteScalar()!);
        using (var again = PostgresCatalog.Open(_database)) { } // opening an up-to-date database changes nothing
        using (var admin = PostgresCatalog.Open(_database))
        using (var bump = admin.DataSource.CreateCommand("UPDATE schema_version SET version = version + 1"))
            bump.ExecuteNonQuery();
        var refused = Assert.Throws<CatalogVersionException>(() => PostgresCatalog.Open(_database));
        Assert.Contains("newer DocPipeline", refused.Message);
    }
}
