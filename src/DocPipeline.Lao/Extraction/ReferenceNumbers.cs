using System.Text.RegularExpressions;
using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// Recognizes reference numbers (`042/ຄປ.ວຈ`, `219/ຄອຮ ຂວ`, `330/ປທສ.`, `136/PM`, `05-QĐ/TW`, `2024/VN-081`) in any
/// digits, also broken across a line, numbers without an issuer code right after `ເລກທີ` (`ເລກທີ 0026`, as companies
/// number their letters), codes whose first letter OCR read as a look-alike digit (`067/໙ສ`), and their lookup keys. Scores (`92,5/100`), prices per unit (`25.000 ກີບ/ຄົນ`),
/// numeric dates, paths and URLs are not references.
/// </summary>
public static class ReferenceNumbers
{
    private const string LaoWordChars = @"\u0E81-\u0EAE\u0EB0-\u0EBC\u0EC8-\u0ECD\u0EDC\u0EDD";
    private const string Consonant = @"[\u0E81-\u0EAE\u0EDC\u0EDD]";

    // The abbreviation: a Lao segment, more segments after dots (after a line break only a short consonant
    // group, so that `330/ປທສ.` does not take the next line), perhaps one short consonant group after a space
    // (`ຄອຮ ຂວ`); ອ is left out of that group so that `12/ພນ ຂອງ…` keeps ຂອງ outside.
    private const string LaoAbbreviation =
        Consonant + "[" + LaoWordChars + @"]*(?:\.[" + LaoWordChars + @"]+|\.\s" + Consonant + "{1,4}" + NotLetter + ")*"
        + @"(?:[ \u00A0][\u0E81-\u0EAE-[ອ]]{1,3}" + NotLetter + @")?\.?";

    private const string NotLetter = "(?![" + LaoWordChars + "])";

    internal static readonly Regex Pattern = new(
        // OCR puts a space inside a number (`31 9/ສທ` for 319/ສທ): joined where ເລກທີ stands right before it. A slash
        // right after ທີ is a stamp's stroke or a speck read in the space (`ສະບັບເລກທີ/62/ສພຊ`, seen on study pages):
        // no number ends in ທີ, so the number after it is read as if the space were there.
        @"(?:(?<![\d/.,A-Za-z])|(?<=ທີ[່]?/))(?<num>(?<=ເລກ\s?ທີ[່]?\s*[.:]?\s*)\d{1,3} \d{1,3}(?=/)|\d{1,5}|\d{1,4}ຂ)\s*/\s*(?<letter>[679](?=" + Consonant + "))?(?<abbr>" + LaoAbbreviation + ")(?!/)"
        // Latin codes mix capitals and digits on either side of the slash, hyphenated (`NN-XX/YY`, `2024/VN-081`).
        + @"|(?<![\d/.,A-Za-z\-])(?<num>\d{1,5}(?:-[A-ZĐ]{1,5})?)/(?<abbr>[A-Z][A-Za-z]{1,9}(?:-[A-Z0-9]{1,6})*)(?![/\w])"
        + @"|(?<=ເລກ\s?ທີ[່]?\s*[.:]?\s*)(?<bare>\d{1,5})(?![\d/\-\u0E80-\u0EFF]|[.,]\d|\s*/|\s*[A-Za-z])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Words that end an abbreviation OCR glued to the text after it (`12/ພນລົງວັນທີ`).
    private static readonly string[] GluedWords = ["ລົງວັນ", "ລົງວັນທີ", "ວັນທີ", "ຂອງ", "ເລກທີ", "ແລະ", "ທີ່"];

    // Units of a price or a rate (`25.000 ກີບ/ຄົນ`, `500/ຄັ້ງ`), compared without tone marks.
    private static readonly string[] Units = ["ຄົນ", "ກີບ", "ກິບ", "ປີ", "ວັນ", "ຫົວ", "ໜວຍ", "ຫນວຍ", "ລິດ", "ໂຕນ", "ຄັງ", "ຕົວ", "ໜາ", "ຫອງ", "ຄູ", "ຖົງ", "ກິໂລ", "ຊົວໂມງ", "ຄືນ", "ລຳ", "ຄັນ"];

    /// <summary>Reference numbers in text (any digits), as written (ASCII digits) with their keys.</summary>
    public static IEnumerable<(string Written, string Key, int Index, int Length)> Find(string text)
    {
        string ascii = Digits.ToAscii(text);
        foreach (Match m in Pattern.Matches(ascii))
        {
            if (m.Groups["bare"].Success)
            {
                yield return (m.Value, KeyOf(m.Value), m.Index, m.Length);
                continue;
            }
            var group = m.Groups["abbr"];
            int kept = KeptLength(group.Value);
            string abbr = WithoutStrayMarkAtEnd(Regex.Replace(group.Value[..kept], @"\.\s+", ".").Replace('\u00A0', ' ').TrimEnd('.', ' '));
            if (abbr.Length == 0 || IsUnitOrPrice(abbr, ascii[..m.Index])) continue;
            // A `2` printed in the scan is sometimes read as ຂ (`04ຂ/ຄປ.ວຈ`, seen here), and the code's first letter as
            // the digit it looks like (`067/໙ສ` for 067/ພສ, seen here; ໖ ພ and ໗ ກ are LAO-NOTES look-alikes).
            string letter = m.Groups["letter"].Success ? CodeLetterFor(m.Groups["letter"].Value[0]).ToString() : "";
            string written = m.Groups["num"].Value.Replace('ຂ', '2').Replace(" ", "") + "/" + letter + abbr;
            yield return (written, KeyOf(written), m.Index, group.Index + kept - m.Index);
        }
    }

    /// <summary>
    /// A code of consonants alone (`ຈປ.ຫກ`, `ສພຊ`, `ທຫຼ`) with marks on its last letter that are specks of dust or noise
    /// read as marks: tone marks or ໌ (`209/ຈປ.ຫກ໌`, `758/ຈສ.ຂສ໌` on dusty study pages), or two vowel signs or more
    /// (`3527/ສກູຶ`), which no Lao letter carries. Initials carry no marks; one vowel sign may be the code's own, and a
    /// code written with a vowel letter (`ສາມຊ`) is a word-like code: both are left as read.
    /// </summary>
    internal static string WithoutStrayMarkAtEnd(string abbr)
    {
        int end = abbr.Length;
        while (end > 0 && (abbr[end - 1] is >= '\u0EC8' and <= '\u0ECC' || LaoScript.IsAboveOrBelowVowel(abbr[end - 1]))) end--;
        if (end == abbr.Length || end == 0) return abbr;
        if (abbr[end..].Count(LaoScript.IsAboveOrBelowVowel) == 1) return abbr;
        string code = abbr[..end];
        // ຼ (subscript lo) belongs to its consonant (ຫຼ).
        return code.All(c => c is '.' or ' ' or '\u0EBC' || (c is >= '\u0E81' and <= '\u0EAE') || c is '\u0EDC' or '\u0EDD') ? code : abbr;
    }

    // The letter a digit stands for at the start of an issuer code, where no digit belongs.
    private static char CodeLetterFor(char digit) => digit == '7' ? 'ກ' : 'ພ';

    /// <summary>
    /// Digits as ASCII, leading zeros, dots and spaces removed: `042/ຄປ.ວຈ` and `໐໔໒/ຄປວຈ` share a key, as do
    /// `0026` and `26`.
    /// </summary>
    public static string KeyOf(string number)
    {
        string ascii = Digits.ToAscii(number);
        string key = new(ascii.Where(c => c != '.' && !char.IsWhiteSpace(c)).ToArray());
        int slash = key.IndexOf('/');
        if (slash > 0) key = key[..slash].TrimStart('0').PadLeft(1, '0') + key[slash..];
        else if (slash < 0 && key.Length > 0 && key.All(char.IsAsciiDigit)) key = key.TrimStart('0').PadLeft(1, '0');
        return key.ToUpperInvariant();
    }

    // How much of a matched abbreviation is the code: OCR glues the next word to it (`12/ພນລົງວັນທີ`).
    private static int KeptLength(string matched)
    {
        int kept = matched.Length;
        foreach (string word in GluedWords)
        {
            int at = matched.IndexOf(word, 1, StringComparison.Ordinal);
            if (at > 0 && at < kept) kept = at;
        }
        return kept;
    }

    private static bool IsUnitOrPrice(string abbr, string before)
    {
        if (!LaoScript.ContainsLao(abbr)) return false;
        string toneless = SearchKeys.WithoutTones(abbr);
        if (Units.Contains(toneless)) return true;
        // Issuer codes are consonant clusters; two vowel signs make a word, not a code.
        if (abbr.Count(c => LaoScript.IsAboveOrBelowVowel(c) || c is 'ະ' or 'າ' or 'ຳ') >= 2) return true;
        string context = before.Length > 24 ? before[^24..] : before;
        if (context.Contains("ເລກທີ")) return false;
        return context.Contains("ລາຄາ") || context.Contains("ກີບ") || context.Contains("ໂດລາ") || context.Contains("ບາດ");
    }
}
