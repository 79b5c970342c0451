using Lucene.Net.Analysis;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// Stacks a search key of each word, marked so that keys and words never meet: a folded key can be
/// spelled like some other real word. The key is stacked only when it says something the stream does
/// not already hold (<see cref="Differs"/>); <see cref="SpellingTerms"/> asks for the missing forms accordingly.
/// </summary>
public abstract class StackedKeyFilter(TokenStream input) : StackingFilter(input)
{
    /// <summary>The mark that opens every key this filter stacks.</summary>
    protected abstract char Mark { get; }

    protected abstract string Key(string word);

    /// <summary>Whether the key adds a form: by default, when it is not the word itself.</summary>
    protected virtual bool Differs(string word, string key) => key != word;

    protected sealed override string? StackOn(string word)
    {
        string key = Key(word);
        return key.Length > 0 && Differs(word, key) ? Mark + key : null;
    }
}
