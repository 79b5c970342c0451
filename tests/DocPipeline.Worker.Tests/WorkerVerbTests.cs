using DocPipeline.Testing;

namespace DocPipeline.Worker.Tests;

/// <summary>`worker`: the inbox worker with no web page; `serve --no-worker`: the web page with no inbox worker.</summary>
public sealed class WorkerVerbTests : IDisposable
{
    private readonly ScratchFolder _data = new();

    private static readonly Dictionary<string, string> Quick = new()
    {
        ["InboxSettleSeconds"] = "0.3",
        ["InboxPollSeconds"] = "0.5",
    };

    [Fact]
    public async Task A_worker_process_indexes_a_dropped_file_without_a_web_server_and_exits_0_on_sigterm()
    {
        var state = new ArchiveState(_data.Path);
        using var worker = new WorkerProcess(_data.Path, Quick, "worker");
        await worker.WaitForLog("Watching", TimeSpan.FromSeconds(60));
        Directory.CreateDirectory(state.Inbox);
        File.WriteAllText(Path.Combine(state.Inbox, "ແຈ້ງການ.txt"), TestFiles.LaoText(3));
        await worker.WaitForLog("ແຈ້ງການ.txt: indexed as document", TimeSpan.FromSeconds(60));

        Assert.Equal(0, worker.Terminate(TimeSpan.FromSeconds(60)));
        Assert.DoesNotContain("Now listening", worker.Log);
        Assert.Equal("ແຈ້ງການ.txt", state.Documents().Single().FileName);
        Assert.DoesNotContain(state.Jobs(), j => j.State == "running");
        Assert.Contains("Inbox worker stopped", worker.Log);
    }

    [Fact]
    public async Task Serve_with_no_worker_leaves_the_inbox_to_the_workers()
    {
        var state = new ArchiveState(_data.Path);
        Directory.CreateDirectory(state.Inbox);
        File.WriteAllText(Path.Combine(state.Inbox, "notice.txt"), TestFiles.LaoText(3));
        using (var page = new WorkerProcess(_data.Path, Quick, "serve", "--no-worker", "--urls", "http://127.0.0.1:0"))
        {
            await page.WaitForLog("Application started", TimeSpan.FromSeconds(60));
            await Task.Delay(TimeSpan.FromSeconds(2)); // four rescans' worth, had a worker been watching
            Assert.Equal(0, page.Terminate(TimeSpan.FromSeconds(30)));
            Assert.DoesNotContain("Watching", page.Log);
        }
        Assert.True(File.Exists(Path.Combine(state.Inbox, "notice.txt")));
    }

    [Fact]
    public void A_failed_folder_inside_the_inbox_is_refused_at_start_and_the_inbox_is_left_alone()
    {
        var state = new ArchiveState(_data.Path);
        Directory.CreateDirectory(state.Inbox);
        File.WriteAllText(Path.Combine(state.Inbox, "notice.txt"), TestFiles.LaoText(3));
        string failed = Path.Combine(state.Inbox, "ບໍ່ສຳເລັດ");
        using var worker = new WorkerProcess(_data.Path, Quick, "worker", "--failed", failed);

        Assert.Equal(3, worker.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.Contains($"docpipeline: The failed folder ({failed}) is inside the inbox", worker.Log);
        Assert.Contains("Give --failed a folder outside the inbox", worker.Log);
        Assert.DoesNotContain("Watching", worker.Log);
        Assert.True(File.Exists(Path.Combine(state.Inbox, "notice.txt")));
    }

    public void Dispose() => _data.Dispose();
}
