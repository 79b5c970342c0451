using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocPipeline.Testing;

namespace DocPipeline.Web.Tests;

/// <summary>
/// The same verbs and API answers on SQLite and on PostgreSQL: for the search tests' documents and queries, `search
/// --json` and `/api/search`, `show --json` and `/api/documents/{id}`, `cite`, related documents, corrections, the
/// review queue, the audit log and the status are equal on both backends once ids are named by the file they were
/// archived from (PostgreSQL's sequence and SQLite's rowid need not agree) and moments and process ids are set aside.
/// Every difference is listed, not only the first.
/// </summary>
public sealed partial class BackendParityTests(TwoBackends archives) : IClassFixture<TwoBackends>
{
    /// <summary>A moment in a message (`archived 2026-12-02 15:50 UTC`): the two archives were written a minute apart, or not.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")]
    private static partial System.Text.RegularExpressions.Regex MomentInText();

    /// <summary>The queries of DocumentStoreTests, IngestSearchTests and the web tests, with the filters of each surface.</summary>
    private static readonly (string Query, string[] Options)[] MoreQueries =
    [
        ("042/ຄປ.ວຈ", []), ("໐໔໒/ຄປ.ວຈ", []), ("42/ຄປວຈ", []), ("042 ຄປ.ວຈ", []), ("219/ກງ", []), ("໓໐໓/ນຍ", []), ("26/ບລພ", []),
        ("ງົບປະມານ", []), ("ໜັງສືພິມ", []), ("ເອກະສານ ການຄຸ້ມຄອງ", []), ("ເອກະສານ -ຄຸ້ມຄອງ", []), ("ປີ", []), ("ລັດ", []),
        ("\"ເອກະສານການຄຸ້ມຄອງ\"", []), ("ປ້ອງກັນໄຟໄໝ້", []), ("ກົດລະບຽບ", []),
        ("ເອກະສານ", ["--type", "ຄຳສັ່ງ"]), ("ເອກະສານ", ["--issuer", "ກະຊວງສຶກສາທິການ"]), ("ເອກະສານ", ["--issuer", "ກົມຈັດຕັ້ງ"]),
        ("ເອກະສານ", ["--from", "2021-01-01", "--to", "2021-12-31"]), ("ເອກະສານ", ["--newest"]), ("ງົບປະມານ", ["--year", "2022"]),
        ("ກົດລະບຽບ", ["--type", "ກົດລະບຽບ"]),
        ("\"", []), ("') OR 1=1 --", []), ("ງົບປະມານ*", []), ("NEAR(ງົບ ປະມານ)", []), ("<script>alert(1)</script>", []),
    ];

    private static IEnumerable<(string Query, string[] Options)> Queries()
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(Repo.Corpus("queries", "recall.json")));
        var labeled = labels.RootElement.GetProperty("queries").EnumerateArray().Select(q => (q.GetProperty("query").GetString()!, Array.Empty<string>())).ToList();
        return labeled.Concat(MoreQueries);
    }

    [Fact]
    public void Every_input_is_reported_alike_by_ingest_and_the_rebuilt_index_holds_every_document()
    {
        var differences = new List<string>();
        var (sqlite, postgres) = (archives.Sqlite.Ingested, archives.Postgres.Ingested);
        Assert.Equal(sqlite.Count, postgres.Count);
        for (int i = 0; i < sqlite.Count; i++) Compare(differences, $"ingest line {i + 1}", Normal(sqlite[i], archives.Sqlite), Normal(postgres[i], archives.Postgres));
        Assert.True(differences.Count == 0, string.Join("\n\n", differences));
        Assert.Contains(sqlite, l => l.GetProperty("status").GetString() == "duplicate");
        var reindexed = JsonDocument.Parse(archives.Postgres.Reindexed).RootElement;
        Assert.Equal(("reindexed", archives.Sqlite.Ids.Count, 0), (reindexed.GetProperty("status").GetString(), reindexed.GetProperty("documents").GetInt32(), reindexed.GetProperty("failed").GetInt32()));
        Assert.Equal(5, sqlite.Count(l => l.GetProperty("status").GetString() == "duplicate")); // a copy, and 4 damages that changed nothing
        Assert.Equal(40, archives.Sqlite.Ids.Count);
    }

    [Fact]
    public async Task Every_search_test_query_answers_alike_on_the_command_line_and_in_the_api()
    {
        var differences = new List<string>();
        int queries = 0, found = 0;
        foreach (var (query, options) in Queries())
        {
            var answers = new List<(JsonNode? Cli, JsonNode? Api)>();
            foreach (var backend in archives.Both)
            {
                var cli = NearTiesInFileOrder(new JsonArray((await backend.CliAsync(["search", query, "--json", "--limit", "20", .. options]))
                    .Select(l => Normal(JsonDocument.Parse(l).RootElement, backend)).ToArray()));
                var api = Normal(await backend.Http.GetFromJsonAsync<JsonElement>("/api/search?" + ApiParameters(query, options)), backend);
                api!["hits"] = NearTiesInFileOrder(api["hits"]!.AsArray());
                Compare(differences, $"{backend.Name}: search {query} {string.Join(' ', options)}: command line and API", cli, api!["hits"]);
                answers.Add((cli, api));
            }
            Compare(differences, $"search {query} {string.Join(' ', options)} (command line)", answers[0].Cli, answers[1].Cli);
            Compare(differences, $"/api/search {ApiParameters(query, options)}", answers[0].Api, answers[1].Api);
            queries++;
            if (answers[0].Cli!.AsArray().Count > 0) found++;
        }
        foreach (string prefix in new[] { "ກະຊວງສຶກ", "042/ຄປ.ວ", "ງົບ", "ກ", "ເອກະ", "26/" })
        {
            var suggested = new List<JsonNode?>();
            foreach (var backend in archives.Both)
                suggested.Add(JsonNode.Parse(await backend.Http.GetStringAsync("/api/suggest?q=" + Uri.EscapeDataString(prefix))));
            Compare(differences, $"/api/suggest?q={prefix}", suggested[0], suggested[1]);
        }
        Assert.True(differences.Count == 0, $"{differences.Count} differences over {queries} queries:\n" + string.Join("\n\n", differences));
        Assert.True(found >= 50, $"only {found} of {queries} queries found anything: the comparison would prove little");
    }

    [Fact]
    public async Task Every_document_shows_cites_and_relates_alike_on_both_backends()
    {
        var differences = new List<string>();
        foreach (string file in archives.Sqlite.FileOf.Values.Order())
        {
            var answers = new List<JsonNode?>();
            foreach (var backend in archives.Both)
            {
                string id = backend.IdOf(file).ToString();
                var show = Normal(JsonDocument.Parse((await backend.CliAsync("show", id, "--json")).Single()).RootElement, backend);
                var document = Normal(await backend.Http.GetFromJsonAsync<JsonElement>($"/api/documents/{id}"), backend);
                Compare(differences, $"{backend.Name}: {file}: show --json and the API", show, document);
                var cite = (await backend.CliAsync("cite", id)).Single();
                var citation = await backend.Http.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/citation");
                Compare(differences, $"{backend.Name}: {file}: cite and the API", JsonValue.Create(cite), JsonValue.Create(citation.GetProperty("citation").GetString()));
                answers.Add(new JsonObject
                {
                    ["show"] = show,
                    ["cite"] = cite,
                    ["citePage1"] = (await backend.CliAsync("cite", id, "--page", "1")).Single(),
                    ["related"] = Normal(await backend.Http.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/related"), backend),
                    ["history"] = Normal(await backend.Http.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/history"), backend),
                });
            }
            Compare(differences, file, answers[0], answers[1]);
        }
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join("\n\n", differences));
    }

    [Fact]
    public async Task Corrections_review_and_audit_read_alike_on_both_backends()
    {
        var differences = new List<string>();
        var answers = new List<JsonNode?>();
        foreach (var backend in archives.Both)
        {
            var review = new JsonArray((await backend.CliAsync("review", "--json", "--limit", "100")).Select(l => Normal(JsonDocument.Parse(l).RootElement, backend)).ToArray());
            var audit = new JsonArray((await backend.CliAsync("audit", "--json")).Select(l => Normal(JsonDocument.Parse(l).RootElement, backend)).ToArray());
            Compare(differences, $"{backend.Name}: review --json and /api/review", review, Normal(await backend.Http.GetFromJsonAsync<JsonElement>("/api/review"), backend));
            Compare(differences, $"{backend.Name}: audit --json and /api/audit", audit, Normal(await backend.Http.GetFromJsonAsync<JsonElement>("/api/audit"), backend));
            answers.Add(new JsonObject { ["review"] = review, ["audit"] = audit });
            Assert.Contains(audit, e => e!["action"]!.GetValue<string>() == "checked");
            Assert.True(audit.Count(e => e!["action"]!.GetValue<string>() == "correct") >= 4, audit.ToJsonString()); // the fields that changed
        }
        Compare(differences, "review and audit", answers[0], answers[1]);
        Assert.True(differences.Count == 0, string.Join("\n\n", differences));
    }

    [Fact]
    public async Task Status_reads_alike_on_both_backends()
    {
        var differences = new List<string>();
        var answers = new List<JsonNode?>();
        foreach (var backend in archives.Both)
        {
            var cli = Normal(JsonDocument.Parse((await backend.CliAsync("status", "--json")).Single()).RootElement, backend);
            var api = Normal(await backend.Http.GetFromJsonAsync<JsonElement>("/api/status"), backend);
            Compare(differences, $"{backend.Name}: status --json and /api/status", cli, api);
            Assert.Equal(archives.Sqlite.Ids.Count, cli!["documents"]!.GetValue<int>());
            Assert.Single(cli["workers"]!.AsArray()); // serve's own worker
            answers.Add(cli);
        }
        Compare(differences, "status --json", answers[0], answers[1]);
        Assert.True(differences.Count == 0, string.Join("\n\n", differences));
    }

    private static string ApiParameters(string query, string[] options)
    {
        var parameters = new List<string> { "q=" + Uri.EscapeDataString(query), "limit=20" };
        for (int i = 0; i < options.Length; i++)
        {
            string Next() => Uri.EscapeDataString(options[++i]);
            parameters.AddRange(options[i] switch
            {
                "--type" => ["type=" + Next()],
                "--issuer" => ["issuer=" + Next()],
                "--from" => ["from=" + Next()],
                "--to" => ["to=" + Next()],
                "--year" => [$"from={options[i + 1]}", $"to={Next()}"],
                "--newest" => ["sort=date"],
                var other => throw new ArgumentException(other),
            });
        }
        return string.Join('&', parameters);
    }

    /// <summary>Moments (when a row was written, a heartbeat) and the identity of processes are the run's, not the backend's.</summary>
    private static readonly HashSet<string> Moments = ["addedAt", "at", "since", "started", "lastHeartbeat", "time", "modified", "pid", "run"];

    /// <summary>The properties that hold a document's id.</summary>
    private static readonly HashSet<string> DocumentIds = ["id", "document"];

    /// <summary>The answer with each document id named by the file it was archived from, and moments set aside.</summary>
    /// <summary>
    /// Hits whose scores agree to three decimals put in file order, their scores cut to three decimals: an index
    /// counts a replaced entry (serve's worker touched a document after the rebuild) until a merge purges it, merges
    /// run when Lucene's scheduler gets to them, and so two nodes' scores may part in the fourth decimal and swap a
    /// near tie. Ranks further apart must agree exactly.
    /// </summary>
    private static JsonArray NearTiesInFileOrder(JsonArray hits)
    {
        var items = hits.Select(h => h!.DeepClone()).ToList();
        foreach (var hit in items) hit!["score"] = Math.Round(hit["score"]!.GetValue<double>(), 3);
        var ordered = new List<JsonNode?>();
        for (int start = 0, end; start < items.Count; start = end)
        {
            double score = items[start]!["score"]!.GetValue<double>();
            for (end = start + 1; end < items.Count && items[end]!["score"]!.GetValue<double>() == score; end++) { }
            ordered.AddRange(items[start..end].OrderBy(h => h!["id"]!.ToJsonString(), StringComparer.Ordinal));
        }
        return new JsonArray([.. ordered]);
    }

    private static JsonNode? Normal(JsonElement answer, Backend backend)
    {
        var node = JsonNode.Parse(answer.GetRawText());
        Rename(node, backend.FileOf, inJobs: false);
        return node;
    }

    private static void Rename(JsonNode? node, IReadOnlyDictionary<long, string> files, bool inJobs)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array) Rename(item, files, inJobs);
                break;
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (Moments.Contains(name) && value is not null) obj[name] = "(moment)";
                    else if (value is JsonValue text && text.TryGetValue(out string? s) && MomentInText().IsMatch(s)) obj[name] = MomentInText().Replace(s, "(moment)");
                    else if (!inJobs && DocumentIds.Contains(name) && value is JsonValue v && v.TryGetValue(out long id))
                        obj[name] = files.TryGetValue(id, out var file) ? "document " + file : $"id {id}, no document";
                    else Rename(value, files, inJobs || name == "jobs");
                }
                break;
        }
    }

    /// <summary>Adds where <paramref name="first"/> and <paramref name="second"/> part, if they do (the first is SQLite's, or the command line's).</summary>
    private static void Compare(List<string> differences, string what, JsonNode? first, JsonNode? second)
    {
        if (FirstDifference(first, second, "$") is { } at) differences.Add($"{what}: at {at}");
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Where the two answers part: the JSON path, and what each has there (Lao readable, not escaped).</summary>
    private static string? FirstDifference(JsonNode? first, JsonNode? second, string path)
    {
        if (JsonNode.DeepEquals(first, second)) return null;
        switch (first, second)
        {
            case (JsonObject a, JsonObject b):
                foreach (string name in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
                    if (FirstDifference(a[name], b[name], $"{path}.{name}") is { } inner) return inner;
                break;
            case (JsonArray a, JsonArray b) when a.Count == b.Count:
                for (int i = 0; i < a.Count; i++)
                    if (FirstDifference(a[i], b[i], $"{path}[{i}]") is { } inner) return inner;
                break;
        }
        return $"{path}\n  first:  {first?.ToJsonString(Readable)}\n  second: {second?.ToJsonString(Readable)}";
    }
}
