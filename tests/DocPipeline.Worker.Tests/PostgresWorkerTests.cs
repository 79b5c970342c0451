using DocPipeline.Archive.Jobs;
using DocPipeline.Archive.Postgres;
using DocPipeline.Testing;

namespace DocPipeline.Worker.Tests;

/// <summary>
/// Real worker processes on a shared PostgreSQL queue: a job whose worker is killed is finished by another; a file one
/// node fails is listed by `status` on another that shares the failed folder.
/// </summary>
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

    [Fact]
    public async Task A_file_one_node_fails_is_listed_by_status_on_another_node_sharing_the_failed_folder()
    {
        string database = server.NewDatabase();
        string inbox = Directory.CreateDirectory(Path.Combine(_data.Path, "shared", "inbox")).FullName;
        string failed = Path.Combine(_data.Path, "shared", "failed");
        var settings = new Dictionary<string, string>
        {
            ["Catalog"] = database, ["Inbox"] = inbox, ["Failed"] = failed, ["InboxSettleSeconds"] = "0.3", ["InboxPollSeconds"] = "1",
        };
        using var ocrNode = new WorkerProcess(Path.Combine(_data.Path, "ocr-node"), settings, "worker");
        await ocrNode.WaitForLog("Watching", TimeSpan.FromSeconds(60));
        File.WriteAllBytes(Path.Combine(inbox, "ເປົ່າ.pdf"), []);

        string[] webNode = ["status", "--json", "--data", Path.Combine(_data.Path, "web-node"), "--catalog", database, "--inbox", inbox, "--failed", failed];
        var deadline = DateTime.UtcNow.AddSeconds(60);
        System.Text.Json.JsonElement status;
        do
        {
            var output = new StringWriter();
            Assert.Equal(0, await DocPipeline.Cli.CommandLine.RunAsync(webNode, output, new StringWriter()));
            status = System.Text.Json.JsonDocument.Parse(output.ToString()).RootElement.Clone();
            if (status.GetProperty("failures").GetArrayLength() > 0) break;
            await Task.Delay(250);
        } while (DateTime.UtcNow < deadline);
        var failure = Assert.Single(status.GetProperty("failures").EnumerateArray());
        Assert.Equal("ເປົ່າ.pdf", failure.GetProperty("file").GetString());
        Assert.False(string.IsNullOrEmpty(failure.GetProperty("error").GetString()));
        Assert.True(File.Exists(Path.Combine(failed, failure.GetProperty("name").GetString()!)), "in the shared failed folder");
        Assert.False(Directory.Exists(Path.Combine(_data.Path, "ocr-node", "failed")), "not in the failing node's own data folder");
    }

    public void Dispose() => _data.Dispose();
}
