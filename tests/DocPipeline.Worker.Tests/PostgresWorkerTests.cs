using DocPipeline.Archive.Jobs;
using DocPipeline.Archive.Postgres;
using DocPipeline.Testing;

namespace DocPipeline.Worker.Tests;

/// <summary>Real worker processes on a shared PostgreSQL queue: a job whose worker is killed is finished by another.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkerTests(PostgresServer server) : IDisposable
{
    private readonly ScratchFolder _data = new();

    [Fact]
    public async Task A_worker_killed_mid_ocr_loses_its_lease_and_another_worker_finishes_the_job()
    {
        string database = server.NewDatabase();
        var settings = new Dictionary<string, string>
        {
            ["Catalog"] = database,
            ["JobLeaseSeconds"] = "3",
            ["InboxSettleSeconds"] = "0.3",
            ["InboxPollSeconds"] = "1",
        };
        var state = new ArchiveState(_data.Path);
        using (var first = new WorkerProcess(_data.Path, settings))
        {
            await first.WaitForLog("Watching", TimeSpan.FromSeconds(60));
            Directory.CreateDirectory(state.Inbox);
            File.Copy(Repo.Corpus("pages", "d01-phetsarath-300.png"), Path.Combine(state.Inbox, "scan.png"));
            await first.WaitForLog("scan.png: archived", TimeSpan.FromSeconds(30));
            await Task.Delay(500); // OCR under way
            first.KillHard();
            Assert.DoesNotContain("scan.png: indexed", first.Log);
        }
        using var catalog = PostgresCatalog.Open(database);
        var queue = new PostgresJobQueue(catalog, JobLease.ForThisProcess(TimeSpan.FromMinutes(1)));
        Assert.Equal("scan.png", queue.InState(JobState.Running).Single().FileName); // the dead worker's lease still runs

        using var second = new WorkerProcess(_data.Path, settings);
        await second.WaitForLog("scan.png: indexed as document", TimeSpan.FromSeconds(150));
        var job = queue.InState(JobState.Indexed).Single();
        Assert.Equal(("scan.png", 2), (job.FileName, job.Attempts));
        Assert.Empty(queue.InState(JobState.Running));
        using var documents = catalog.DataSource.CreateCommand("SELECT file_name FROM documents"); // the catalog is the server's now
        Assert.Equal("scan.png", documents.ExecuteScalar());
        Assert.False(File.Exists(Path.Combine(_data.Path, "catalog.db")) && state.Documents().Count > 0, "no document in the SQLite file");
    }

    public void Dispose() => _data.Dispose();
}
