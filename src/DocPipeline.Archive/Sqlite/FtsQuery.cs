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

    /// <summary>
    /// page_index: every term in the columns, under a key; a term's words in a row when adjacent (or
    /// quoted), else each anywhere; excluded terms' pages left out; facets required.
    /// </summary>
    internal static string Words(string columns, SearchQuery query, Func<string, string> key, bool adjacent, IReadOnlyList<string> facetGroups) =>
        WithFacetsAndExclusions(columns, query.Terms.SelectMany(t => adjacent || t.Quoted ? [Phrase(t, key)] : t.Words.Select(w => Quote(key(w)))).ToList(), query, facetGroups);

    /// <summary>page_index: for each term, one of the indexed folded words that contain it (found in folded_terms).</summary>
    internal static string Containing(IReadOnlyList<IReadOnlyList<string>> wordsPerTerm, SearchQuery query, IReadOnlyList<string> facetGroups) =>
        wordsPerTerm.Any(w => w.Count == 0) ? ""
            : WithFacetsAndExclusions("folded", wordsPerTerm.Select(w => "(" + string.Join(" OR ", w.Select(Quote)) + ")").ToList(), query, facetGroups);

    private static string WithFacetsAndExclusions(string columns, IReadOnlyList<string> terms, SearchQuery query, IReadOnlyList<string> facetGroups)
    {
        if (terms.Count == 0) return "";
        string match = $"({columns} : ({string.Join(" AND ", terms)}))";
        foreach (var group in facetGroups) match += $" AND (facets : ({group}))";
        if (query.Excluded.Count > 0)
            match += $" NOT (folded : ({string.Join(" OR ", query.Excluded.Select(t => Phrase(t, SearchKeys.Folded)))}))";
        return match;
    }

    /// <summary>page_trigram: each term's folded text as a substring; terms under three characters cannot be asked of a trigram index.</summary>
    internal static string Substrings(SearchQuery query)
    {
        var terms = query.Terms.Select(t => SearchAnalyzer.FoldedRun(t.Text)).Where(Trigrammable).Select(Quote).ToList();
        if (terms.Count == 0) return "";
        var excluded = query.Excluded.Select(t => SearchAnalyzer.FoldedRun(t.Text)).Where(Trigrammable).Select(Quote).ToList();
        string match = string.Join(" AND ", terms);
        return excluded.Count == 0 ? match : $"({match}) NOT ({string.Join(" OR ", excluded)})";
    }

    /// <summary>Facet tokens, one of which must be present (a year range is several years).</summary>
    internal static string AnyOf(IEnumerable<string> tokens) => string.Join(" OR ", tokens.Select(Quote));

    private static string Phrase(QueryTerm term, Func<string, string> key) => Quote(string.Join(' ', term.Words.Select(key)));

    private static bool Trigrammable(string text) => text.EnumerateRunes().Count() >= 3;
}
