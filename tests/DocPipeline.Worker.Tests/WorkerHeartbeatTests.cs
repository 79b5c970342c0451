using System.Diagnostics;
using System.Text.Json;
using DocPipeline.Cli;
using DocPipeline.Testing;

namespace DocPipeline.Worker.Tests;

/// <summary>Worker processes record heartbeats beside the queue; `status` lists those alive (a heartbeat within two leases).</summary>
[Collection(PostgresCollection.Name)]
public sealed class WorkerHeartbeatTests(PostgresServer server) : IDisposable
{
    private readonly ScratchFolder _data = new();

    [Fact]
    public async Task Two_workers_on_postgres_are_listed_and_one_killed_drops_out_once_its_heartbeat_is_two_leases_old()
    {
        var lease = TimeSpan.FromSeconds(2);
        string database = server.NewDatabase();
        var settings = new Dictionary<string, string>
        {
            ["Catalog"] = database,
            ["JobLeaseSeconds"] = lease.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["InboxPollSeconds"] = "1",
        };
        using var first = new WorkerProcess(_data.Path, settings, "worker");
        using var second = new WorkerProcess(_data.Path, settings, "worker");
        await first.WaitForLog("Watching", TimeSpan.FromSeconds(60));
        await second.WaitForLog("Watching", TimeSpan.FromSeconds(60));

        var both = await StatusUntil(w => w.Count == 2, database);
        Assert.Equal(new[] { first.Id, second.Id }.Order(), both.Select(w => w.Pid).Order());
        Assert.All(both, w => Assert.Equal(Environment.MachineName, w.Host));
        var killedLast = both.Single(w => w.Pid == first.Id).LastHeartbeat;

        first.KillHard();
        var left = await StatusUntil(w => w.All(x => x.Pid != first.Id), database);
        var gone = DateTimeOffset.UtcNow;
        Assert.True(gone - killedLast >= 2 * lease - TimeSpan.FromMilliseconds(100),
            $"listed until {gone - killedLast} after its last heartbeat; alive means within two leases ({2 * lease})");
        var survivor = Assert.Single(left);
        Assert.Equal(second.Id, survivor.Pid);
        Assert.True(survivor.LastHeartbeat > killedLast, "the live worker kept renewing its heartbeat");
        Assert.Contains($"{Environment.MachineName} pid {second.Id}", await Status(database, json: false));
    }

    [Fact]
    public async Task A_worker_on_sqlite_reports_its_pages_and_leaves_the_list_when_stopped()
    {
        var settings = new Dictionary<string, string> { ["InboxSettleSeconds"] = "0.3", ["InboxPollSeconds"] = "0.5", ["JobLeaseSeconds"] = "1" };
        var state = new ArchiveState(_data.Path);
        using var worker = new WorkerProcess(_data.Path, settings, "worker");
        await worker.WaitForLog("Watching", TimeSpan.FromSeconds(60));
        Directory.CreateDirectory(state.Inbox);
        File.WriteAllText(Path.Combine(state.Inbox, "notice.txt"), TestFiles.LaoText(2));
        await worker.WaitForLog("notice.txt: indexed as document", TimeSpan.FromSeconds(60));

        // The heartbeat is a snapshot: one taken while the job was finishing may still count it running; the next does not.
        var alive = Assert.Single(await StatusUntil(w => w.Count == 1 && w[0].PagesDone > 0 && w[0].JobsRunning == 0, catalog: null));
        Assert.Equal(worker.Id, alive.Pid);
        Assert.True(alive.Started <= alive.LastHeartbeat);

        Assert.Equal(0, worker.Terminate(TimeSpan.FromSeconds(60)));
        Assert.Empty(await StatusUntil(_ => true, catalog: null));
    }

    private sealed record Worker(string Host, int Pid, DateTimeOffset Started, DateTimeOffset LastHeartbeat, int JobsRunning, long PagesDone);

    /// <summary>The workers `status --json` lists, read until they are as expected (or a minute has passed).</summary>
    private async Task<List<Worker>> StatusUntil(Func<List<Worker>, bool> expected, string? catalog)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var workers = JsonDocument.Parse(await Status(catalog, json: true)).RootElement.GetProperty("workers").EnumerateArray()
                .Select(w => new Worker(w.GetProperty("host").GetString()!, w.GetProperty("pid").GetInt32(),
                    w.GetProperty("started").GetDateTimeOffset(), w.GetProperty("lastHeartbeat").GetDateTimeOffset(),
                    w.GetProperty("jobsRunning").GetInt32(), w.GetProperty("pagesDone").GetInt64()))
                .ToList();
            if (expected(workers)) return workers;
            if (clock.Elapsed > TimeSpan.FromMinutes(1)) throw new TimeoutException("status never listed the workers expected: " + JsonSerializer.Serialize(workers));
            await Task.Delay(100);
        }
    }

    private async Task<string> Status(string? catalog, bool json)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        string[] args = ["status", "--data", _data.Path, .. json ? ["--json"] : Array.Empty<string>(), .. catalog is null ? [] : new[] { "--catalog", catalog }];
        Assert.True(await CommandLine.RunAsync(args, output, errors) == 0, errors.ToString());
        return output.ToString();
    }

    public void Dispose() => _data.Dispose();
}
