namespace DocPipeline.Lao.Text;

/// <summary>The canonical display text of a document and what the cleaning removed from it.</summary>
public sealed record CleanText(string Text, NoiseReport Noise);

/// <summary>
/// What was taken out of raw text as script noise, and where. Characters are counted without
/// whitespace; <see cref="DigitsReadAsAscii"/> counts digits of a foreign script (Myanmar, Khmer,
/// Thai…) kept as their values in ASCII. <see cref="NeedsOcrAgain"/> when more than half of the
/// letters were noise. <see cref="DecodedCharacters"/> counts Latin-1 characters of a legacy Lao
/// font found without a font name and read as the Lao they draw (positions with action `decoded`).
/// </summary>
public sealed record NoiseReport(
    int RemovedCharacters,
    int RemovedLines,
    int DigitsReadAsAscii,
    int KeptCharacters,
    IReadOnlyList<NoisePosition> Positions,
    bool NeedsOcrAgain,
    int DecodedCharacters = 0)
{
    /// <summary>Above this share of removed characters a text is mostly noise.</summary>
    public const double MostlyNoise = 0.5;

    public static readonly NoiseReport None = new(0, 0, 0, 0, [], false);

    public static bool IsMostlyNoise(int removed, int kept) => removed > 0 && removed > MostlyNoise * (removed + kept);

    /// <summary>The report of a whole document from those of its pages.</summary>
    public static NoiseReport Merge(IReadOnlyList<NoiseReport> pages)
    {
        int removed = pages.Sum(p => p.RemovedCharacters), kept = pages.Sum(p => p.KeptCharacters);
        return new NoiseReport(removed, pages.Sum(p => p.RemovedLines), pages.Sum(p => p.DigitsReadAsAscii), kept,
            pages.SelectMany(p => p.Positions).ToList(), IsMostlyNoise(removed, kept), pages.Sum(p => p.DecodedCharacters));
    }
}

/// <summary>
/// A line (1-based, within its page's raw text) where noise was found: the script, what was
/// done (`line` dropped, `words` dropped, `letters` dropped inside words, `digits` read as
/// ASCII, `decoded` from a legacy Lao font, the script then being its convention) and how many characters it concerned.
/// </summary>
public sealed record NoisePosition(int Page, int Line, string Script, string Action, int Characters);
