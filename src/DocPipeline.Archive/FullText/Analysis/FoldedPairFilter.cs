using DocPipeline.Lao.Text;
using Lucene.Net.Analysis;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// Stacks the pair of each word and the word before, both folded (‹p›ຄະນະ‹p›ຊິນຳ), where folding changes one of
/// them: the folded and the tone-less grades ask a phrase's folded pairs, which are rare where its words are
/// common. Where both words fold to themselves the pair as written (<see cref="WordPairFilter"/>) has the same
/// letters, and <see cref="SpellingTerms.FoldedPair"/> asks for it too.
/// </summary>
public sealed class FoldedPairFilter(TokenStream input) : PairFilter<(string Folded, bool FoldsToItself)>(input)
{
    public const char PairMark = '\u0003';

    /// <summary>The folded pair term of two words already folded.</summary>
    public static string Pair(string firstFolded, string secondFolded) => PairMark + firstFolded + PairMark + secondFolded;

    protected override (string Folded, bool FoldsToItself) Remember(string word) =>
        SearchKeys.Folded(word) is var folded ? (folded, folded == word) : default;

    protected override string? PairOf((string Folded, bool FoldsToItself) before, (string Folded, bool FoldsToItself) word) =>
        before.FoldsToItself && word.FoldsToItself ? null : Pair(before.Folded, word.Folded);
}
