using System.Text.RegularExpressions;
using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>Recognizes reference numbers (`042/ຄປ.ວຈ`, `136/PM`, `05-QĐ/TW`) and their lookup keys.</summary>
public static class ReferenceNumbers
{
    private const string LaoWordChars = @"\u0E81-\u0EAE\u0EB0-\u0EBC\u0EC8-\u0ECD\u0EDC\u0EDD";

    internal static readonly Regex Pattern = new(
        @"(?<![\d/.,])(?<num>\d{1,5})\s*/\s*(?<abbr>[\u0E81-\u0EAE\u0EDC\u0EDD][" + LaoWordChars + @"]*(?:\.\s?[" + LaoWordChars + @"]+)*\.?)"
        + @"|(?<![\d/.,\w])(?<num>\d{1,5}(?:-[A-ZĐ]{1,5})?)/(?<abbr>[A-Z][A-Za-z]{1,9})\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Reference numbers in text (any digits), as written (ASCII digits) with their keys.</summary>
    public static IEnumerable<(string Written, string Key, int Index, int Length)> Find(string text)
    {
        string ascii = Digits.ToAscii(text);
        foreach (Match m in Pattern.Matches(ascii))
        {
            string written = m.Groups["num"].Value + "/" + m.Groups["abbr"].Value.TrimEnd('.');
            yield return (written, KeyOf(written), m.Index, m.Length);
        }
    }

    /// <summary>Digits as ASCII, leading zeros, dots and spaces removed: `042/ຄປ.ວຈ` and `໐໔໒/ຄປວຈ` share a key.</summary>
    public static string KeyOf(string number)
    {
        string ascii = Digits.ToAscii(number);
        string key = new(ascii.Where(c => c != '.' && c != ' ' && c != '\u00A0').ToArray());
        int slash = key.IndexOf('/');
        if (slash > 0) key = key[..slash].TrimStart('0').PadLeft(1, '0') + key[slash..];
        return key.ToUpperInvariant();
    }
}
