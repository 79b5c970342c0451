using System.Text.Json;
using DocPipeline.Archive.Benchmarking;
using DocPipeline.Archive.Catalog;
using DocPipeline.Archive.FullText;
using DocPipeline.Archive.Sqlite;
using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Segmentation;
using DocPipeline.Testing;
using Xunit.Abstractions;

namespace DocPipeline.Archive.Tests;

/// <summary>
/// Recall@10 through OCR damage over the labeled queries of corpus/queries/recall.json: the corpus,
/// its real OCR output, synthetic copies with one measured confusion each, and synthetic distractors; on SQLite and
/// on PostgreSQL.
/// </summary>
public abstract class RecallTests(StoreBackend backend, ITestOutputHelper output) : IDisposable
{
    private static readonly (string Suffix, Confusion Damage)[] Copies =
    [
        ("pho", Confusion.PhoToPho), ("tones", Confusion.DroppedTone), ("no", Confusion.NoToHo),
        ("am", Confusion.SaraAmSplit), ("code", Confusion.IssuerCode),
    ];

    private protected readonly ScratchFolder _scratch = new();
    private protected readonly LaoTextEngine _engine = new();
    private protected readonly ITestOutputHelper _output = output;

    [Fact]
    public void Recall_at_10_through_ocr_damage_is_at_least_0_9_and_correct_spelling_ranks_first()
    {
        using var store = backend.Open(_scratch.Path, _engine);
        var m = Measure(store);
        _output.WriteLine($"{GetType().Name}: recall@10 through OCR damage: {m.Recall:0.000} over {m.Queries} labeled queries ({m.Documents} documents); correct spelling ranked above damage in {m.PairsFirst}/{m.Pairs} pairs");
        foreach (var miss in m.Misses) _output.WriteLine("  " + miss);
        Assert.True(m.Queries >= 30, $"only {m.Queries} labeled queries");
        Assert.True(m.Recall >= 0.9, $"recall@10 {m.Recall:0.000}: " + string.Join("; ", m.Misses));
        Assert.True(m.PairsFirst == m.Pairs, string.Join("; ", m.Misplaced));
    }

    private protected sealed record Measured(double Recall, int Queries, int Documents, int PairsFirst, int Pairs, List<string> Misses, List<string> Misplaced);

    /// <summary>Recall and correct-first over the labeled queries, on an empty catalog.</summary>
    private protected Measured Measure(CatalogStore store)
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(Repo.Corpus("queries", "recall.json")));
        var names = IngestCorpus(store, labels.RootElement.GetProperty("distractors").GetInt32());

        double sum = 0;
        int queries = 0, pairs = 0, first = 0;
        var misses = new List<string>();
        var misplaced = new List<string>();
        foreach (var q in labels.RootElement.GetProperty("queries").EnumerateArray())
        {
            string text = q.GetProperty("query").GetString()!;
            var relevant = q.GetProperty("relevant").EnumerateArray().SelectMany(r => Expand(r.GetString()!)).ToHashSet();
            var ranked = store.Search(new SearchRequest(text, 10)).Select(h => names[h.Document.Id]).ToList();
            double recall = (double)ranked.Count(relevant.Contains) / Math.Min(10, relevant.Count);
            sum += recall;
            queries++;
            if (recall < 1) misses.Add($"{text}: {recall:0.00}, missing {string.Join(' ', relevant.Except(ranked).Order())}; top: {string.Join(' ', ranked)}");
            if (!q.TryGetProperty("above", out var above)) continue;
            foreach (var pair in above.EnumerateArray())
            {
                string correct = pair[0].GetString()!, damaged = pair[1].GetString()!;
                var all = store.Search(new SearchRequest(text, 100)).Select(h => names[h.Document.Id]).ToList();
                if (all.IndexOf(correct) >= 0 && (all.IndexOf(damaged) < 0 || all.IndexOf(correct) < all.IndexOf(damaged))) first++;
                else misplaced.Add($"{text}: {correct} should rank above {damaged}: {string.Join(' ', all.Take(15))}");
                pairs++;
            }
        }
        return new Measured(sum / queries, queries, names.Count, first, pairs, misses, misplaced);
    }

    private static IEnumerable<string> Expand(string label) =>
        label.EndsWith('*') ? [label[..^1], .. Copies.Select(c => $"{label[..^1]}-{c.Suffix}")] : [label];

    /// <summary>The labeled documents plus distractors whose numbers do not collide with the corpus's.</summary>
    private Dictionary<long, string> IngestCorpus(CatalogStore store, int distractors)
    {
        var names = new Dictionary<long, string>();
        var extractor = new DirectiveExtractor();
        var corpusKeys = new HashSet<string>();
        void Add(string name, string raw)
        {
            string text = _engine.Normalize(raw);
            var facts = extractor.Extract(text);
            if (facts.DocumentNumber is { } n) corpusKeys.Add(ReferenceKeys.Folded(ReferenceKeys.Exact(n)));
            foreach (var r in facts.References) corpusKeys.Add(ReferenceKeys.Folded(r.Key));
            long id = store.Add(new NewDocument(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name))),
                name + ".txt", "/corpus/" + name, "text", facts, [new StoredPage(1, text, raw, "text", null)], null, null));
            names[id] = name;
        }
        foreach (string d in new[] { "d01", "d02", "d03", "d04" })
        {
            string source = Repo.GroundTruth(d);
            Add(d, source);
            Add(d + "-ocr", File.ReadAllText(Repo.Corpus("queries", "ocr", d + ".txt")));
            foreach (var (suffix, damage) in Copies) Add($"{d}-{suffix}", new OcrDamage(damage).Apply(source));
        }
        var kept = new SyntheticDirectives(expected: 100_000, seed: 3).Generate(distractors * 2)
            .Where(s => !s.Facts.References.Select(r => r.Key).Append(ReferenceKeys.Exact(s.Facts.DocumentNumber!))
                .Any(k => corpusKeys.Contains(ReferenceKeys.Folded(k))))
            .Take(distractors).ToList();
        var ids = store.AddBatch(kept.Select(s => s.ToNewDocument() with { Sha256 = $"{s.Index + 1_000_000:x64}"[^64..] }).ToList());
        for (int i = 0; i < ids.Count; i++) names[ids[i]!.Value] = $"synthetic-{kept[i].Index}";
        return names;
    }

    public void Dispose()
    {
        backend.Dispose();
        _scratch.Dispose();
    }
}

public sealed class SqliteRecallTests(ITestOutputHelper output) : RecallTests(new SqliteBackend(), output)
{
    /// <summary>
    /// The spelling grades as boosted clauses of one query, measured beside the tiers the search uses: the tiers
    /// stay while they find at least as much and put the correct spelling first at least as often.
    /// </summary>
    [Fact]
    public void Tiers_rank_at_least_as_well_as_boosted_clauses()
    {
        var tiers = Measure(WordRanking.Tiers);
        var boosted = Measure(WordRanking.Boosted);
        foreach (var (name, m) in new[] { ("tiers", tiers), ("boosted", boosted) })
        {
            _output.WriteLine($"{name}: recall@10 {m.Recall:0.000} over {m.Queries} labeled queries; correct spelling first in {m.PairsFirst}/{m.Pairs} pairs");
            foreach (var miss in m.Misses.Concat(m.Misplaced)) _output.WriteLine("  " + miss);
        }
        Assert.True(tiers.Recall >= boosted.Recall && tiers.PairsFirst >= boosted.PairsFirst,
            $"boosted clauses rank better: recall {boosted.Recall:0.000} against {tiers.Recall:0.000}, correct first {boosted.PairsFirst} against {tiers.PairsFirst}");
    }

    /// <summary>The labeled queries on a SQLite catalog of its own, named by the ranking (which is the index's, either backend).</summary>
    private Measured Measure(WordRanking ranking)
    {
        using var store = new SqliteDocumentStore(_scratch.File($"catalog-{ranking}.db"), new SearchAnalyzer(new IcuWordSegmenter()), _engine, ranking);
        return Measure(store);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresRecallTests(PostgresServer server, ITestOutputHelper output) : RecallTests(new PostgresBackend(server), output);
