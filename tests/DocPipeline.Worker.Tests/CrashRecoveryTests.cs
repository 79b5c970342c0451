using System.Diagnostics;
using DocPipeline.Testing;
using Xunit.Abstractions;

namespace DocPipeline.Worker.Tests;

/// <summary>
/// The worker as a child process, killed with SIGKILL at random moments while files arrive and
/// are processed, restarted each time. Afterwards every input is archived and indexed exactly
/// once, or in failed/ with its reason; the catalog, the index and the archive agree; the inbox is empty.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 12;
    private static readonly TimeSpan Drain = TimeSpan.FromMinutes(3);
    private readonly ScratchFolder _data = new();

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["InboxSettleSeconds"] = "0.3",
        ["InboxPollSeconds"] = "1",
        ["MaxAttempts"] = "1000", // killed mid-OCR again and again is not the file's fault here
        ["ShutdownGraceSeconds"] = "5",
        ["OcrWorkers"] = "1",
    };

    [Fact]
    public async Task Killed_again_and_again_it_loses_nothing_and_indexes_nothing_twice()
    {
        var state = new ArchiveState(_data.Path);
        var inputs = Inputs();
        int seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"random seed {seed}");
        var waves = inputs.Chunk((inputs.Count + Kills) / (Kills + 1)).ToList();

        var clock = Stopwatch.StartNew();
        for (int cycle = 0; cycle < Kills; cycle++)
        {
            if (cycle < waves.Count) Drop(waves[cycle], state.Inbox);
            using var worker = new WorkerProcess(_data.Path, Settings);
            await worker.WaitForLog("Watching", TimeSpan.FromSeconds(60));
            await Task.Delay(random.Next(50, 2500));
            worker.KillHard();
        }
        output.WriteLine($"{Kills} kills in {clock.Elapsed.TotalSeconds:0} s");

        foreach (var wave in waves.Skip(Kills)) Drop(wave, state.Inbox);
        using (var last = new WorkerProcess(_data.Path, Settings))
        {
            await last.WaitForLog("Watching", TimeSpan.FromSeconds(60));
            var drain = Stopwatch.StartNew();
            while (!state.Drained())
            {
                Assert.True(drain.Elapsed < Drain, $"not drained in {Drain}: {string.Join(", ", state.InboxFiles())}\n{last.Log}");
                await Task.Delay(250);
            }
            int exitCode = last.Terminate(TimeSpan.FromSeconds(30));
            Assert.True(exitCode == 0, $"exit {exitCode}:\n{last.Log}");
            output.WriteLine($"drained {drain.Elapsed.TotalSeconds:0} s after the last start; total {clock.Elapsed.TotalSeconds:0} s");
        }

        AssertEachInputEndedOnce(state, inputs);
    }

    private void AssertEachInputEndedOnce(ArchiveState state, List<Input> inputs)
    {
        var documents = state.Documents();
        var jobs = state.Jobs();
        var archived = state.ArchivedOriginals();
        Assert.Empty(state.InboxFiles());
        Assert.Empty(state.LeftoverCopies());

        foreach (var group in inputs.GroupBy(i => i.Sha256))
        {
            var names = group.Select(i => i.Name).ToHashSet();
            if (group.First().Good)
            {
                var document = Assert.Single(documents, d => d.Sha256 == group.Key);
                Assert.Contains(document.FileName, names);
                Assert.Single(archived, a => a.StartsWith(group.Key, StringComparison.Ordinal));
                Assert.Single(jobs, j => j.Sha256 == group.Key && j.State == "indexed");
                foreach (var other in names.Where(n => n != document.FileName))
                    Assert.Contains(jobs, j => j.FileName == other && j.State == "duplicate" && (j.DocumentId ?? document.Id) == document.Id);
            }
            else
            {
                Assert.DoesNotContain(documents, d => d.Sha256 == group.Key);
                Assert.DoesNotContain(archived, a => a.StartsWith(group.Key, StringComparison.Ordinal));
                var failed = Assert.Single(jobs, j => j.Sha256 == group.Key && j.State == "failed");
                Assert.True(File.Exists(failed.FailedPath), failed.FailedPath);
                Assert.Equal(group.Key, ArchiveState.Sha256(failed.FailedPath!));
                Assert.Contains(failed.Stage!, File.ReadAllText(failed.FailedPath + ".error.json"));
                Assert.False(string.IsNullOrWhiteSpace(failed.Message));
            }
        }
        int good = inputs.Where(i => i.Good).Select(i => i.Sha256).Distinct().Count();
        int bad = inputs.Where(i => !i.Good).Select(i => i.Sha256).Distinct().Count();
        Assert.Equal(good, documents.Count);
        Assert.Equal(good, archived.Count);
        Assert.Equal(bad, Directory.EnumerateFiles(state.Failed).Count(f => !f.EndsWith(".error.json")));
        // The index holds exactly the catalog's documents, each once, and knows it is up to date.
        var indexed = state.IndexedIds();
        Assert.Equal(documents.Select(d => d.Id).Order(), indexed.Order());
        Assert.Equal(state.Scalar("SELECT coalesce(max(sequence), 0) FROM changes"), state.IndexedSequence());
        Assert.Equal(0, state.Scalar("SELECT count(*) FROM documents d WHERE page_count <> (SELECT count(*) FROM pages p WHERE p.document_id = d.id)"));
        output.WriteLine($"{inputs.Count} inputs: {good} indexed, {bad} failed, {inputs.Count - good - bad} duplicates; {jobs.Count} job rows");
    }

    private sealed record Input(string Name, byte[] Bytes, bool Good)
    {
        public string Sha256 { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Bytes));
    }

    /// <summary>Mostly text exports (fast), two scans to OCR, two broken files, two duplicates; some in subfolders.</summary>
    private static List<Input> Inputs()
    {
        var inputs = new List<Input>();
        for (int n = 1; n <= 30; n++)
            inputs.Add(new Input(n % 3 == 0 ? $"batch {n % 2}/ເອກະສານ {n}.txt" : $"ເອກະສານ {n}.txt", System.Text.Encoding.UTF8.GetBytes(TestFiles.LaoText(n)), true));
        inputs.Insert(3, new Input("scan d01.png", File.ReadAllBytes(Repo.Corpus("pages", "d01-phetsarath-300.png")), true));
        inputs.Insert(12, new Input("scan d04.tif", File.ReadAllBytes(Repo.Corpus("multipage", "d04-phetsarath-a5.tif")), true));
        inputs.Insert(7, new Input("empty.pdf", [], false));
        inputs.Insert(20, new Input("cut short.png", TestFiles.Truncated(Repo.Corpus("pages", "d02-notosans-300.png"), 5000), false));
        inputs.Add(new Input("copy of 5.txt", inputs.First(i => i.Name == "ເອກະສານ 5.txt").Bytes, true));
        inputs.Insert(15, new Input("again 8.txt", inputs.First(i => i.Name == "ເອກະສານ 8.txt").Bytes, true));
        return inputs;
    }

    private static void Drop(IEnumerable<Input> inputs, string inbox)
    {
        foreach (var input in inputs)
        {
            string path = Path.Combine(inbox, input.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, input.Bytes);
        }
    }

    public void Dispose() => _data.Dispose();
}
