using DocPipeline.Lao.Text;
using Lucene.Net.Analysis;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// Stacks, at each word after the first, the pair of it and the word before, both folded
/// (‹p›ຄະນະ‹p›ຊີ້ນຳ folded). Common Lao words (ການ, ຕາມ, ໄດ້) stand on nearly every page, and a phrase
/// of them makes Lucene read the positions of every page; the pairs of a phrase are rare, so a
/// phrase asks its pairs first and reads positions only where they stand in a row
/// (measured with `bench search`: see README). Folded, so every spelling grade can use them.
/// A new field value (the next page) starts without a word before.
/// </summary>
public sealed class WordPairFilter(TokenStream input) : StackingFilter(input)
{
    public const char PairMark = '\u0003';

    private string? _previous;

    /// <summary>The pair term of two words as written (each is folded here).</summary>
    public static string Pair(string first, string second) => PairMark + SearchKeys.Folded(first) + PairMark + SearchKeys.Folded(second);

    protected override string? StackOn(string word)
    {
        string? pair = _previous is null ? null : Pair(_previous, word);
        _previous = word;
        return pair;
    }

    public override void Reset()
    {
        base.Reset();
        _previous = null;
    }
}
