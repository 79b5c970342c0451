using DocPipeline.Archive.Search;
using DocPipeline.Lao.Text;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// Search over the catalog and the FTS5 index. Reference numbers come first (see
/// <see cref="NumberSearch"/>); then words, tier by tier, each tier ranked by BM25 with the
/// heading (number, type, subject, issuer) weighed above the body. First where each typed run of
/// Lao words stands as written: exact words, tone-less, folded (OCR confusions absorbed), folded
/// substring (OCR damage that changed the segmentation); then where the words merely all occur,
/// in the same order of keys; last inside longer folded words (queries too short for trigrams).
/// A tier is asked only while hits are missing, and every hit of a tier scores above every hit of the next.
/// </summary>
internal sealed class SqliteSearch(Func<SqliteConnection> open, SearchAnalyzer analyzer, LaoTextEngine textEngine)
{
    /// <param name="Window">The cheaper match (words anywhere, no positions) that decides whether BM25 is kept to a window of recent pages.</param>
    /// <param name="Adjacent">Whether the tier asks for each term's words in a row: its matches lie among the folded tier's (see <see cref="AdjacentMatches"/>).</param>
    private sealed record Tier(string Table, Func<SqliteConnection, SearchQuery, IReadOnlyList<string>, string> Match,
        Func<SearchQuery, IReadOnlyList<string>, string>? Window = null, bool NeedsTones = false, bool Adjacent = false);

    private static readonly Tier[] WordTiers =
    [
        new("page_index", (_, q, facets) => FtsQuery.Words("{heading words}", q, w => w, adjacent: true, facets),
            (q, facets) => FtsQuery.Words("{heading words}", q, w => w, adjacent: false, facets), Adjacent: true),
        new("page_index", (_, q, facets) => FtsQuery.Words("toneless", q, SearchKeys.WithoutTones, adjacent: true, facets),
            (q, facets) => FtsQuery.Words("toneless", q, SearchKeys.WithoutTones, adjacent: false, facets), NeedsTones: true, Adjacent: true),
        new("page_index", (_, q, facets) => FtsQuery.Words("folded", q, SearchKeys.Folded, adjacent: true, facets),
            (q, facets) => FtsQuery.Words("folded", q, SearchKeys.Folded, adjacent: false, facets), Adjacent: true),
        new("page_trigram", (_, q, _) => FtsQuery.Substrings(q)),
        new("page_index", (_, q, facets) => q.HasRuns ? FtsQuery.Words("{heading words}", q, w => w, adjacent: false, facets) : ""),
        new("page_index", (_, q, facets) => q.HasRuns ? FtsQuery.Words("toneless", q, SearchKeys.WithoutTones, adjacent: false, facets) : "", NeedsTones: true),
        new("page_index", (_, q, facets) => q.HasRuns ? FtsQuery.Words("folded", q, SearchKeys.Folded, adjacent: false, facets) : ""),
        new("page_index", (connection, q, facets) => FtsQuery.Containing(q.Terms.Select(t => WordsContaining(connection, t)).ToList(), q, facets)),
    ];

    /// <summary>Up to this many folded-adjacent pages, the adjacent tiers are told apart by reading the pages' text.</summary>
    private const int AdjacentShortcut = WordSearch.RankingWindow;

    private static readonly int LastAdjacentTier = Array.FindLastIndex(WordTiers, t => t.Adjacent);

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
            // Without a tone mark in the query, the tone-less tiers find nothing the folded tiers miss.
            bool hasTones = query.Terms.Any(t => t.Text.Any(LaoScript.IsToneMark));
            var adjacentMatches = AdjacentMatches(connection, query, facets);
            bool adjacentOffered = false;
            for (int i = 0; i < WordTiers.Length && !hits.IsFull; i++)
            {
                var tier = WordTiers[i];
                if (tier.NeedsTones && !hasTones) continue;
                string match = tier.Match(connection, query, facets);
                if (tier.Adjacent && adjacentMatches is not null)
                {
                    // The exact and tone-less tiers' pages are among the folded tier's, told apart by their text.
                    if (!adjacentOffered) WordSearch.OfferBySpelling(adjacentMatches, WordTiers.Length - 1 - LastAdjacentTier, hits, query);
                    adjacentOffered = true;
                    continue;
                }
                WordSearch.Collect(connection, tier.Table, match, tier.Window?.Invoke(query, facets) ?? match, WordTiers.Length - 1 - i, hits,
                    tier.Table == "page_trigram" ? query : null);
            }
        }
        return hits.Hits.Skip(request.Offset).Take(request.Limit).ToList();
    }

    /// <summary>
    /// For a query with a quoted phrase: every page where each term's folded words stand in a row,
    /// when there are at most <see cref="AdjacentShortcut"/> of them, else null. The pages the exact and tone-less
    /// tiers find in the body are among these (their keys fold to the same words), and the page text tells them
    /// apart, so FTS5 checks word positions (a walk over every page that holds all the words, for common words
    /// most of the archive) once per query instead of once per tier. A phrase found only in a page's heading
    /// and nowhere in its body is missed by this shortcut.
    /// </summary>
    private static List<(long PageRow, long Document, int Page, double Rank)>? AdjacentMatches(SqliteConnection connection, SearchQuery query, IReadOnlyList<string> facets)
    {
        // Only for quoted phrases: an unquoted run (often one damaged word that segments in pieces) folds to a
        // common word, and for it the tiers' own windows are cheaper than reading the pages' text (measured).
        if (!query.Terms.Any(t => t.Quoted && t.Words.Count > 1)) return null;
        var rows = WordSearch.Newest(connection, "page_index", FtsQuery.Words("folded", query, SearchKeys.Folded, adjacent: true, facets), AdjacentShortcut + 1);
        return rows.Count > AdjacentShortcut ? null : rows;
    }

    /// <summary>Indexed folded words that contain the term's folded text, shortest (closest) first.</summary>
    private static IReadOnlyList<string> WordsContaining(SqliteConnection connection, QueryTerm term)
    {
        using var command = SqliteDocumentStore.Command(connection,
            "SELECT term FROM folded_terms WHERE instr(term, $t) > 0 ORDER BY length(term), term LIMIT 100", ("$t", SearchAnalyzer.FoldedRun(term.Text)));
        using var reader = command.ExecuteReader();
        var words = new List<string>();
        while (reader.Read()) words.Add(reader.GetString(0));
        return words;
    }
}
