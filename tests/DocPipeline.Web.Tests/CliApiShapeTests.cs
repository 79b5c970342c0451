using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocPipeline.Cli;
using DocPipeline.Testing;

namespace DocPipeline.Web.Tests;

/// <summary>
/// The command line and the web API speak the same JSON: `status --json` is the `/api/status` body field by field,
/// `show ID --json` the `/api/documents/{id}` body, and a `search --json` line a hit of `/api/search`, for the same
/// archive served by the real `serve` while the command line reads it.
/// </summary>
public sealed class CliApiShapeTests : IAsyncLifetime
{
    private readonly ScratchFolder _scratch = new();
    private ServeProcess _serve = null!;
    private HttpClient _http = null!;

    private string Data => Path.Combine(_scratch.Path, "data");

    public async Task InitializeAsync()
    {
        string notice = _scratch.File("ແຈ້ງການ 'ທົດລອງ'.txt");
        File.WriteAllText(notice, ArchiveSite.NoticeText);
        string decree = _scratch.File("ດຳລັດ 303.txt");
        File.WriteAllText(decree, ArchiveSite.DecreeText);
        var output = new StringWriter();
        if (await CommandLine.RunAsync(["ingest", notice, decree, "--data", Data], output, output) != 0) throw new InvalidOperationException(output.ToString());
        // A file the worker fails on, so that the status has a failure with its stage and reason.
        Directory.CreateDirectory(Path.Combine(Data, "inbox"));
        File.WriteAllBytes(Path.Combine(Data, "inbox", "ເປົ່າ.pdf"), []);
        _serve = await ServeProcess.StartAsync(Data);
        _http = new HttpClient { BaseAddress = _serve.Address };
    }

    [Fact]
    public async Task Status_json_is_the_api_status_body_field_by_field()
    {
        var api = await SettledStatus();
        var cli = await CliJson("status", "--json");
        Assert.Equal(1, api.GetProperty("failures").GetArrayLength());
        Assert.Equal(2, api.GetProperty("documents").GetInt32());
        Assert.Equal(Names(api), Names(cli));
        Assert.Equal(Names(api.GetProperty("workers")[0]), Names(cli.GetProperty("workers")[0]));
        // serve's worker may renew its heartbeat between the two reads: that one value is the moment's, not the shape's.
        Assert.True(JsonNode.DeepEquals(WithoutHeartbeats(api), WithoutHeartbeats(cli)), $"api: {api}\ncli: {cli}");
        var failure = cli.GetProperty("failures")[0];
        Assert.Equal("ເປົ່າ.pdf", failure.GetProperty("file").GetString());
        Assert.False(string.IsNullOrEmpty(failure.GetProperty("stage").GetString()));
        Assert.False(string.IsNullOrEmpty(failure.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task A_document_and_a_search_hit_are_the_same_on_the_command_line_and_in_the_api()
    {
        var hits = await _http.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("219/ກງ"));
        var apiHit = hits.GetProperty("hits")[0];
        var cliHit = await CliJson("search", "219/ກງ", "--json", "--limit", "1");
        Assert.True(JsonElement.DeepEquals(apiHit, cliHit), $"api: {apiHit}\ncli: {cliHit}");

        long id = apiHit.GetProperty("id").GetInt64();
        var apiDocument = await _http.GetFromJsonAsync<JsonElement>($"/api/documents/{id}");
        var cliDocument = await CliJson("show", id.ToString(), "--json");
        Assert.True(JsonElement.DeepEquals(apiDocument, cliDocument), $"api: {apiDocument}\ncli: {cliDocument}");
        Assert.Equal(JsonValueKind.Array, cliDocument.GetProperty("pages").ValueKind);
        Assert.Equal("ແຈ້ງການ 'ທົດລອງ'.txt", cliDocument.GetProperty("file").GetString());
    }

    /// <summary>The status once the worker has taken the inbox file and failed it: nothing waiting, nothing running.</summary>
    private async Task<JsonElement> SettledStatus()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var status = await _http.GetFromJsonAsync<JsonElement>("/api/status");
            if (status.GetProperty("failures").GetArrayLength() > 0 && status.GetProperty("jobs").GetArrayLength() == 0 && status.GetProperty("inbox").GetArrayLength() == 0)
                return status;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the worker did not fail the empty file: {status}\n{_serve.Log}");
            await Task.Delay(250);
        }
    }

    private async Task<JsonElement> CliJson(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = await CommandLine.RunAsync([.. args, "--data", Data], output, errors);
        Assert.True(exit == 0, $"{string.Join(' ', args)}: exit {exit}\n{errors}");
        string line = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[0];
        return JsonDocument.Parse(line).RootElement.Clone();
    }

    private static JsonNode? WithoutHeartbeats(JsonElement status)
    {
        var node = JsonNode.Parse(status.GetRawText())!;
        foreach (var worker in node["workers"]!.AsArray()) worker!.AsObject().Remove("lastHeartbeat");
        return node;
    }

    private static List<string> Names(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToList();

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_serve is not null) await _serve.DisposeAsync();
        _scratch.Dispose();
    }
}
