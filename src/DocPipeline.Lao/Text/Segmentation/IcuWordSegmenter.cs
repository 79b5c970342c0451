using System.Text.RegularExpressions;
using Icu;

namespace DocPipeline.Lao.Text.Segmentation;

/// <summary>
/// Lao word segmentation by ICU's dictionary break iterator (system ICU through icu.net).
/// Lao is written without spaces between words; ICU finds the words with Wilson and
/// Campbell's dictionary. Reference numbers, numeric dates and dotted abbreviations
/// (<see cref="ProtectedTokens"/>) are taken out first and come out whole. A zero-width space
/// in the input is a word boundary.
/// Each thread keeps one break iterator and hands it each piece of text: opening one per piece
/// (ICU loads its rules each time) cost about a sixth of segmenting a synthetic directive.
/// </summary>
public sealed class IcuWordSegmenter
{
    private static readonly Locale Lao = new("lo");

    private readonly ThreadLocal<RuleBasedBreakIterator> _iterators = new(() => new RuleBasedBreakIterator(BreakIterator.UBreakIteratorType.WORD, Lao));

    public IcuWordSegmenter()
    {
        // Loads the system ICU (libicuuc.so.N) once; idempotent.
        Wrapper.Init();
    }

    /// <summary>The words of the text, in order; punctuation and spaces are dropped.</summary>
    public IReadOnlyList<string> Words(string text) => Tokens(text).Select(t => t.Word).ToList();

    /// <summary>
    /// The words with where each stands in the text (a protected token's word is its canonical form, its
    /// span what was written), for an index that marks matches in the original text.
    /// </summary>
    public IReadOnlyList<WordToken> Tokens(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var words = new List<WordToken>();
        int at = 0;
        foreach (Match m in ProtectedTokens.Pattern().Matches(text))
        {
            AddDictionaryWords(text, at, m.Index, words);
            words.Add(new WordToken(ProtectedTokens.Canonical(m.Value), m.Index, m.Index + m.Length));
            at = m.Index + m.Length;
        }
        AddDictionaryWords(text, at, text.Length, words);
        return words;
    }

    private void AddDictionaryWords(string text, int start, int end, List<WordToken> words)
    {
        string piece = text[start..end];
        if (string.IsNullOrWhiteSpace(piece)) return;
        var iterator = _iterators.Value!;
        iterator.SetText(piece);
        int[] boundaries = iterator.Boundaries;
        for (int i = 1; i < boundaries.Length; i++)
        {
            string w = piece[boundaries[i - 1]..boundaries[i]];
            if (w.Length > 0 && !string.IsNullOrWhiteSpace(w) && !IsPunctuation(w)) words.Add(new WordToken(w, start + boundaries[i - 1], start + boundaries[i]));
        }
    }

    private static bool IsPunctuation(string w)
    {
        foreach (char c in w) if (char.IsLetterOrDigit(c) || LaoScript.IsCombiningMark(c)) return false;
        return true;
    }
}

/// <summary>A word and its span [Start, End) in the text it was cut from.</summary>
public readonly record struct WordToken(string Word, int Start, int End);
