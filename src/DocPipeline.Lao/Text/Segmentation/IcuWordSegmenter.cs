using Icu;

namespace DocPipeline.Lao.Text.Segmentation;

/// <summary>
/// Lao word segmentation by ICU's dictionary break iterator (system ICU through icu.net).
/// Lao is written without spaces between words; ICU finds the words with Wilson and
/// Campbell's dictionary.
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
        return BreakIterator.Split(BreakIterator.UBreakIteratorType.WORD, Lao, text)
            .Where(w => w.Length > 0 && !string.IsNullOrWhiteSpace(w))
            .ToList();
    }
}
