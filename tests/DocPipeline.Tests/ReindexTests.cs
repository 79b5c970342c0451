using DocPipeline.Archive.Jobs;
using DocPipeline.Testing;

namespace DocPipeline.Tests;

/// <summary>The index is derived data: rebuilt from the archived text, it answers exactly as before, without OCR.</summary>
public sealed class ReindexTests : IDisposable
{
    private readonly ScratchFolder _data = new();
    private readonly ScratchFolder _input = new();

    private string[] Data(params string[] args) => [.. args, "--data", _data.Path];

    private static readonly string[] Queries = ["ງົບປະມານ", "219/ກງ", "໓໐໓/ນຍ", "ກະຊວງ", "\"ກົມກວດກາ\"", "ເອກະສານ -ງົບປະມານ", "ຜະແນກ"];

    [Fact]
    public async Task Reindex_after_deleting_the_catalog_gives_the_same_search_results()
    {
        File.WriteAllText(_input.File("d02.txt"), Repo.GroundTruth("d02"));
        File.WriteAllText(_input.File("d03.txt"), Repo.GroundTruth("d03"));
        var ingested = await Cli.Json(Data("ingest", Repo.Corpus("pages", "d01-phetsarath-300.png"), Repo.Corpus("multipage", "d04-phetsarath-a5.tif"), _input.Path));
        Assert.All(ingested, r => Assert.Equal("indexed", r.Str("status")));
        var before = await Answers();
        Assert.Contains(before, a => a.Length > 0);

        // The scans' searchable PDFs were made at ingest; one goes missing, the other must be kept as it is.
        var searchable = Directory.GetFiles(Path.Combine(_data.Path, "originals"), "*.sidecar.searchable.pdf", SearchOption.AllDirectories).Order().ToList();
        Assert.Equal(2, searchable.Count);
        File.Delete(searchable[0]);
        var kept = File.GetLastWriteTimeUtc(searchable[1]);

        string catalog = Path.Combine(_data.Path, "catalog.db");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { catalog, catalog + "-wal", catalog + "-shm" }) File.Delete(f);
        var (exit, lines, errors) = await Cli.Run(Data("reindex"));
        Assert.True(exit == 0, string.Join('\n', lines) + errors);

        Assert.Equal(before, await Answers());
        Assert.True(File.Exists(searchable[0]), "reindex did not make the missing searchable PDF");
        Assert.Contains("\"searchablePdfsMade\":1", lines[^1]);
        Assert.Equal(kept, File.GetLastWriteTimeUtc(searchable[1]));
    }

    [Fact]
    public async Task Reindex_keeps_the_workers_queue()
    {
        await Cli.Json(Data("ingest", Repo.Corpus("pages", "d01-phetsarath-300.png")));
        string catalog = Path.Combine(_data.Path, "catalog.db");
        var queue = new SqliteJobQueue(catalog);
        var job = queue.BeginIntake(new string('a', 64), "ສຳເນົາ.pdf");
        queue.Queued(job.Id, "/archive/aa/" + new string('a', 64) + ".pdf");

        var (exit, _, errors) = await Cli.Run(Data("reindex"));
        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        var kept = Assert.Single(new SqliteJobQueue(catalog).InState(JobState.Queued));
        Assert.Equal("ສຳເນົາ.pdf", kept.FileName);
    }

    /// <summary>Each query's hits as one comparable line each: id, page, snippet.</summary>
    private async Task<string[]> Answers()
    {
        var answers = new List<string>();
        foreach (var q in Queries)
        {
            var hits = await Cli.Json(Data("search", q, "--json"));
            answers.Add(string.Join(" | ", hits.Select(h => $"{h.Str("id")} p{h.Str("page")} {h.Str("documentNumber")} {h.Str("snippet")}")));
        }
        return [.. answers];
    }

    public void Dispose()
    {
        _data.Dispose();
        _input.Dispose();
    }
}
