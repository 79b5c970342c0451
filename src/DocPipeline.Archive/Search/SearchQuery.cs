using System.Text.RegularExpressions;
using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;

namespace DocPipeline.Archive.Search;

/// <summary>
/// What the user typed between spaces, or a quoted phrase: its words, canonical, as ICU segments
/// them. Lao is written without spaces, so an unquoted run of several words is ranked first where
/// its words follow each other, then where they merely all occur; a quoted phrase only the first way.
/// </summary>
public sealed record QueryTerm(IReadOnlyList<string> Words, bool Quoted = false)
{
    public string Text => string.Concat(Words);
}

/// <summary>
/// A query as the user meant it: reference numbers (exact keys), terms that must all match, and
/// terms whose documents are excluded (`-word`). Everything else the user typed is literal text.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<string> NumberKeys, IReadOnlyList<QueryTerm> Terms, IReadOnlyList<QueryTerm> Excluded)
{
    public bool IsEmpty => NumberKeys.Count == 0 && Terms.Count == 0;

    /// <summary>Every word to mark in a snippet.</summary>
    public IEnumerable<string> MarkedWords => Terms.SelectMany(t => t.Words.Count > 1 ? [t.Text, .. t.Words] : t.Words);

    /// <summary>Whether some term has several words, so that "adjacent" and "all present" differ.</summary>
    public bool HasRuns => Terms.Any(t => t.Words.Count > 1 && !t.Quoted);
}

/// <summary>
/// Reads a query with the same text chain and segmentation as the index. Forms it understands:
/// `"a phrase"` (also “ ” and « »), `-word` to exclude, reference numbers in any digits
/// (`042/ຄປ.ວຈ`, `໐໔໒/ຄປ.ວຈ`), and `042 ຄປວຈ` when the catalog knows that number. No character
/// is ever passed on as FTS5 syntax: terms are quoted where the match expression is built.
/// </summary>
public sealed class SearchQueryParser(LaoTextEngine textEngine, SearchAnalyzer analyzer)
{
    // A number, a space, then a short Lao code: a reference typed without its slash.
    private static readonly Regex SpacedNumber = new(
        @"(?<![\w/])(?<num>\d{1,5})\s+(?<abbr>[\u0E81-\u0EAE\u0EDC\u0EDD][\u0E81-\u0EAE\u0EB0-\u0EBC\u0EC8-\u0ECD\u0EDC\u0EDD.]{1,9})(?!\S)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly (char Open, char Close)[] Quotes = [('"', '"'), ('“', '”'), ('«', '»')];

    /// <param name="isKnownNumber">Whether the catalog holds a number with this exact or folded key (for `042 ຄປວຈ`).</param>
    public SearchQuery Parse(string text, Func<string, bool> isKnownNumber)
    {
        string query = Digits.ToAscii(textEngine.Normalize(text ?? ""));
        var keys = new List<string>();
        query = TakeNumbers(query, ReferenceNumbers.Find(query).Select(n => (n.Key, n.Index, n.Length)), _ => true, keys);
        query = TakeNumbers(query, SpacedNumber.Matches(query).Select(m => (ReferenceKeys.Exact(m.Groups["num"].Value + "/" + m.Groups["abbr"].Value), m.Index, m.Length)), isKnownNumber, keys);

        var terms = new List<QueryTerm>();
        var excluded = new List<QueryTerm>();
        foreach (var (piece, quoted) in Pieces(query))
        {
            if (quoted)
            {
                if (Words(piece) is { Count: > 0 } phrase) terms.Add(new QueryTerm(phrase, Quoted: true));
                continue;
            }
            foreach (string token in piece.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.Length > 1 && token[0] is '-' or '−' && !char.IsDigit(token[1]))
                {
                    if (Words(token[1..]) is { Count: > 0 } words) excluded.Add(new QueryTerm(words));
                }
                else if (Words(token) is { Count: > 0 } words) terms.Add(new QueryTerm(words));
            }
        }
        return new SearchQuery(keys.Distinct().ToList(), terms.DistinctBy(t => string.Join(' ', t.Words)).ToList(), excluded);
    }

    private static string TakeNumbers(string query, IEnumerable<(string Key, int Index, int Length)> found, Func<string, bool> accept, List<string> keys)
    {
        foreach (var (key, index, length) in found.Where(n => accept(n.Key)).OrderByDescending(n => n.Index).ToList())
        {
            keys.Insert(0, key);
            query = query.Remove(index, length).Insert(index, " ");
        }
        return query;
    }

    /// <summary>The query cut at balanced quotes; a quote without its partner is dropped.</summary>
    private static IEnumerable<(string Text, bool Quoted)> Pieces(string query)
    {
        int at = 0;
        while (at < query.Length)
        {
            int open = -1;
            char close = '\0';
            foreach (var (o, c) in Quotes)
            {
                int i = query.IndexOf(o, at);
                int j = i < 0 ? -1 : query.IndexOf(c, i + 1);
                if (i >= 0 && j > i && (open < 0 || i < open)) { open = i; close = c; }
            }
            if (open < 0) break;
            int end = query.IndexOf(close, open + 1);
            yield return (query[at..open], false);
            yield return (query[(open + 1)..end], true);
            at = end + 1;
        }
        string rest = query[at..];
        foreach (var (o, c) in Quotes) rest = rest.Replace(o, ' ').Replace(c, ' ');
        yield return (rest, false);
    }

    /// <summary>ICU words that carry a letter or a digit (punctuation and FTS5 operators' symbols are not words).</summary>
    private List<string> Words(string text) =>
        analyzer.QueryWords(text).Where(w => w.Any(char.IsLetterOrDigit)).ToList();
}
