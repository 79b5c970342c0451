using DocPipeline.Lao.Text;
using System.Text.RegularExpressions;

namespace DocPipeline.Lao.Extraction;

/// <summary>The fixed words of a directive's header, recognized through OCR damage.</summary>
internal static class HeaderWords
{
    private static readonly string[] MottoWords =
        ["ສາທາລະນະລັດ", "ປະຊາທິປະໄຕ", "ປະຊາຊົນລາວ", "ສັນຕິພາບ", "ເອກະລາດ", "ເອກະພາບ", "ວັດທະນະຖາວອນ", "ພັກປະຊາຊົນປະຕິວັດລາວ"];

    /// <summary>
    /// A line of the national motto (or the party's name that heads party documents), even damaged
    /// (`ສົນຕິພາບ ເອກະລາດ ປະຊາທິປະໃຕ …`): two of its words, or a line that is one of them.
    /// </summary>
    public static bool IsMotto(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int matched = words.Count(w => MottoWords.Any(m => Near(m, w, 0.25)));
        return matched >= 2 || (words.Length == 1 && matched == 1);
    }

    /// <summary>
    /// What OCR glued onto the end of a motto line: the text after its last word, ວັດທະນະຖາວອນ, when the line finder
    /// merged the block below into it (`… ເອກະພາບ ວັດທະນະຖາວອນກະຊວງສຶກສາທິການ ແລະ ກິລາ` on a dusty study page); "" when
    /// the line ends with the motto.
    /// </summary>
    public static string AfterMotto(string line)
    {
        foreach (Match word in Regex.Matches(line, @"\S+"))
            if (StartsWith(word.Value, MottoEnd, 0.25, out int covered) && covered < word.Length)
                return line[(word.Index + covered)..].Trim() is var tail && LaoScript.ContainsLao(tail) ? tail : "";
        return "";
    }

    private const string MottoEnd = "ວັດທະນະຖາວອນ";

    /// <summary>
    /// The number line of a header: it starts with ເລກທີ (ເລກທີ່, ເລກທີ:, ເລກ ທີ …), or with ເລກທີ damaged past
    /// recognition on its own (`ເລກ 045/ກປ`, `ເລກທ 045/ກປ`) right before a reference number.
    /// </summary>
    public static bool IsNumberLine(string line)
    {
        // Bullets and the specks a stamp or a fold leaves before it (`;, ເລກທີ 381/ຄມ`, `A ເລກທີ …`) are not part of the line.
        string text = line[LeadingMarks(line)..];
        return StartsWith(text, "ເລກທີ", 0.3) || DamagedNumberLabel.Match(text) is { Success: true, Index: 0 };
    }

    // ເລກ with its ທີ lost or misread (ທ/ຫ, ີ/ິ, a stray tone), followed by digits and a slash: never a sentence's ໝາຍເລກ,
    // since it must start the line or a column.
    private static readonly Regex DamagedNumberLabel =
        new(@"[ເແ]ລກ\s?(?:[ທຫ][ີິ]?[່້]?)?\s*[.:]?\s*(?=\d{1,5}\s*/)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// Where a header's `ເລກທີ` stands in a line: 0 when the line starts with it, further in when the issuer stands
    /// beside it (`ບໍລິສັດ … ຈຳກັດ      ເລກທີ 0049`); -1 when the line is no number line (a citation, a title).
    /// </summary>
    public static int NumberAt(string line)
    {
        if (IsNumberLine(line)) return 0;
        int at = line.IndexOf("ເລກທີ", StringComparison.Ordinal);
        if (at < 0 && DamagedNumberLabel.Match(line) is { Success: true } damaged) at = damaged.Index;
        // Side by side means a column's gap (a tab or several spaces), not a sentence that mentions a number.
        if (at < 3 || !(line[at - 1] == '\t' || (char.IsWhiteSpace(line[at - 1]) && char.IsWhiteSpace(line[at - 2])))
            || IsCitationLine(line) || line.Contains("ສະບັບ", StringComparison.Ordinal)) return -1;
        return DocumentTypes.MatchAtStart(line) is null ? at : -1;
    }

    // Bullets, punctuation and up to a few Latin letters (a stamp's edge read as `A`, `((`) before the first Lao letter.
    private const int MaxStrayLetters = 3;

    private static int LeadingMarks(string line)
    {
        int i = 0, letters = 0;
        while (i < line.Length && !char.IsDigit(line[i]) && !StartsLaoWord(line[i]) && (!char.IsLetter(line[i]) || ++letters <= MaxStrayLetters)) i++;
        return i < line.Length && StartsLaoWord(line[i]) ? i : 0;
    }

    private static bool StartsLaoWord(char c) => LaoScript.IsConsonant(c) || LaoScript.IsLeadingVowel(c);

    private static readonly string[] ContactWords = ["ໂທລະສັບ", "ໂທ:", "ໂທ.", "ໂທ ", "ແຟັກ", "ອີເມວ", "ທີ່ຢູ່", "ທີ່ຕັ້ງ", "ຕູ້ ປ.ນ", "Tel", "Fax", "E-mail", "Email", "www."];

    /// <summary>A line of a letterhead that gives an address, a phone or an email, not the issuer's name.</summary>
    public static bool IsContactLine(string line) =>
        line.Contains('@') || ContactWords.Any(w => line.StartsWith(w, StringComparison.OrdinalIgnoreCase) || line.Contains(" " + w, StringComparison.OrdinalIgnoreCase));

    /// <summary>A line that cites: it starts with ອີງຕາມ (the `- ອີງຕາມ …` lines of a preamble).</summary>
    public static bool IsCitationLine(string line) => line.Contains("ອີງຕາມ", StringComparison.Ordinal) || StartsWith(line.TrimStart('-', ' ', '•'), "ອີງຕາມ", 0.25);

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="word"/> up to a relative distance; how many characters it covers.</summary>
    public static bool StartsWith(string text, string word, double maxRelative, out int length)
    {
        var (distance, covered) = ConfusableDistance.AgainstPrefix(word, text);
        length = covered;
        return covered > 0 && ConfusableDistance.Relative(distance, word) <= maxRelative;
    }

    public static bool StartsWith(string text, string word, double maxRelative) => StartsWith(text, word, maxRelative, out _);

    public static bool Near(string word, string text, double maxRelative) =>
        ConfusableDistance.Relative(ConfusableDistance.Between(word, text), word) <= maxRelative;
}
