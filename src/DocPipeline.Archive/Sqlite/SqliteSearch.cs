using DocPipeline.Archive.Search;
using DocPipeline.Lao.Text;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// Search over the catalog and the FTS5 index. Reference numbers come first (see
/// <see cref="NumberSearch"/>); then words, tier by tier (see <see cref="WordTiers"/>), each tier
/// ranked by BM25 with the heading (number, type, subject, issuer) weighed above the body.
/// A tier is asked only while hits are missing, and every hit of a tier scores above every hit of the next.
/// </summary>
internal sealed class SqliteSearch(Func<SqliteConnection> open, SearchAnalyzer analyzer, LaoTextEngine textEngine)
{
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
            var tiers = WordTiers(connection, query, filter.FacetGroups(connection), hits).ToList();
            for (int i = 0; i < tiers.Count && !hits.IsFull; i++) tiers[i](tiers.Count - 1 - i);
        }
        return hits.Hits.Skip(request.Offset).Take(request.Limit).ToList();
    }

    /// <summary>
    /// The word tiers, best first, each taking its rank. First where each typed run of Lao words stands
    /// as written: single words as typed, tone-less (when the query has tone marks), then folded (OCR
    /// confusions absorbed), each an FTS5 match; runs of words in one match on word pairs, graded by the
    /// pages' text (runs of three words or more newest first: see <see cref="FtsQuery.HasLongRuns"/>).
    /// Then folded substrings (OCR damage that changed the segmentation); then, for runs typed without
    /// quotes, where their words merely all occur; last inside longer folded words (queries too short
    /// for trigrams).
    /// </summary>
    private static IEnumerable<Action<int>> WordTiers(SqliteConnection connection, SearchQuery query, IReadOnlyList<string> facets, HitCollector hits)
    {
        const string index = "page_index";
        var spelling = new SpellingGrade(query.Terms);
        if (FtsQuery.HasLongRuns(query))
            yield return tier => WordSearch.CollectNewest(connection, index, FtsQuery.InARow(query, facets), tier, hits, spelling);
        else if (FtsQuery.HasRunsOfWords(query))
            yield return tier => WordSearch.CollectRanked(connection, index, FtsQuery.InARow(query, facets), tier, hits, spelling);
        else
            foreach (var bySpelling in EachWordBySpelling()) yield return bySpelling;
        yield return tier => WordSearch.CollectNewest(connection, "page_trigram", FtsQuery.Substrings(query, t => PagesHolding(connection, t)), tier, hits, spelling);
        if (query.HasRuns)
            foreach (var bySpelling in EachWordBySpelling()) yield return bySpelling;
        yield return tier => WordSearch.CollectRanked(connection, index,
            FtsQuery.Containing(query.Terms.Select(t => WordsContaining(connection, t)).ToList(), query, facets), tier, hits);

        // Each word anywhere: as typed (in the heading or the page), tone-less, folded. Without a tone mark in
        // the query, the tone-less tier finds nothing the folded tier misses.
        IEnumerable<Action<int>> EachWordBySpelling()
        {
            yield return tier => WordSearch.CollectRanked(connection, index, FtsQuery.Words("{heading words}", query, w => w, facets), tier, hits);
            if (query.Terms.Any(t => t.Text.Any(LaoScript.IsToneMark)))
                yield return tier => WordSearch.CollectRanked(connection, index, FtsQuery.Words("toneless", query, SearchKeys.WithoutTones, facets), tier, hits);
            yield return tier => WordSearch.CollectRanked(connection, index, FtsQuery.Words("folded", query, SearchKeys.Folded, facets), tier, hits);
        }
    }

    /// <summary>How many pages hold each of these trigrams; those on no page are left out.</summary>
    private static Dictionary<string, long> PagesHolding(SqliteConnection connection, IEnumerable<string> trigrams)
    {
        using var command = SqliteDocumentStore.Command(connection,
            "SELECT t.trigram, t.pages FROM trigram_pages t JOIN json_each($trigrams) j ON t.trigram = j.value",
            ("$trigrams", System.Text.Json.JsonSerializer.Serialize(trigrams)));
        using var reader = command.ExecuteReader();
        var pages = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read()) pages[reader.GetString(0)] = reader.GetInt64(1);
        return pages;
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
