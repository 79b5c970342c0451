using System.Text;
using System.Text.Json;
using DocPipeline.Cli;
using DocPipeline.Testing;
using Xunit.Abstractions;

namespace DocPipeline.Worker.Tests;

/// <summary>
/// Broken, hostile and awkward files dropped into a running worker (a child process). Each ends
/// as documented (indexed, duplicate, or in failed/ with stage and reason), nothing is lost, the
/// worker keeps running, and a fixed file dropped again is processed again.
/// </summary>
public sealed class BadInputTests(ITestOutputHelper output) : IDisposable
{
    private const string LaoName = "ຄຳສັ່ງ \"ດ່ວນ\" ເລກ 'ທີ 7'.txt";
    private const string LastLine = "ແຖວສຸດທ້າຍ ຂອງ ເອກະສານ";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly ScratchFolder _data = new();
    private readonly ScratchFolder _outside = new();

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["InboxSettleSeconds"] = "1",
        ["InboxPollSeconds"] = "1",
        ["MaxPages"] = "1",
        ["MaxPixelsPerPage"] = "20000000",
        ["ShutdownGraceSeconds"] = "5",
    };

    /// <summary>File name in the inbox → (state, stage, words in the message).</summary>
    private static readonly Dictionary<string, (string State, string? Stage, string? Says)> Expected = new()
    {
        ["empty.pdf"] = ("failed", "intake", "empty"),
        ["cut short.pdf"] = ("failed", "pages", "damaged or truncated"),
        ["cut short.png"] = ("failed", "pages", "damaged or truncated"),
        ["cut short.tif"] = ("failed", "pages", "damaged or truncated"),
        ["locked.pdf"] = ("failed", "pages", "encrypted"),
        ["two pages.pdf"] = ("failed", "pages", "over the limit of 1"),
        ["bomb.png"] = ("failed", "pages", "over the limit of 20,000,000 pixels"),
        ["a pdf named.png"] = ("failed", "pages", "The PDF has 2 pages"), // the content decides, not the name
        ["notes.pdf"] = ("failed", "intake", "Unsupported file type"),
        ["fixme.txt"] = ("failed", "intake", "UTF-8"),
        ["link.txt"] = ("failed", "intake", "Symbolic links"),
        [LaoName] = ("indexed", null, null),
        ["scanner 2/growing.txt"] = ("indexed", null, null),
    };

    private static readonly string[] Ignored = ["draft.part", "~$draft.docx", ".hidden.txt", "Thumbs.db", "download.crdownload"];

    [Fact]
    public async Task Each_bad_file_ends_as_documented_and_the_worker_keeps_running()
    {
        var state = new ArchiveState(_data.Path);
        using var worker = new WorkerProcess(_data.Path, Settings);
        await worker.WaitForLog("Watching", TimeSpan.FromSeconds(60));

        var growing = WriteSlowly(Path.Combine(state.Inbox, "scanner 2", "growing.txt"));
        DropBadAndAwkwardFiles(state.Inbox);
        await growing;
        await WaitUntilDrained(state, worker);

        var jobs = state.Jobs();
        foreach (var (name, (expectedState, stage, says)) in Expected)
        {
            var job = jobs.FirstOrDefault(j => j.FileName == name) ?? throw new Xunit.Sdk.XunitException($"no job for {name}:\n{worker.Log}");
            Assert.True(expectedState == job.State, $"{name}: {job.State} ({job.Stage}: {job.Message}), expected {expectedState}");
            if (stage is not null) Assert.Equal(stage, job.Stage);
            if (says is not null) Assert.Contains(says, job.Message);
            if (job.State == "failed") AssertInFailedFolder(job);
        }
        long? laoDocument = jobs.Single(j => j.FileName == LaoName).DocumentId;
        Assert.Equal(LaoName, state.Documents().Single(d => d.Id == laoDocument).FileName);
        Assert.Contains(LastLine, state.PageText("scanner 2/growing.txt"));
        Assert.True(File.Exists(_outside.File("target.txt")), "the target of a symbolic link is never touched");
        foreach (var name in Ignored) Assert.True(File.Exists(Path.Combine(state.Inbox, name)), $"{name} is ignored and left alone");

        // Fixed, the same file goes through; the same broken bytes again are processed again, not a duplicate.
        // An archived file dropped again, in a subfolder, is a duplicate that names its document.
        await File.WriteAllTextAsync(Path.Combine(state.Inbox, "fixme.txt"), TestFiles.LaoText(9));
        await File.WriteAllBytesAsync(Path.Combine(state.Inbox, "fixme again.txt"), InvalidUtf8);
        Directory.CreateDirectory(Path.Combine(state.Inbox, "sub"));
        await File.WriteAllTextAsync(Path.Combine(state.Inbox, "sub", "copy.txt"), TestFiles.LaoText(7));
        await WaitUntilDrained(state, worker);
        jobs = state.Jobs();
        var duplicate = jobs.Single(j => j.FileName == "sub/copy.txt");
        Assert.Equal(("duplicate", laoDocument), (duplicate.State, duplicate.DocumentId));
        Assert.Contains(LaoName, duplicate.Message);
        Assert.Equal(["failed", "indexed"], jobs.Where(j => j.FileName == "fixme.txt").Select(j => j.State));
        Assert.Equal("failed", jobs.Single(j => j.FileName == "fixme again.txt").State);

        await AssertStatusShowsFailures(jobs.Count(j => j.State == "failed"));
        Assert.False(worker.HasExited, "the worker keeps running");
        // The worker's index survives the other processes of this test (status, the archive state) opening it too.
        int exitCode = worker.Terminate(TimeSpan.FromSeconds(30));
        Assert.True(exitCode == 0, $"exit {exitCode}:\n{worker.Log}");
        Assert.Contains("Inbox worker stopped", worker.Log);
        output.WriteLine(string.Join('\n', jobs.Select(j => $"{j.FileName}: {j.State} {j.Stage} {j.Message}")));
    }

    private static readonly byte[] InvalidUtf8 = [.. "ຂໍ້ຕົກລົງ "u8, 0xC3, 0x28, 0xFF, .. "\n"u8];

    private void DropBadAndAwkwardFiles(string inbox)
    {
        string pdf = Repo.Corpus("multipage", "d04-phetsarath-a5.pdf");
        void Put(string name, byte[] bytes)
        {
            string path = Path.Combine(inbox, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
        Put("empty.pdf", []);
        Put("cut short.pdf", TestFiles.Truncated(pdf, 4000));
        Put("cut short.png", TestFiles.Truncated(Repo.Corpus("pages", "d01-phetsarath-300.png"), 3000));
        Put("cut short.tif", TestFiles.Truncated(Repo.Corpus("multipage", "d04-phetsarath-a5.tif"), 3000));
        TestFiles.EncryptPdf(pdf, _outside.File("locked.pdf"));
        Put("locked.pdf", File.ReadAllBytes(_outside.File("locked.pdf")));
        Put("two pages.pdf", File.ReadAllBytes(pdf));
        Put("bomb.png", TestFiles.BlankPng(6000, 6000));
        Put("a pdf named.png", [.. File.ReadAllBytes(pdf), .. "\n"u8]); // other bytes than "two pages.pdf"
        Put("notes.pdf", "not a PDF, just notes"u8.ToArray());
        Put("fixme.txt", InvalidUtf8);
        Put(LaoName, Encoding.UTF8.GetBytes(TestFiles.LaoText(7)));
        File.WriteAllText(_outside.File("target.txt"), TestFiles.LaoText(8));
        File.CreateSymbolicLink(Path.Combine(inbox, "link.txt"), _outside.File("target.txt"));
        foreach (var name in Ignored) Put(name, "temporary"u8.ToArray());
    }

    /// <summary>A copy in progress: a line every 150 ms for 2.5 s, always under the 1 s settle delay.</summary>
    private static async Task WriteSlowly(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await file.WriteLineAsync(TestFiles.LaoText(11));
        for (int i = 0; i < 16; i++)
        {
            await Task.Delay(150);
            await file.WriteLineAsync($"ແຖວທີ {i}");
            await file.FlushAsync();
        }
        await file.WriteLineAsync(LastLine);
    }

    private static async Task WaitUntilDrained(ArchiveState state, WorkerProcess worker)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.Delay(1500); // past one settle delay, so files just written count as waiting
        while (!state.Drained())
        {
            Assert.True(clock.Elapsed < Patience, $"inbox not drained: {string.Join(", ", state.InboxFiles())}\n{worker.Log}");
            await Task.Delay(250);
        }
    }

    private void AssertInFailedFolder(JobRow job)
    {
        Assert.NotNull(job.FailedPath);
        Assert.True(File.Exists(job.FailedPath) || new FileInfo(job.FailedPath).LinkTarget is not null, $"{job.FileName} is in failed/");
        using var reason = JsonDocument.Parse(File.ReadAllText(job.FailedPath + ".error.json"));
        Assert.Equal(job.Stage, reason.RootElement.GetProperty("stage").GetString());
        Assert.Equal(job.Message, reason.RootElement.GetProperty("message").GetString());
        Assert.True(reason.RootElement.TryGetProperty("time", out _));
    }

    private async Task AssertStatusShowsFailures(int failed)
    {
        var output = new StringWriter();
        int exit = await CommandLine.RunAsync(["status", "--json", "--data", _data.Path], output, new StringWriter());
        Assert.Equal(CommandLine.Ok, exit);
        using var status = JsonDocument.Parse(output.ToString());
        var failures = status.RootElement.GetProperty("failures").EnumerateArray().ToList();
        Assert.Equal(failed, failures.Count);
        Assert.Equal(0, status.RootElement.GetProperty("jobs").GetArrayLength());
        Assert.All(failures, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("stage").GetString())));
        Assert.All(failures, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("error").GetString())));
    }

    public void Dispose()
    {
        _data.Dispose();
        _outside.Dispose();
    }
}
