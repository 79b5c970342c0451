using DocPipeline.Lao.Text;
using Lucene.Net.Analysis;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// Stacks, at each word after the first, the pair of it and the word before, both folded (‹p›ຄະນະ‹p›ຊິນຳ): a phrase
/// asked as its pairs reads no positions of its words, and common Lao words (ການ, ຕາມ, ໄດ້) stand on nearly every
/// page (ແລະ·ການ on 42% of the synthetic directives: 20 ms of positions at 100,000, one term as a pair). Every grade
/// asks a phrase by these pairs; a closer grade then checks the spelling (<see cref="WordQueries"/>, <see cref="LuceneSearch"/>).
/// Only the folded pairs are indexed: pairs as written too were 179 more terms per directive, most of them unique.
/// A new field value (the next page) starts without a word before.
/// </summary>
public sealed class FoldedPairFilter(TokenStream input) : StackingFilter(input)
{
    public const char PairMark = '\u0003';

    private string? _before;

    /// <summary>The pair term of two words already folded.</summary>
    public static string Pair(string firstFolded, string secondFolded) => PairMark + firstFolded + PairMark + secondFolded;

    protected override string? StackOn(string word)
    {
        string folded = SearchKeys.Folded(word);
        string? pair = _before is null ? null : Pair(_before, folded);
        _before = folded;
        return pair;
    }

    public override void Reset()
    {
        base.Reset();
        _before = null;
    }
}
