using System.Text.RegularExpressions;
using Icu;

namespace DocPipeline.Lao.Text.Segmentation;

/// <summary>
/// Lao word segmentation by ICU's dictionary break iterator (system ICU through icu.net).
/// Lao is written without spaces between words; ICU finds the words with Wilson and
/// Campbell's dictionary. Reference numbers, numeric dates and dotted abbreviations
/// (<see cref="ProtectedTokens"/>) are taken out first and come out whole. A zero-width space
/// in the input is a word boundary.
/// </summary>
public sealed class IcuWordSegmenter
{
    private static readonly Locale Lao = new("lo");

    public IcuWordSegmenter()
    {
        // Loads the system ICU (libicuuc.so.N) once; idempotent.
        Wrapper.Init();
    }

    /// <summary>The words of the text, in order; punctuation and spaces are dropped.</summary>
    public IReadOnlyList<string> Words(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var words = new List<string>();
        int at = 0;
        foreach (Match m in ProtectedTokens.Pattern().Matches(text))
        {
            AddDictionaryWords(text[at..m.Index], words);
            words.Add(ProtectedTokens.Canonical(m.Value));
            at = m.Index + m.Length;
        }
        AddDictionaryWords(text[at..], words);
        return words;
    }

    private static void AddDictionaryWords(string text, List<string> words)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        foreach (var w in BreakIterator.Split(BreakIterator.UBreakIteratorType.WORD, Lao, text))
            if (w.Length > 0 && !string.IsNullOrWhiteSpace(w) && !IsPunctuation(w)) words.Add(w);
    }

    private static bool IsPunctuation(string w)
    {
        foreach (char c in w) if (char.IsLetterOrDigit(c) || LaoScript.IsCombiningMark(c)) return false;
        return true;
    }
}
