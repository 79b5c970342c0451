using DocPipeline.Lao.Text.Filters;
using DocPipeline.Lao.Text.Legacy;

namespace DocPipeline.Lao.Text;

/// <summary>
/// The Lao text chain, composed in one place: raw OCR or imported text in, one canonical
/// spelling out. The same spelling chain serves documents (analyze, ingest) and queries (search);
/// pages also go through script-noise removal and layout repair first.
/// </summary>
public sealed class LaoTextEngine
{
    /// <summary>Character-level spelling, in this order (each filter says why it comes where it does).</summary>
    private readonly ITextFilter[] _spelling =
    [
        new UnicodeComposition(),   // NFC, never NFKC
        new InvisibleCharacters(),  // joiners, BOM, soft hyphen (inside words)
        new ForeignDigits(),        // Myanmar, Khmer, Thai … digits → ASCII; Lao digits stay
        new StrandedMarks(),        // marks at a word start (after a space or a zero-width space) dropped
        new ZeroWidthSpaces(),      // word boundaries used above; now removed from display text
        new ZerosFollowTheirNumber(), // 0໔໒ → ໐໔໒: ໐ and 0 look alike, a number has one script (once digits are adjacent)
        new MarkOrder(),            // ຼ first, then the vowel, tone last; repeats collapse
        new LaoSpelling(),          // ໍາ → ຳ, ຫນ → ໜ, ຫມ → ໝ, ຫລ → ຫຼ
        new DoubledVowels(),        // ເເ → ແ, າາ → າ …
    ];

    /// <summary>Legacy-font Lao without a font name (first: its Latin-1 letters would otherwise be taken for Latin text).</summary>
    private readonly UnmarkedLegacyText _unmarkedLegacy = UnmarkedLegacyText.LsWin;

    /// <summary>OCR damage to spacing and lines on a page; before spelling, so that marks cut off by a space are rejoined, not dropped.</summary>
    private readonly ITextFilter[] _layout =
    [
        new SpacesInsideWords(),    // ປ ະ ເດັນ → ປະເດັນ
        new LineJoining(),          // lines broken inside a paragraph joined
    ];

    /// <summary>Canonical spelling of a piece of text (a query, a field, a line).</summary>
    public string Normalize(string text)
    {
        foreach (var filter in _spelling) text = filter.Apply(text);
        return text;
    }

    /// <summary>
    /// Cleans the text of one page (page is 1-based, used in the noise report). Legacy-font Lao is
    /// looked for only in text a file held (<paramref name="mayHoldLegacyFonts"/>): OCR never writes
    /// it, and the symbols it misreads beside Lao letters would be taken for it.
    /// </summary>
    public CleanText CleanPage(string raw, int page, bool mayHoldLegacyFonts = true)
    {
        string text = raw.Replace("\r\n", "\n").Replace('\r', '\n');
        IReadOnlyList<NoisePosition> decoded = [];
        if (mayHoldLegacyFonts) (text, decoded) = _unmarkedLegacy.Decode(text, page);
        (text, var noise) = ScriptNoise.Remove(text, page);
        if (decoded.Count > 0)
            noise = noise with { Positions = [.. decoded, .. noise.Positions], DecodedCharacters = decoded.Sum(d => d.Characters) };
        text = TidyLines(text);
        foreach (var filter in _layout) text = filter.Apply(text);
        return new CleanText(TidyLines(Normalize(text)), noise);
    }

    /// <summary>Trailing spaces off every line, runs of blank lines down to one, no blank lines at the ends.</summary>
    private static string TidyLines(string text)
    {
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            string l = line.TrimEnd();
            if (l.Length == 0 && (lines.Count == 0 || lines[^1].Length == 0)) continue;
            lines.Add(l);
        }
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return string.Join('\n', lines);
    }
}
