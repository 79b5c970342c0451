using DocPipeline.Lao.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// Stacks, at each word after the first, the pair of it and the word before, both folded
/// (‹p›ຄະນະ‹p›ຊີ້ນຳ folded). Common Lao words (ການ, ຕາມ, ໄດ້) stand on nearly every page, and a phrase
/// of them makes Lucene read the positions of every page; the pairs of a phrase are rare, so a
/// phrase asks its pairs first and reads positions only where they stand in a row
/// (measured with `bench search`: see README). Folded, so every spelling grade can use them.
/// A new field value (the next page) starts without a word before.
/// </summary>
public sealed class WordPairFilter : TokenFilter
{
    public const char PairMark = '\u0003';

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private string? _previous;
    private State? _word;
    private string? _pendingPair;

    public WordPairFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>The pair term of two words as written (each is folded here).</summary>
    public static string Pair(string first, string second) => PairMark + SearchKeys.Folded(first) + PairMark + SearchKeys.Folded(second);

    public override bool IncrementToken()
    {
        if (_pendingPair is not null && _word is not null)
        {
            RestoreState(_word);
            _term.SetEmpty().Append(_pendingPair);
            _position.PositionIncrement = 0;
            _type.Type = StackedKeyFilter.KeyType;
            _pendingPair = null;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_type.Type == StackedKeyFilter.KeyType) return true;
        string word = _term.ToString();
        if (_previous is not null)
        {
            _word = CaptureState();
            _pendingPair = Pair(_previous, word);
        }
        _previous = word;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _previous = null;
        _word = null;
        _pendingPair = null;
    }
}
