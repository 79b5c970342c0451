namespace DocPipeline.Lao.Extraction;

/// <summary>Lao month names, the variant spellings met in archives (LAO-NOTES.md), and OCR-damaged readings of them.</summary>
public static class LaoMonths
{
    /// <summary>The standard name of each month, January first.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"];

    private static readonly (string Spelling, int Month)[] Variants =
    [
        ("ມົກກະລາ", 1), ("ມົກກະຣາ", 1), ("ມີນາຄົມ", 3), ("ມິນາ", 3), ("ເມຖຸນາ", 6), ("ຕຸລາຄົມ", 10),
    ];

    /// <summary>
    /// Abbreviations by the initials of the name (`ພ.ຈ.` for ພະຈິກ, seen on a public page); the others follow
    /// the same rule and are a guess. ມ.ກ./ມ.ນ./ມ.ສ./ມ.ຖ. keep their second letters so they stay distinct.
    /// </summary>
    private static readonly (string Abbreviation, int Month)[] Abbreviations =
    [
        ("ມກ", 1), ("ກພ", 2), ("ມນ", 3), ("ມສ", 4), ("ພພ", 5), ("ມຖ", 6), ("ກລ", 7), ("ສຫ", 8), ("ກຍ", 9), ("ຕລ", 10), ("ພຈ", 11), ("ທວ", 12),
    ];

    /// <summary>A damaged month name is accepted up to this distance per letter (one wrong consonant in four).</summary>
    private const double MaxRelativeDistance = 0.26;

    /// <summary>
    /// A name OCR dropped letters from (`ດສະາ` for ພຶດສະພາ: Noto Serif's ພ and its vowel lost) is still that month
    /// when what is left keeps this share of its letters, in order, and fits no other month so.
    /// </summary>
    private const double MinKeptShare = 0.5;
    private const double DroppedLettersConfidence = 0.6;

    /// <summary>
    /// Where the text itself says a date stands (`ວັນທີ` before the day, a four-digit year after the name), a name
    /// with two letters wrong in five (`ສິງາກາ` for ສິງຫາ, Noto Serif's ຫ split in two) is still the month, when no
    /// other month comes near it: the runner-up at least this much further per letter.
    /// </summary>
    private const double MaxLabelledDistance = 0.45;
    private const double LabelledMargin = 0.15;
    private const int LabelledMinLength = 3;

    /// <summary>Every spelling with its month number, longest first so that a regex alternation prefers it.</summary>
    public static IEnumerable<(string Spelling, int Month)> AllSpellings() =>
        Names.Select((n, i) => (n, i + 1)).Concat(Variants).OrderByDescending(v => v.Item1.Length);

    /// <summary>The month of an exact spelling (standard or variant), else null.</summary>
    public static int? Parse(string spelling)
    {
        foreach (var (s, m) in AllSpellings()) if (s == spelling) return m;
        return null;
    }

    /// <summary>The month of an abbreviation written with or without dots (`ພ.ຈ.`), else null.</summary>
    public static int? ParseAbbreviation(string written)
    {
        string letters = new(written.Where(c => c != '.' && c != ' ').ToArray());
        foreach (var (a, m) in Abbreviations) if (a == letters) return m;
        return null;
    }

    /// <summary>
    /// Reads a word as a month, exactly or through OCR damage. The best month comes first with its
    /// confidence (1 for an exact spelling); months nearly as close follow as other candidate readings.
    /// </summary>
    public static IReadOnlyList<MonthReading> Read(string word)
    {
        if (word.StartsWith("ເດືອນ", StringComparison.Ordinal) && word.Length > 5) word = word[5..];
        if (Parse(word) is { } exact) return [new MonthReading(exact, 1.0)];
        var byMonth = new Dictionary<int, double>();
        foreach (var (spelling, month) in AllSpellings())
        {
            double relative = ConfusableDistance.Relative(ConfusableDistance.Between(spelling, word), spelling);
            if (relative <= MaxRelativeDistance && (!byMonth.TryGetValue(month, out double seen) || relative < seen))
                byMonth[month] = relative;
        }
        if (byMonth.Count == 0 && WithLettersDropped(word) is { } shortened) return [new MonthReading(shortened, DroppedLettersConfidence)];
        return byMonth.OrderBy(kv => kv.Value)
            .Select(kv => new MonthReading(kv.Key, Math.Round(1 - kv.Value, 2)))
            .ToList();
    }

    /// <summary>
    /// The month of a name read where a date is labelled (see <see cref="MaxLabelledDistance"/>): first as
    /// <see cref="Read"/> does, then, when that finds none, the one month clearly nearest within the wider limit, its
    /// confidence its closeness (under 0.75).
    /// </summary>
    public static IReadOnlyList<MonthReading> ReadLabelled(string word)
    {
        var strict = Read(word);
        if (strict.Count > 0 || word.Length < LabelledMinLength) return strict;
        var byMonth = new Dictionary<int, double>();
        foreach (var (spelling, month) in AllSpellings())
        {
            double relative = ConfusableDistance.Relative(ConfusableDistance.Between(spelling, word), spelling);
            if (!byMonth.TryGetValue(month, out double seen) || relative < seen) byMonth[month] = relative;
        }
        var ranked = byMonth.OrderBy(kv => kv.Value).Take(2).ToList();
        if (ranked.Count == 0 || ranked[0].Value > MaxLabelledDistance) return [];
        if (ranked.Count > 1 && ranked[1].Value - ranked[0].Value < LabelledMargin) return [];
        return [new MonthReading(ranked[0].Key, Math.Round(1 - ranked[0].Value, 2))];
    }

    // The one month whose spelling holds the word's letters in order with at most half of its own dropped.
    private static int? WithLettersDropped(string word)
    {
        if (word.Length < 3) return null;
        var months = AllSpellings().Where(s => word.Length >= MinKeptShare * s.Spelling.Length && IsSubsequence(word, s.Spelling))
            .Select(s => s.Month).Distinct().Take(2).ToList();
        return months.Count == 1 ? months[0] : null;
    }

    private static bool IsSubsequence(string part, string whole)
    {
        int i = 0;
        foreach (char c in whole) if (i < part.Length && part[i] == c) i++;
        return i == part.Length;
    }
}

/// <summary>One reading of a month name: the month (1–12) and how sure it is (0–1).</summary>
public sealed record MonthReading(int Month, double Confidence);
