using DocPipeline.Archive.Search;
using DocPipeline.Lao.Text;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// Search over the catalog and the FTS5 index. Reference numbers come first (see
/// <see cref="NumberSearch"/>); then words, tier by tier, each tier ranked by BM25 with the
/// heading (number, type, subject, issuer) weighed above the body: exact words, then tone-less,
/// then folded (OCR confusions absorbed), then folded substrings (OCR damage that changed the
/// segmentation), then folded word prefixes (queries too short for trigrams). A tier is asked only
/// while hits are missing, and every hit of a tier scores above every hit of the next.
/// </summary>
internal sealed class SqliteSearch(Func<SqliteConnection> open, SearchAnalyzer analyzer, LaoTextEngine textEngine)
{
    private sealed record Tier(string Table, Func<SearchQuery, IReadOnlyList<string>, string> Match);

    private static readonly Tier[] WordTiers =
    [
        new("page_index", (q, facets) => FtsQuery.Words("{heading words}", q, w => w, prefix: false, facets)),
        new("page_index", (q, facets) => FtsQuery.Words("toneless", q, SearchKeys.WithoutTones, prefix: false, facets)),
        new("page_index", (q, facets) => FtsQuery.Words("folded", q, SearchKeys.Folded, prefix: false, facets)),
        new("page_trigram", (q, _) => FtsQuery.Substrings(q)),
        new("page_index", (q, facets) => FtsQuery.Words("folded", q, SearchKeys.Folded, prefix: true, facets)),
    ];

    private readonly SearchQueryParser _parser = new(textEngine, analyzer);

    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        using var connection = open();
        var query = _parser.Parse(request.Text, key => NumberSearch.IsKnown(connection, key));
        if (query.IsEmpty) return [];
        var filter = new SearchFilter(request, textEngine);
        using var hits = new HitCollector(connection, query, filter, request.Offset + request.Limit);
        foreach (string key in query.NumberKeys) NumberSearch.Collect(connection, key, filter, hits);
        if (query.Terms.Count > 0)
        {
            var facets = filter.FacetGroups(connection);
            for (int i = 0; i < WordTiers.Length && !hits.IsFull; i++)
                WordSearch.Collect(connection, WordTiers[i].Table, WordTiers[i].Match(query, facets), WordTiers.Length - 1 - i, hits);
        }
        return hits.Hits.Skip(request.Offset).Take(request.Limit).ToList();
    }
}
