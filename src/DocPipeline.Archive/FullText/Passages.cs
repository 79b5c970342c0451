using DocPipeline.Lao.Extraction;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace DocPipeline.Archive.FullText;

/// <summary>
/// The page and passage shown under a hit. The page is the one holding the most matched words (under
/// the folded key); the passage a window around the first of them, marked by Lucene's highlighter with
/// the terms of the query that found the document (by term, not position: the positional scorer builds an
/// index of the window per hit), over the page's own text: natural Lao, no spaces added. Where the
/// highlighter marks nothing the body query can say (a substring across words, a heading-only match),
/// the words are marked where they stand (<see cref="Snippets.Around"/>).
/// The window, not the page, is analyzed: segmenting whole pages for every hit would cost more than the search.
/// </summary>
public sealed class Passages(Analyzer analyzer)
{
    private const int Window = 150;

    public (int Page, string Snippet) ForWords(IReadOnlyList<StoredPage> pages, IReadOnlyList<string> words, Query? bodyQuery)
    {
        if (pages.Count == 0) return (1, "");
        var best = pages.Select(p => (Page: p, Spans: Snippets.Find(p.Text, words))).MaxBy(p => p.Spans.Count);
        var (page, spans) = best.Spans.Count > 0 ? best : (pages[0], []);
        if (spans.Count > 0 && bodyQuery is not null && Highlighted(page.Text, spans[0].Start, bodyQuery) is { } marked)
            return (page.Number, marked);
        return (page.Number, Snippets.Around(page.Text, words));
    }

    /// <summary>The first page where the number is written (exactly, else under the folded key), the number marked.</summary>
    public static (int Page, string Snippet) ForNumber(IReadOnlyList<StoredPage> pages, string key)
    {
        string folded = ReferenceKeys.Folded(key);
        (int Page, string Snippet)? underFolded = null;
        foreach (var page in pages)
            foreach (var n in ReferenceNumbers.Find(page.Text))
            {
                if (n.Key == key) return (page.Number, Snippets.Marked(page.Text, n.Index, n.Length));
                if (underFolded is null && ReferenceKeys.Folded(n.Key) == folded) underFolded = (page.Number, Snippets.Marked(page.Text, n.Index, n.Length));
            }
        return underFolded ?? (pages.Count > 0 ? (pages[0].Number, Snippets.Around(pages[0].Text, [])) : (1, ""));
    }

    private string? Highlighted(string text, int at, Query bodyQuery)
    {
        int start = Math.Max(0, at - Window / 3), end = Math.Min(text.Length, at + Window);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && at - start < Window / 2) start--; // begin at a space where one is near
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - at < Window + 30) end++;
        var highlighter = new Highlighter(new SimpleHTMLFormatter(Snippets.Open.ToString(), Snippets.Close.ToString()), new QueryTermScorer(bodyQuery, IndexFields.Body))
        {
            TextFragmenter = new NullFragmenter(),
        };
        string? fragment = highlighter.GetBestFragment(analyzer, IndexFields.Body, text[start..end]);
        if (fragment is null) return null;
        // Adjacent marked words read as one marked run; line breaks and runs of spaces as one space.
        string joined = string.Join(' ', fragment.Replace($"{Snippets.Close}{Snippets.Open}", "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return (start > 0 ? "…" : "") + joined + (end < text.Length ? "…" : "");
    }
}
