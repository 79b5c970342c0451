using DocPipeline.Lao.Text.Segmentation;

namespace DocPipeline.Lao.Text;

/// <summary>
/// The forms a page is indexed under: three space-separated word sequences (canonical,
/// tone-less, folded), and the folded text as one run without spaces, for substring matching
/// where OCR damage changed how a word segments.
/// </summary>
public sealed record SearchForms(string Words, string Toneless, string Folded, string FoldedRun);

/// <summary>
/// Turns canonical text into the word sequences the full-text index holds, and a query into
/// the words to look for: the same segmentation and the same keys on both sides.
/// </summary>
public sealed class SearchAnalyzer(IcuWordSegmenter segmenter)
{
    /// <summary>The segmentation both sides use (the index's tokenizer wraps it).</summary>
    public IcuWordSegmenter Segmenter => segmenter;

    public SearchForms Analyze(string canonicalText)
    {
        var words = segmenter.Words(canonicalText);
        return new SearchForms(
            string.Join(' ', words),
            string.Join(' ', words.Select(SearchKeys.WithoutTones)),
            string.Join(' ', words.Select(SearchKeys.Folded)),
            FoldedRun(canonicalText));
    }

    /// <summary>The folded key of a text with all whitespace removed.</summary>
    public static string FoldedRun(string canonicalText) =>
        string.Concat(SearchKeys.Folded(canonicalText).Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The words of a query in the order typed, canonical.</summary>
    public IReadOnlyList<string> QueryWords(string canonicalQuery) => segmenter.Words(canonicalQuery);
}
