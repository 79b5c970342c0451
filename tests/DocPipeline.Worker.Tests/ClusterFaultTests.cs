using System.Diagnostics;
using DocPipeline.Archive;
using DocPipeline.Archive.Jobs;
using DocPipeline.Archive.Postgres;
using DocPipeline.Bench;
using DocPipeline.Hosting;
using DocPipeline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace DocPipeline.Worker.Tests;

/// <summary>
/// Four worker processes on one PostgreSQL queue and one inbox (<see cref="ClusterFolders"/>: the layout of several
/// machines), 24 scanned pages and a broken file; a worker is killed with SIGKILL mid-OCR twice, each killed node
/// started again. Afterwards every input is indexed exactly once or in failed/ with its reason, no job is left running,
/// the inbox is empty, and each node's index holds exactly the catalog's documents.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterFaultTests(PostgresServer server, ITestOutputHelper output) : IDisposable
{
    private const int Nodes = 4, Pages = 24, Kills = 2;
    private static readonly TimeSpan Drain = TimeSpan.FromMinutes(4);
    private readonly ScratchFolder _root = new();

    [Fact]
    public async Task Four_workers_with_one_killed_twice_mid_ocr_index_each_page_once()
    {
        string database = server.NewDatabase();
        var folders = new ClusterFolders(_root.Path);
        var settings = new Dictionary<string, string>
        {
            ["Catalog"] = database,
            ["JobLeaseSeconds"] = "2",
            ["InboxSettleSeconds"] = "0.3",
            ["InboxPollSeconds"] = "1",
            ["OcrWorkers"] = "1",
            ["ParallelDocuments"] = "1",
            ["ShutdownGraceSeconds"] = "5",
        };
        WorkerProcess Start(int node) => new(folders.Data(node), settings, ["worker", .. folders.SharedArguments]);
        var nodes = Enumerable.Range(0, Nodes).Select(Start).ToArray();
        try
        {
            foreach (var node in nodes) await node.WaitForLog("Watching", TimeSpan.FromSeconds(90));
            var inputs = Inputs();
            Drop(inputs, folders);
            var clock = Stopwatch.StartNew();

            var killedMidOcr = new List<string>();
            int? victimNode = null; // the first node caught mid-OCR, then the same node again once restarted
            for (int kill = 0; kill < Kills; kill++)
            {
                var (victim, file) = await RunningJob(database, nodes, victimNode, TimeSpan.FromSeconds(90));
                victimNode = victim;
                nodes[victim].KillHard();
                Assert.DoesNotContain($"{file}: indexed", nodes[victim].Log);
                killedMidOcr.Add(file);
                output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: killed node {victim} while it read {file}");
                nodes[victim].Dispose();
                nodes[victim] = Start(victim);
                await nodes[victim].WaitForLog("Watching", TimeSpan.FromSeconds(90));
            }

            using var catalog = PostgresCatalog.Open(database);
            var queue = new PostgresJobQueue(catalog, JobLease.ForThisProcess(TimeSpan.FromMinutes(1)));
            while (!Drained(queue, folders, inputs.Count))
            {
                Assert.True(clock.Elapsed < Drain, $"not drained in {Drain}:\n{string.Join("\n---\n", nodes.Select(n => n.Log))}");
                await Task.Delay(250);
            }
            output.WriteLine($"drained in {clock.Elapsed.TotalSeconds:0} s");
            foreach (var node in nodes) Assert.Equal(0, node.Terminate(TimeSpan.FromSeconds(30)));

            AssertEachInputEndedOnce(queue, database, folders, inputs, killedMidOcr);
        }
        finally
        {
            foreach (var node in nodes) node.Dispose();
        }
    }

    /// <summary>
    /// A job some node (or node <paramref name="only"/>) has been reading for a moment (its lease held, its one page not
    /// yet done), and that node: a kill now is a kill mid-OCR. Scans only: the file cut short fails before OCR.
    /// </summary>
    private static async Task<(int Node, string File)> RunningJob(string database, WorkerProcess[] nodes, int? only, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT file_name, lease_owner FROM jobs WHERE state = 'running' AND file_name LIKE 'scan %' AND updated_at < now() - interval '300 milliseconds' ORDER BY id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                int pid = new JobLease(reader.GetString(1), TimeSpan.Zero).Parts().ProcessId;
                int node = Array.FindIndex(nodes, n => !n.HasExited && n.Id == pid);
                if (node >= 0 && (only is null || node == only)) return (node, reader.GetString(0));
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No job was running on a node within {timeout.TotalSeconds} s.");
    }

    private static bool Drained(PostgresJobQueue queue, ClusterFolders folders, int inputs) =>
        InboxFiles(folders).Count == 0
        && queue.InState(JobState.Intake).Count + queue.InState(JobState.Queued).Count + queue.InState(JobState.Running).Count == 0
        && queue.InState(JobState.Indexed).Count + queue.InState(JobState.Failed).Count >= inputs;

    private void AssertEachInputEndedOnce(PostgresJobQueue queue, string database, ClusterFolders folders, List<Input> inputs, List<string> killedMidOcr)
    {
        Assert.Empty(InboxFiles(folders));
        Assert.Empty(queue.InState(JobState.Running));
        Assert.Empty(queue.InState(JobState.Queued));
        Assert.Empty(queue.InState(JobState.Intake));
        var indexed = queue.InState(JobState.Indexed);
        var failed = queue.InState(JobState.Failed);
        var archived = Directory.EnumerateFiles(folders.Originals, "*", SearchOption.AllDirectories)
            .Select(Path.GetFileName).OfType<string>().Where(n => !n.Contains(".sidecar.") && !n.EndsWith(".incoming") && !n.EndsWith(".tmp")).ToList();
        foreach (string file in killedMidOcr) Assert.True(indexed.Single(j => j.FileName == file).Attempts >= 2, $"{file} was taken again after the kill");

        foreach (string data in folders.DataFolders(Nodes))
        {
            long[] catalogIds;
            using (var services = AppServices.ForExistingArchive(AppConfiguration.Build(new Dictionary<string, string?>
            {
                [$"{DocPipelineOptions.Section}:{nameof(DocPipelineOptions.DataDirectory)}"] = data,
                [$"{DocPipelineOptions.Section}:{nameof(DocPipelineOptions.Catalog)}"] = database,
            })))
            {
                var store = services.GetRequiredService<IDocumentStore>();
                var documents = inputs.Where(i => i.Good).Select(i => store.FindBySha256(i.Sha256)).ToList();
                Assert.All(documents, Assert.NotNull);
                catalogIds = documents.Select(d => d!.Id).ToArray();
                Assert.Equal(catalogIds.Length, store.Count());
            } // the node's index has caught up with the catalog and committed
            var indexIds = new ArchiveState(data).IndexedIds();
            Assert.Equal(catalogIds.Order(), indexIds.Order()); // each document once, none missing, none extra
        }

        foreach (var input in inputs)
        {
            if (input.Good)
            {
                var job = Assert.Single(indexed, j => j.Sha256 == input.Sha256);
                Assert.Equal(input.Name, job.FileName);
                Assert.Single(archived, a => a.StartsWith(input.Sha256, StringComparison.Ordinal));
            }
            else
            {
                var job = Assert.Single(failed, j => j.FileName == input.Name);
                Assert.True(File.Exists(job.FailedPath), job.FailedPath);
                Assert.Contains(job.Stage!, File.ReadAllText(job.FailedPath + ".error.json"));
                Assert.False(string.IsNullOrWhiteSpace(job.Message));
                Assert.DoesNotContain(archived, a => a.StartsWith(input.Sha256, StringComparison.Ordinal));
            }
        }
        Assert.Equal(inputs.Count(i => i.Good), archived.Count);
        output.WriteLine($"{inputs.Count} inputs: {indexed.Count} indexed, {failed.Count} failed; killed mid-OCR: {string.Join(", ", killedMidOcr)}");
    }

    private sealed record Input(string Name, byte[] Bytes, bool Good)
    {
        public string Sha256 { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Bytes));
    }

    /// <summary>24 single-page 300 dpi scans, each a document of its own, and one scan cut short.</summary>
    private static List<Input> Inputs()
    {
        var inputs = ScannedPdf.PageJpegs(Pages, "cluster fault test")
            .Select((jpeg, i) => new Input($"scan {i + 1:00}.jpg", jpeg, true)).ToList();
        inputs.Insert(Pages / 2, new Input("cut short.png", TestFiles.Truncated(Repo.Corpus("pages", "d02-notosans-300.png"), 5000), false));
        return inputs;
    }

    /// <summary>All at once, as a scanner's batch: written beside the inbox, then renamed into it.</summary>
    private static void Drop(List<Input> inputs, ClusterFolders folders)
    {
        string staging = Path.Combine(folders.Root, "staging");
        Directory.CreateDirectory(staging);
        Directory.CreateDirectory(folders.Inbox);
        foreach (var input in inputs)
        {
            File.WriteAllBytes(Path.Combine(staging, input.Name), input.Bytes);
            File.Move(Path.Combine(staging, input.Name), Path.Combine(folders.Inbox, input.Name));
        }
    }

    private static List<string> InboxFiles(ClusterFolders folders) => !Directory.Exists(folders.Inbox) ? [] :
        Directory.EnumerateFiles(folders.Inbox, "*", SearchOption.AllDirectories).Where(f => !Pipeline.IgnoredFiles.IsIgnored(f)).ToList();

    public void Dispose() => _root.Dispose();
}
