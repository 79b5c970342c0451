using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// After each word, a search key of it at the same position (position increment 0, the word's
/// offsets), marked so that keys and words never meet: a folded key can be spelled like some other
/// real word. The key is stacked only when it says something the stream does not already hold
/// (<see cref="Differs"/>); <see cref="SpellingTerms"/> asks for the missing forms accordingly.
/// Only words are keyed, never another filter's keys.
/// </summary>
public abstract class StackedKeyFilter : TokenFilter
{
    public const string KeyType = "<KEY>";

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private State? _word;
    private string? _pendingKey;

    protected StackedKeyFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>The mark that opens every key this filter stacks.</summary>
    protected abstract char Mark { get; }

    protected abstract string Key(string word);

    /// <summary>Whether the key adds a form: by default, when it is not the word itself.</summary>
    protected virtual bool Differs(string word, string key) => key != word;

    public sealed override bool IncrementToken()
    {
        if (_pendingKey is not null && _word is not null)
        {
            RestoreState(_word);
            _term.SetEmpty().Append(Mark).Append(_pendingKey);
            _position.PositionIncrement = 0;
            _type.Type = KeyType;
            _pendingKey = null;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_type.Type == KeyType) return true;
        string word = _term.ToString();
        string key = Key(word);
        if (key.Length > 0 && Differs(word, key))
        {
            _word = CaptureState();
            _pendingKey = key;
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _word = null;
        _pendingKey = null;
    }
}
