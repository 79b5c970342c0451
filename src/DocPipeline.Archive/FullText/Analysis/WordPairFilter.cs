using Lucene.Net.Analysis;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// Stacks the pair of each word and the word before, as written (‹w›ຄະນະ‹w›ຊີ້ນຳ). Common Lao words (ການ, ຕາມ,
/// ໄດ້) stand on nearly every page, and a phrase of them made Lucene read their positions on every page holding
/// the phrase's folded pairs (ແລະ·ການ stands on 42% of the synthetic directives: 20 ms at 100,000); a phrase
/// as typed is a phrase of its pairs instead, and a phrase of two words one term (measured with `bench search`: see README).
/// </summary>
public sealed class WordPairFilter(TokenStream input) : PairFilter<string>(input)
{
    public const char PairMark = '\u0004';

    /// <summary>The pair term of two words as written.</summary>
    public static string Pair(string first, string second) => PairMark + first + PairMark + second;

    protected override string Remember(string word) => word;

    protected override string? PairOf(string before, string word) => Pair(before, word);
}
