using System.Text.RegularExpressions;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// Ties each cited number to what surrounds it: the type named in its clause (`ອີງຕາມ ດຳລັດ … ເລກທີ`),
/// the issuer phrase before or after it (`ຄຳແນະນຳ ຂອງກະຊວງພາຍໃນ ເລກທີ …`, `… 12/ພນ ຂອງກະຊວງພາຍໃນ`), and the
/// date that follows it (`, ລົງວັນທີ 15 ມັງກອນ 2019`), also across a line break or through OCR damage.
/// </summary>
internal static class CitationReader
{
    private const int MaxClause = 200;
    private const int MaxAfter = 160;
    private static readonly string[] DateIntroducers = ["ລົງວັນທີ", "ວັນທີ", "ລົງວັນ", "ລົງ"];

    private static readonly Regex IssuerAfter = new(
        @"^[\s,]*ຂອງ\s*(?<issuer>[^,;\n]+?)\s*(?=[,;\n]|ລົງ\s*ວັນ|ວັນ\s*ທີ|ວ່າດ້ວຍ|ກ່ຽວກັບ|ສະບັບ|ເລກທີ|\d|$)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // What the cited text is about (`… ຂອງກະຊວງພາຍໃນ ວ່າດ້ວຍແຮ່ທາດ ເລກທີ`) follows the issuer, it is not part of it.
    private static readonly Regex IssuerBefore = new(
        @"(?<type>\S+)\s+ຂອງ\s*(?<issuer>[^,;\n]+?)\s*(?:(?:ວ່າດ້ວຍ|ກ່ຽວກັບ)[^,;\n]*?)?\s*,?\s*(?:ສະບັບ\s*)?(?:ເລກທີ[\s.:]*)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static IReadOnlyList<CitedNumber> Read(string text, IReadOnlyList<FoundNumber> numbers, IReadOnlyList<FoundDate> dates, TypeVocabulary types)
    {
        var cited = new List<CitedNumber>();
        for (int k = 0; k < numbers.Count; k++)
        {
            var n = numbers[k];
            int previousEnd = k > 0 ? numbers[k - 1].Index + numbers[k - 1].Length : 0;
            int nextStart = k + 1 < numbers.Count ? numbers[k + 1].Index : text.Length;
            var (clause, isCitation) = Clause(text, previousEnd, n.Index);
            string after = text[(n.Index + n.Length)..Math.Min(nextStart, n.Index + n.Length + MaxAfter)];

            string? issuer = null;
            int issuerLength = 0;
            if (IssuerAfter.Match(after) is { Success: true } a)
            {
                issuer = a.Groups["issuer"].Value.Trim();
                issuerLength = a.Length;
            }
            else if (IssuerBefore.Match(clause) is { Success: true } b && types.StartOf(b.Groups["type"].Value) is not null)
                issuer = b.Groups["issuer"].Value.Trim();

            var date = DateAfter(text, n.Index + n.Length + issuerLength, nextStart, dates);
            cited.Add(new CitedNumber(n, types.InClause(clause, isCitation), issuer, date));
        }
        return cited;
    }

    // The clause a number belongs to: back to the previous number, a `ອີງຕາມ` or a bulleted line. Blank
    // lines are no boundary: OCR puts them inside wrapped citations.
    private static (string Clause, bool IsCitation) Clause(string text, int previousEnd, int at)
    {
        int start = Math.Max(previousEnd, at - MaxClause);
        string window = text[start..at];
        int citing = window.LastIndexOf("ອີງຕາມ", StringComparison.Ordinal);
        int bullet = Math.Max(window.LastIndexOf("\n-", StringComparison.Ordinal), window.LastIndexOf("\n•", StringComparison.Ordinal));
        int cut = Math.Max(citing, bullet);
        if (cut < 0) return (window, window.TrimStart().StartsWith('-'));
        return (window[cut..], true);
    }

    private static FoundDate? DateAfter(string text, int from, int before, IReadOnlyList<FoundDate> dates)
    {
        var date = dates.FirstOrDefault(d => d.Position >= from && d.Position < before);
        return date is not null && date.Position - from <= MaxAfter && IsDateIntroducer(text[from..date.Position]) ? date : null;
    }

    // `, ລົງວັນທີ ` or nothing between a number and its date, in spite of OCR damage (`ຄໍໆງວັນທີ`).
    private static bool IsDateIntroducer(string gap)
    {
        string letters = new(gap.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray());
        if (letters.Length == 0) return true;
        if (letters.Length > 14) return false;
        return DateIntroducers.Any(w => HeaderWords.Near(w, letters, 0.4));
    }
}

/// <summary>A cited number with the type, issuer and date found around it.</summary>
internal sealed record CitedNumber(FoundNumber Number, string? Type, string? Issuer, FoundDate? Date);
