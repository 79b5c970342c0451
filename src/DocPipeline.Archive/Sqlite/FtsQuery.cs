using DocPipeline.Archive.Search;
using DocPipeline.Lao.Text;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// Builds FTS5 MATCH expressions from parsed query terms. Every term becomes a quoted string with
/// its quotes doubled, so no user input is ever read as FTS5 syntax (`*`, `NEAR`, `AND`,
/// parentheses, column filters); the operators here are the only ones in the expression.
/// </summary>
internal static class FtsQuery
{
    internal static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    /// <summary>page_index: every term in the columns under a key, a quoted term's words in a row, the others each anywhere.</summary>
    internal static string Words(string columns, SearchQuery query, Func<string, string> key, IReadOnlyList<string> facetGroups) =>
        WithFacetsAndExclusions(
            query.Terms.Select(t => $"({columns} : ({(t.Quoted ? Phrase(t, key) : string.Join(" AND ", t.Words.Select(w => Quote(key(w)))))}))").ToList(),
            query, facetGroups);

    /// <summary>
    /// page_index: pages where each term's words stand in a row. A term of one token: that folded token.
    /// Two tokens: their folded pair, in the heading or the page (see <see cref="WordPairs"/>). Three or
    /// more: every pair, and the folded phrase in the page or the phrase as typed in the heading, so that
    /// FTS5 checks word positions only on the few pages that hold every pair.
    /// </summary>
    internal static string InARow(SearchQuery query, IReadOnlyList<string> facetGroups) =>
        WithFacetsAndExclusions(query.Terms.Select(t => (Term: t, Tokens: FoldedTokens(t))).Where(t => t.Tokens.Count > 0).Select(t => t.Tokens.Count switch
        {
            1 => $"(folded : {Quote(t.Tokens[0])})",
            2 => Pairs(t.Tokens),
            _ => $"{Pairs(t.Tokens)} AND ((folded : {Phrase(t.Term, SearchKeys.Folded)}) OR (heading : {Phrase(t.Term, w => w)}))",
        }).ToList(), query, facetGroups);

    /// <summary>
    /// Whether some term is three tokens or more: its match then holds a phrase, and BM25 (whose IDF counts a
    /// phrase's pages over the whole index, checking positions on each) would cost the walk the pairs avoid.
    /// </summary>
    internal static bool HasLongRuns(SearchQuery query) => query.Terms.Any(t => FoldedTokens(t).Count > 2);

    /// <summary>Whether some term is several index tokens, so that "in a row" asks more than "each present".</summary>
    internal static bool HasRunsOfWords(SearchQuery query) => query.Terms.Any(t => FoldedTokens(t).Count > 1);

    private static string Pairs(IReadOnlyList<string> tokens) =>
        $"({{heading_pairs pairs}} : ({string.Join(" AND ", WordPairs.InOrder(tokens).Select(Quote))}))";

    /// <summary>page_index: for each term, one of the indexed folded words that contain it (found in folded_terms).</summary>
    internal static string Containing(IReadOnlyList<IReadOnlyList<string>> wordsPerTerm, SearchQuery query, IReadOnlyList<string> facetGroups) =>
        wordsPerTerm.Any(w => w.Count == 0) ? ""
            : WithFacetsAndExclusions(wordsPerTerm.Select(w => "(folded : (" + string.Join(" OR ", w.Select(Quote)) + "))").ToList(), query, facetGroups);

    /// <param name="terms">Each term's expression, with its column filter.</param>
    private static string WithFacetsAndExclusions(IReadOnlyList<string> terms, SearchQuery query, IReadOnlyList<string> facetGroups)
    {
        if (terms.Count == 0) return "";
        string match = string.Join(" AND ", terms);
        foreach (var group in facetGroups) match += $" AND (facets : ({group}))";
        if (query.Excluded.Count > 0)
            match += $" NOT (folded : ({string.Join(" OR ", query.Excluded.Select(t => Phrase(t, SearchKeys.Folded)))}))";
        return match;
    }

    /// <summary>
    /// page_trigram: each term's folded text as a substring, a short one as the phrase of its trigrams, a longer
    /// one by its rarest trigrams near each other (see <see cref="Trigrams"/>; the pages' text is checked for the
    /// whole run). Terms under three characters cannot be asked of a trigram index. Empty when some term's
    /// trigram is on no page: then no page holds that term.
    /// </summary>
    /// <param name="pagesHolding">How many pages hold each of these trigrams (none: absent).</param>
    internal static string Substrings(SearchQuery query, Func<IEnumerable<string>, IReadOnlyDictionary<string, long>> pagesHolding)
    {
        var runs = query.Terms.Select(t => SearchAnalyzer.FoldedRun(t.Text)).Where(Trigrammable).ToList();
        if (runs.Count == 0) return "";
        var terms = new List<string>();
        foreach (string run in runs)
        {
            var trigrams = Trigrams.Of(run).ToList();
            if (trigrams.Count <= Trigrams.WholePhraseUpTo)
            {
                terms.Add(Quote(run));
                continue;
            }
            if (Trigrams.RarestOfEachPart(trigrams, pagesHolding(trigrams.Select(t => t.Trigram).Distinct())) is not { } rarest) return "";
            terms.Add($"NEAR({string.Join(' ', rarest.Trigrams.Select(Quote))}, {rarest.Span})");
        }
        string match = string.Join(" AND ", terms);
        var excluded = query.Excluded.Select(t => SearchAnalyzer.FoldedRun(t.Text)).Where(Trigrammable).Select(Quote).ToList();
        return excluded.Count == 0 ? match : $"({match}) NOT ({string.Join(" OR ", excluded)})";
    }

    /// <summary>Facet tokens, one of which must be present (a year range is several years).</summary>
    internal static string AnyOf(IEnumerable<string> tokens) => string.Join(" OR ", tokens.Select(Quote));

    private static string Phrase(QueryTerm term, Func<string, string> key) => Quote(string.Join(' ', term.Words.Select(key)));

    private static List<string> FoldedTokens(QueryTerm term) => Fts5Tokens.Of(SearchKeys.Folded(string.Join(' ', term.Words)));

    private static bool Trigrammable(string text) => text.EnumerateRunes().Count() >= 3;
}
