using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// The kinds of directive a title line or a citation names, recognized through OCR damage (ໜ read as ຫ,
/// a tone mark added or dropped, a vowel changed) by <see cref="ConfusableDistance"/>. The standard
/// spelling is returned.
/// </summary>
public static class DocumentTypes
{
    public static readonly IReadOnlyList<string> Names =
    [
        "ດຳລັດ", "ລັດຖະດຳລັດ", "ຄຳສັ່ງ", "ຄຳແນະນຳ", "ມະຕິ", "ແຈ້ງການ", "ຂໍ້ຕົກລົງ", "ກົດໝາຍ",
        "ລະບຽບການ", "ໜັງສືສະເໜີ", "ໜັງສືແຈ້ງ", "ບົດແນະນຳ", "ຂໍ້ກຳນົດ", "ບົດບັນທຶກ", "ປະກາດ", "ລັດຖະບັນຍັດ",
    ];

    // One wrong consonant in five letters, or a few cheap confusions.
    private const double MaxRelativeDistance = 0.2;

    /// <summary>The type a text starts with (after a bullet or stray marks), or null.</summary>
    public static string? StartOf(string text) => MatchAtStart(text)?.Type;

    /// <summary>The type a text starts with, how many characters of the text it covers, and how sure the match is.</summary>
    public static TypeMatch? MatchAtStart(string text)
    {
        int skipped = 0;
        while (skipped < text.Length && !LaoScript.IsLaoLetter(text[skipped]) && skipped < 4) skipped++;
        string rest = text[skipped..];
        TypeMatch? best = null;
        foreach (string name in Names)
        {
            var (distance, length) = ConfusableDistance.AgainstPrefix(name, rest);
            double relative = ConfusableDistance.Relative(distance, name);
            if (relative > MaxRelativeDistance || length == 0) continue;
            // Marks that belong to the last letter matched stay with it.
            while (length < rest.Length && LaoScript.IsCombiningMark(rest[length])) length++;
            var candidate = new TypeMatch(name, skipped + length, Math.Round(1 - relative, 2));
            if (best is null || candidate.Confidence > best.Confidence || (candidate.Confidence == best.Confidence && name.Length > best.Type.Length))
                best = candidate;
        }
        return best;
    }

    /// <summary>Length in <paramref name="text"/> of the type name it starts with, tone marks included.</summary>
    public static int LengthIn(string text, string type) => MatchAtStart(text) is { } m && m.Type == type ? m.Length : 0;

    /// <summary>
    /// The type a citation clause names: the first word starting with a type when the clause is a citation
    /// (`ອີງຕາມ ກົດໝາຍ ວ່າດ້ວຍລະບຽບການ… ເລກທີ`), else the last one (`…ແລະ ຄຳສັ່ງ ເລກທີ`); failing that, a
    /// type glued inside a word (`ຕາມດຳລັດເລກທີ`); else null.
    /// </summary>
    public static string? InClause(string clause, bool firstNamed)
    {
        var words = clause.Split([' ', '\n', '\t', ',', ';', '(', ')', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var named = words.Select(w => MatchAtStart(w)?.Type).Where(t => t is not null).ToList();
        if (named.Count > 0) return firstNamed ? named[0] : named[^1];
        for (int i = words.Length - 1; i >= 0; i--)
        {
            string toneless = SearchKeys.WithoutTones(words[i]);
            string? glued = Names.Where(n => n.Length >= 4 && toneless.Contains(SearchKeys.WithoutTones(n), StringComparison.Ordinal))
                .OrderByDescending(n => n.Length).FirstOrDefault();
            if (glued is not null) return glued;
        }
        return null;
    }
}

/// <summary>A type name recognized at the start of a text: the standard spelling, the length it covers, the confidence.</summary>
public sealed record TypeMatch(string Type, int Length, double Confidence);
