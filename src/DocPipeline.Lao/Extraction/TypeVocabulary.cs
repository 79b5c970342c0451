using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// The document types extraction recognizes: the standard ones (<see cref="DocumentTypes.Names"/>) and those the
/// archive has learned, each read by its title line, as issuer codes are read by their place after a number rather
/// than from a list. Immutable: the archive builds a new vocabulary when it has learned more.
/// </summary>
public sealed class TypeVocabulary
{
    public static readonly TypeVocabulary Standard = new([]);

    // One wrong consonant in five letters, or a few cheap confusions.
    private const double MaxRelativeDistance = 0.2;
    private const int MaxTypeLength = 24;

    // Words that end a type glued to what follows it (`ກົດໝາຍວ່າດ້ວຍ…`, `ໜັງສືຂອງສະຖານທູດ`, `ດຳລັດເລກທີ`).
    // Words that stand where a type stands without being one (`ອີງຕາມ ມາດຕາ 5 …`, `ອີງຕາມ ການຕົກລົງ ຂອງກອງປະຊຸມ`).
    private static readonly string[] NotTypes = ["ມາດຕາ", "ໝວດ", "ພາກ", "ຂໍ້", "ຜົນ", "ທ່ານ", "ຫົວໜ້າ"];

    private static readonly string[] AfterType = ["ວ່າດ້ວຍ", "ກ່ຽວກັບ", "ຂອງ", "ເລກທີ", "ສະບັບ", "ສະບັບເລກທີ"];

    public TypeVocabulary(IEnumerable<string> learned) =>
        Names = [.. DocumentTypes.Names, .. learned.Where(IsTypeWord).Distinct(StringComparer.Ordinal).Except(DocumentTypes.Names).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// Whether a word can be a type name: one word of Lao letters, short, neither a header word nor a number. What a
    /// title line says the type is (<see cref="Standalone"/>) passes; a sentence does not.
    /// </summary>
    public static bool IsTypeWord(string word)
    {
        string core = word.TrimStart('ເ', 'ແ', 'ໂ', 'ໃ', 'ໄ');
        return word.Length is >= 3 and <= MaxTypeLength && core.Length > 0 && LaoScript.IsConsonant(core[0]) && word.All(LaoScript.IsLaoLetter)
            && !word.StartsWith("ການ", StringComparison.Ordinal) && !NotTypes.Any(n => word.StartsWith(n, StringComparison.Ordinal))
            && !HeaderWords.IsNumberLine(word) && !HeaderWords.IsCitationLine(word) && !HeaderWords.IsMotto(word);
    }

    /// <summary>The type a text starts with (after a bullet or stray marks), or null.</summary>
    public string? StartOf(string text) => MatchAtStart(text)?.Type;

    /// <summary>The type a text starts with, how many characters of the text it covers, and how sure the match is.</summary>
    public TypeMatch? MatchAtStart(string text)
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

    /// <summary>
    /// A word that stands where a type stands (alone on a title line, first after `ອີງຕາມ`), cut before the words
    /// that follow a type; a known type in its standard spelling when the word starts with one (through OCR damage),
    /// else the word itself when it can be a type name, else null.
    /// </summary>
    public string? Standalone(string word)
    {
        string cut = word.Trim().TrimStart('-', '•', ' ');
        // A dash or a bullet alone (OCR reads a speck on a title line as `-`) is no word at all.
        if (cut.Length == 0) return null;
        foreach (string after in AfterType)
        {
            int at = cut.IndexOf(after, 1, StringComparison.Ordinal);
            if (at > 0) cut = cut[..at];
        }
        // A known type that begins a longer word names that type (`ບົດບັນທຶກຄວາມເຂົ້າໃຈ` is a ບົດບັນທຶກ).
        if (MatchAtStart(cut) is { } known) return known.Type;
        return IsTypeWord(cut) ? cut : null;
    }

    /// <summary>
    /// The type a citation clause names: the first word starting with a known type when the clause is a citation
    /// (`ອີງຕາມ ກົດໝາຍ ວ່າດ້ວຍລະບຽບການ… ເລກທີ`), else the last one (`…ແລະ ຄຳສັ່ງ ເລກທີ`); with none, the word after
    /// ອີງຕາມ, whatever the type (`ອີງຕາມ ສັນຍາ ເລກທີ`); failing that, a known type glued inside a word
    /// (`ຕາມດຳລັດເລກທີ`); else null.
    /// </summary>
    public string? InClause(string clause, bool firstNamed)
    {
        var words = clause.Split([' ', '\n', '\t', ',', ';', '(', ')', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var named = words.Select(w => MatchAtStart(w)?.Type).Where(t => t is not null).ToList();
        if (named.Count > 0) return firstNamed ? named[0] : named[^1];
        if (firstNamed && words.Length >= 2 && HeaderWords.StartsWith(words[0], "ອີງຕາມ", 0.25, out int length) && length >= words[0].Length - 1
            && Standalone(words[1]) is { } cited)
            return cited;
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
