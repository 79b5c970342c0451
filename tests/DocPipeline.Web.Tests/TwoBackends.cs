using System.Net.Http.Json;
using System.Text.Json;
using DocPipeline.Archive.Benchmarking;
using DocPipeline.Cli;
using DocPipeline.Testing;

namespace DocPipeline.Web.Tests;

/// <summary>
/// One set of documents archived twice through the real command line, in a SQLite archive and in a PostgreSQL catalog
/// (the throwaway server the other tests use), staff corrections made alike in both, then each archive served by the
/// real `serve`. The documents are those the search tests use: the corpus sources, their real OCR output and the
/// copies with one measured OCR confusion each (corpus/queries), the web tests' text directives, the corpus's A5 scan
/// (OCR'd here), a few synthetic distractors, and one file twice (a duplicate). Each node's index is then built again
/// from its catalog (in parallel, in another order than it was first built), and through each serve's worker a broken
/// file fails and a copy is a duplicate.
/// </summary>
public sealed class TwoBackends : IAsyncLifetime
{
    private static readonly (string Suffix, Confusion Damage)[] Copies =
    [
        ("pho", Confusion.PhoToPho), ("tones", Confusion.DroppedTone), ("no", Confusion.NoToHo),
        ("am", Confusion.SaraAmSplit), ("code", Confusion.IssuerCode),
    ];

    private readonly ScratchFolder _scratch = new();
    private PostgresServer? _server;

    public Backend Sqlite { get; private set; } = null!;
    public Backend Postgres { get; private set; } = null!;

    public IEnumerable<Backend> Both => [Sqlite, Postgres];

    /// <summary>The folder of inputs both archives ingest, in one order.</summary>
    public string Inputs => Path.Combine(_scratch.Path, "inputs");

    public async Task InitializeAsync()
    {
        WriteInputs();
        _server = new PostgresServer();
        Sqlite = new Backend("sqlite", Path.Combine(_scratch.Path, "sqlite"), []);
        Postgres = new Backend("postgres", Path.Combine(_scratch.Path, "postgres"), ["--catalog", _server.NewDatabase()]);
        foreach (var backend in Both)
        {
            await backend.IngestAsync(Inputs);
            // The same staff work on both: a clerk's corrections, a document checked as right.
            await backend.CliAsync("edit", backend.IdOf("regulation.txt").ToString(), "--number", "26/ບລພ", "--date", "2022-05-10", "--type", "ກົດລະບຽບ");
            await backend.CliAsync("edit", backend.IdOf("d02.txt").ToString(), "--checked");
            await backend.CliAsync("edit", backend.IdOf("d03-ocr.txt").ToString(), "--issuer", "ກົມຈັດຕັ້ງ", "--title", "ແຈ້ງການ ທົດລອງ");
        }
        // Each node's index built again from its catalog, in parallel and so in another order than documents came:
        // PostgreSQL's `reindex` does only that; on SQLite, where `reindex` reads every document again (with the
        // vocabulary the archive now holds: ReindexTests), the index is deleted and serve rebuilds it when it opens.
        // Built alike, the indexes hold the same statistics (a correction applied in place leaves a deleted entry that
        // counts until a merge, and scores move in the fourth digit).
        Postgres.Reindexed = (await Postgres.CliAsync("reindex")).Single();
        Directory.Delete(Path.Combine(Sqlite.Data, "catalog.lucene"), recursive: true);
        await Task.WhenAll(Both.Select(b => b.ServeAsync()));
        // Through each serve's own worker and queue: a file it fails (empty), and one it already has (a duplicate).
        foreach (var backend in Both)
        {
            Directory.CreateDirectory(backend.Inbox);
            File.WriteAllBytes(Path.Combine(backend.Inbox, "ເປົ່າ.pdf"), []);
            File.WriteAllText(Path.Combine(backend.Inbox, "notice-15-copy.txt"), ArchiveSite.NoticeText);
        }
        await Task.WhenAll(Both.Select(b => b.SettledAsync()));
    }

    /// <summary>Text files (no OCR) but one scan, named so that a folder walk takes them in one order.</summary>
    private void WriteInputs()
    {
        Directory.CreateDirectory(Inputs);
        void Write(string name, string text) => File.WriteAllText(Path.Combine(Inputs, name), text);
        foreach (string d in new[] { "d01", "d02", "d03", "d04" })
        {
            string source = Repo.GroundTruth(d);
            Write(d + ".txt", source);
            Write(d + "-ocr.txt", File.ReadAllText(Repo.Corpus("queries", "ocr", d + ".txt")));
            foreach (var (suffix, damage) in Copies) Write($"{d}-{suffix}.txt", new OcrDamage(damage).Apply(source));
        }
        Write("decree-303.txt", ArchiveSite.DecreeText);
        Write("notice-15.txt", ArchiveSite.NoticeText);
        Write("regulation.txt", SampleDirectives.CompanyRegulation);
        Write("zz-notice-15-again.txt", ArchiveSite.NoticeText);
        foreach (var s in new SyntheticDirectives(expected: 100_000, seed: 3).Generate(12)) Write($"synthetic-{s.Index:00}.txt", s.Text);
        File.Copy(Repo.Corpus("multipage", "d04-phetsarath-a5.pdf"), Path.Combine(Inputs, "d04-phetsarath-a5.pdf"));
    }

    public async Task DisposeAsync()
    {
        foreach (var backend in new[] { Sqlite, Postgres }.OfType<Backend>()) await backend.DisposeAsync();
        _server?.Dispose();
        _scratch.Dispose();
    }
}

/// <summary>One archive: its data folder, the options that pick its catalog, what `ingest` gave each file, its `serve`.</summary>
public sealed class Backend(string name, string data, string[] catalog) : IAsyncDisposable
{
    private readonly Dictionary<string, long> _ids = [];
    private ServeProcess? _serve;

    public string Name => name;

    public string Data => data;

    /// <summary>The `ingest` lines, in input order.</summary>
    public IReadOnlyList<JsonElement> Ingested { get; private set; } = [];

    /// <summary>Document id → the file it was archived from: what ids stand for when the two backends are compared.</summary>
    public IReadOnlyDictionary<long, string> FileOf => _ids.ToDictionary(p => p.Value, p => p.Key);

    public long IdOf(string file) => _ids[file];

    public IReadOnlyCollection<long> Ids => _ids.Values;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>What `reindex` printed, after the corrections (PostgreSQL's node only).</summary>
    public string Reindexed { get; internal set; } = "";

    public string Inbox => Path.Combine(data, "inbox");

    /// <summary>Once serve's worker has taken both inbox files: one failure, one duplicate, nothing waiting or running.</summary>
    internal async Task SettledAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var status = await Http.GetFromJsonAsync<JsonElement>("/api/status");
            if (status.GetProperty("failures").GetArrayLength() == 1 && status.GetProperty("duplicates").GetInt32() == 1
                && status.GetProperty("jobs").GetArrayLength() == 0 && status.GetProperty("inbox").GetArrayLength() == 0)
                return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{name}: the worker did not take the inbox files: {status}\n{_serve!.Log}");
            await Task.Delay(250);
        }
    }

    internal async Task IngestAsync(string inputs)
    {
        var (exit, lines, errors) = await RunAsync("ingest", inputs, "--no-progress");
        if (exit != CommandLine.Ok) throw new InvalidOperationException($"{name}: ingest exit {exit}\n{string.Join('\n', lines)}\n{errors}");
        Ingested = lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        foreach (var line in Ingested.Where(l => l.GetProperty("status").GetString() == "indexed"))
            _ids[Path.GetFileName(line.GetProperty("file").GetString()!)] = line.GetProperty("id").GetInt64();
    }

    internal async Task ServeAsync()
    {
        var environment = new Dictionary<string, string>();
        if (catalog.Length > 0) environment["DocPipeline__Catalog"] = catalog[1];
        _serve = await ServeProcess.StartAsync(data, environment);
        Http = new HttpClient { BaseAddress = _serve.Address };
    }

    /// <summary>The verb's output lines, after checking it succeeded (exit 1, nothing found, is a success for search).</summary>
    public async Task<List<string>> CliAsync(params string[] args)
    {
        var (exit, lines, errors) = await RunAsync(args);
        if (exit != CommandLine.Ok && !(exit == CommandLine.SomeFailed && args[0] == "search"))
            throw new InvalidOperationException($"{name}: {string.Join(' ', args)}: exit {exit}\n{errors}");
        return lines;
    }

    private async Task<(int Exit, List<string> Lines, string Errors)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = await CommandLine.RunAsync([.. args, "--data", data, .. catalog], output, errors);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList(), errors.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (_serve is not null) await _serve.DisposeAsync();
    }
}
