using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// The mechanics every stacking filter shares: after a word, one more term at the same position
/// (position increment 0, the word's offsets), typed <see cref="KeyType"/> so that later filters pass
/// it by. What to stack, if anything, each filter says in <see cref="StackOn"/>.
/// </summary>
public abstract class StackingFilter : TokenFilter
{
    public const string KeyType = "<KEY>";

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private State? _word;
    private string? _pending;

    protected StackingFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>The term to stack on this word, marked; null for none.</summary>
    protected abstract string? StackOn(string word);

    public sealed override bool IncrementToken()
    {
        if (_pending is not null && _word is not null)
        {
            RestoreState(_word);
            _term.SetEmpty().Append(_pending);
            _position.PositionIncrement = 0;
            _type.Type = KeyType;
            _pending = null;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_type.Type == KeyType) return true;
        if (StackOn(_term.ToString()) is { } stacked)
        {
            _word = CaptureState();
            _pending = stacked;
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _word = null;
        _pending = null;
    }
}
