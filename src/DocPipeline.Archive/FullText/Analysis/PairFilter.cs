using Lucene.Net.Analysis;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// Stacks, at each word after the first, a term made of it and the word before (what the term is, each pair
/// filter says in <see cref="PairOf"/>): a phrase asked as its pairs reads no positions of its common words.
/// What the filter needs of each word is worked out once (<see cref="Remember"/>), not again as the word before.
/// A new field value (the next page) starts without a word before.
/// </summary>
public abstract class PairFilter<TWord>(TokenStream input) : StackingFilter(input)
{
    private TWord _previous = default!;
    private bool _hasPrevious;

    /// <summary>What a pair needs of a word.</summary>
    protected abstract TWord Remember(string word);

    /// <summary>The pair term of the word before and this word; null to stack none.</summary>
    protected abstract string? PairOf(TWord before, TWord word);

    protected sealed override string? StackOn(string word)
    {
        var remembered = Remember(word);
        string? pair = _hasPrevious ? PairOf(_previous, remembered) : null;
        (_previous, _hasPrevious) = (remembered, true);
        return pair;
    }

    public override void Reset()
    {
        base.Reset();
        (_previous, _hasPrevious) = (default!, false);
    }
}
