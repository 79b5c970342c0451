using DocPipeline.Archive.Benchmarking;
using DocPipeline.Archive.FullText;
using DocPipeline.Archive.Sqlite;
using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Segmentation;
using DocPipeline.Testing;

namespace DocPipeline.Archive.Tests;

/// <summary>
/// An index of several segments searched one segment per core: every kind of search finds the same documents, in the
/// same order, with the same scores and snippets as when the segments are read one after another.
/// </summary>
public sealed class ParallelSegmentsTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();
    private readonly LaoTextEngine _engine = new();

    [Fact]
    public void Searching_segments_in_parallel_answers_exactly_as_one_after_another()
    {
        string database = _scratch.File("catalog.db");
        var directives = new SyntheticDirectives(8000, seed: 4).Generate(4000).ToList();
        var damage = new OcrDamage(Confusion.All, rate: 0.5);
        // Loaded in two sittings, so that the index has at least two segments whatever threads the catch-up used; about
        // 12 MB, so that Lucene's tiered merges, which keep a small index in about one segment per 2 MB, leave them be.
        // Then the bulk load's merge: one segment per core, and nothing added after it to merge them again.
        foreach (var sitting in directives.Chunk(2000))
        {
            using var store = Open(database, parallel: false);
            store.AddBatch(sitting.Select(d => d.Index % 5 == 0 ? d.ToNewDocument(_engine.Normalize(damage.Apply(d.Text))) : d.ToNewDocument()).ToList());
            if (sitting[^1] == directives[^1]) store.Checkpoint();
        }
        int segments = SearchBenchmarkRun.CommittedIndex(SqliteDocumentStore.IndexPath(database)).Segments;
        Assert.Equal(LuceneIndex.SegmentsAfterMerge, segments);
        Assert.True(segments > 1, "a machine of one core has one segment to search: nothing to compare");

        var sample = directives[311];
        var words = new SyntheticDirectives(2000, seed: 8);
        var requests = new List<SearchRequest>
        {
            new("ການ", 10),
            new("ການ", 10, Offset: 10),
            new(sample.Facts.DocumentNumber!, 10),
            new("\"" + string.Join(' ', sample.Text.Split('\n').First(l => l.StartsWith("ມາດຕາ", StringComparison.Ordinal)).Split(' ').Skip(2).Take(2)) + "\"", 10),
            new(damage.Apply("ພະແນກ"), 10),
            new(words.Word(), 10, Type: sample.Facts.DocumentType),
            new(words.Word(), 20, NewestFirst: true),
            new("ຫຼັກການ -ການເງິນ", 10),
        };
        for (int i = 0; i < 6; i++) requests.Add(new SearchRequest(words.Word() + " " + words.Word(), 10));

        var sequential = Answers(database, parallel: false, requests);
        var parallel = Answers(database, parallel: true, requests);
        Assert.True(sequential.Count(a => a.Hits.Count > 0) >= 10, "most requests find documents");
        for (int i = 0; i < requests.Count; i++)
        {
            Assert.Equal(sequential[i].Hits, parallel[i].Hits);
            Assert.Equal(sequential[i].Facets, parallel[i].Facets);
        }
    }

    private static List<(List<string> Hits, string Facets)> Answers(string database, bool parallel, List<SearchRequest> requests)
    {
        using var store = Open(database, parallel);
        return requests.Select(r => (
            store.Search(r).Select(h => $"{h.Document.Id} {h.Score} {h.Page} {h.Snippet}").ToList(),
            string.Join("; ", new[] { store.Facets(r) }.SelectMany(f => f.Type.Concat(f.Issuer).Concat(f.Year)).Select(c => $"{c.Value}={c.Count}"))))
            .ToList();
    }

    private static SqliteDocumentStore Open(string database, bool parallel) =>
        new(database, new SearchAnalyzer(new IcuWordSegmenter()), new LaoTextEngine(), parallelFrom: parallel ? 1 : 0);

    public void Dispose() => _scratch.Dispose();
}
