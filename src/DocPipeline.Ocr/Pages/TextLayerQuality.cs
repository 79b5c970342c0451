using System.Globalization;

namespace DocPipeline.Ocr.Pages;

/// <summary>Whether a PDF page's own text layer is kept, and why (said per page in the analysis).</summary>
public sealed record TextLayerVerdict(bool Keep, string Reason);

/// <summary>
/// Whether a PDF page's text layer can be kept instead of OCR. The archive holds Lao directives,
/// so a layer is kept when it holds a fair amount of letters, mostly Lao, without garbage
/// characters, and (given a lexicon) mostly in known words. Layers written by a scanner's OCR in
/// the wrong language (Latin or Khmer letters over a Lao page) or broken font encodings fail and
/// the page is OCR'd.
/// </summary>
public sealed class TextLayerQuality(Func<string, double?>? knownShare = null)
{
    public const int MinLetters = 20;
    /// <summary>Of all letters, at least this share Lao.</summary>
    public const double MinLaoShare = 0.6;
    /// <summary>Replacement characters, private-use glyph codes, controls: a broken font encoding.</summary>
    public const double MaxGarbageShare = 0.05;
    /// <summary>
    /// Of the Lao letters, at least this share in lexicon words. Measured with hunspell-lo
    /// (TextLayerTests): the corpus' ground truths 97–100%, the same letters scrambled 35%.
    /// </summary>
    public const double MinKnownShare = 0.5;

    public TextLayerVerdict Judge(string text)
    {
        int letters = 0, lao = 0, garbage = 0, visible = 0;
        var foreign = new Dictionary<string, int>();
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            visible++;
            if (c == '\uFFFD' || char.GetUnicodeCategory(c) is UnicodeCategory.PrivateUse or UnicodeCategory.Control or UnicodeCategory.Surrogate)
            {
                garbage++;
                continue;
            }
            if (!char.IsLetter(c) && !(c >= '\u0EB0' && c <= '\u0ECD')) continue;
            letters++;
            if (c is >= '\u0E80' and <= '\u0EFF') lao++;
            else
            {
                string script = ScriptOf(c);
                foreign[script] = foreign.GetValueOrDefault(script) + 1;
            }
        }
        if (visible == 0) return new(false, "no text layer");
        if (garbage > visible * MaxGarbageShare) return new(false, Invariant($"garbage: {(double)garbage / visible:0%} unreadable characters"));
        if (letters < MinLetters) return new(false, Invariant($"too little text ({letters} letters)"));
        if (lao < letters * MinLaoShare)
        {
            var (script, count) = foreign.MaxBy(kv => kv.Value);
            return new(false, Invariant($"mostly {script} letters ({(double)count / letters:0%}), not Lao"));
        }
        double? known = knownShare?.Invoke(text);
        if (known < MinKnownShare) return new(false, Invariant($"far from the lexicon ({known:0%} of Lao in known words)"));
        return new(true, known is { } k
            ? Invariant($"kept: {letters} letters, {(double)lao / letters:0%} Lao, {k:0%} in known words")
            : Invariant($"kept: {letters} letters, {(double)lao / letters:0%} Lao"));
    }

    private static string ScriptOf(char c) => c switch
    {
        < '\u0250' => "Latin",
        >= '\u0E00' and <= '\u0E7F' => "Thai",
        >= '\u1780' and <= '\u17FF' => "Khmer",
        >= '\u1000' and <= '\u109F' => "Myanmar",
        >= '\u0400' and <= '\u04FF' => "Cyrillic",
        >= '\u4E00' and <= '\u9FFF' => "Han",
        _ => "other",
    };

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
