using DocPipeline.Testing;

namespace DocPipeline.Worker.Tests;

/// <summary>SIGTERM while a scan is being OCR'd: the worker takes nothing new, finishes the document, exits 0.</summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private readonly ScratchFolder _data = new();

    [Fact]
    public async Task Sigterm_mid_ocr_finishes_the_running_document_and_exits_cleanly()
    {
        var state = new ArchiveState(_data.Path);
        using var worker = new WorkerProcess(_data.Path, new Dictionary<string, string>
        {
            ["InboxSettleSeconds"] = "0.3",
            ["InboxPollSeconds"] = "1",
            ["ShutdownGraceSeconds"] = "120", // time enough for one page on a busy machine
            ["InboxPolling"] = "true", // and the pure polling mode for shares works
        });
        await worker.WaitForLog("Watching", TimeSpan.FromSeconds(60));
        Assert.Contains("(polling,", worker.Log);
        Directory.CreateDirectory(state.Inbox);
        File.Copy(Repo.Corpus("pages", "d01-phetsarath-300.png"), Path.Combine(state.Inbox, "scan.png"));
        await worker.WaitForLog("scan.png: archived", TimeSpan.FromSeconds(30));
        await Task.Delay(500); // OCR under way
        File.WriteAllText(Path.Combine(state.Inbox, "late.txt"), TestFiles.LaoText(3));

        Assert.Equal(0, worker.Terminate(TimeSpan.FromSeconds(150)));
        Assert.Contains("scan.png: indexed as document", worker.Log);
        Assert.Equal("scan.png", state.Documents().Single().FileName);
        Assert.DoesNotContain(state.Jobs(), j => j.State == "running");
        Assert.True(File.Exists(Path.Combine(state.Inbox, "late.txt")) || state.Jobs().Any(j => j.FileName == "late.txt"), "a file arriving during shutdown is left or taken, never lost");
    }

    public void Dispose() => _data.Dispose();
}
