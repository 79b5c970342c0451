namespace DocPipeline.Lao.Quality;

/// <summary>
/// A Lao word list (hunspell-lo's) as a judge of text: how much of a text lies in known words. Lao has no spaces
/// between words, so words are matched greedily, longest first.
/// </summary>
/// <remarks>
/// It once also repaired OCR text (ໜ/ໝ read as ຫ, dropped tone marks) for the stock model, which had no ໜ, ໝ or ຳ;
/// with the project's model those repairs changed nothing on the held-out corpus (mean CER 0.0742 with, 0.0741
/// without), so they were removed.
/// </remarks>
public sealed class Lexicon
{
    private const int LongestWord = 24;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    public Lexicon(IEnumerable<string> words)
    {
        var set = new HashSet<string>(words.Where(w => w.Length is > 1 and <= LongestWord), StringComparer.Ordinal);
        _words = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int WordCount => _words.Set.Count;

    /// <summary>
    /// The share of the text's Lao letters and marks that lie in lexicon words, matched greedily
    /// longest first: near 1 for Lao prose, low for garbage or text in another script's code points.
    /// Null when the text has no Lao.
    /// </summary>
    public double? KnownShare(string text)
    {
        int lao = 0, known = 0;
        for (int i = 0; i < text.Length;)
        {
            if (!IsLaoLetterOrMark(text[i])) { i++; continue; }
            int word = 0;
            for (int stop = Math.Min(text.Length, i + LongestWord); stop > i + 1; stop--)
                if (_words.Contains(text.AsSpan(i, stop - i))) { word = stop - i; break; }
            if (word > 0) { lao += word; known += word; i += word; }
            else { lao++; i++; }
        }
        return lao == 0 ? null : (double)known / lao;
    }

    /// <summary>Whether any lexicon word occurs anywhere in the text.</summary>
    /// <remarks>The greedy match of <see cref="KnownShare"/> tries every Lao position until a word starts there, so it
    /// finds a word whenever one occurs.</remarks>
    public bool HasWord(string text) => KnownShare(text) is > 0;

    private static bool IsLaoLetterOrMark(char c) => c is >= '\u0E81' and <= '\u0ECD' or '\u0EDC' or '\u0EDD';
}
