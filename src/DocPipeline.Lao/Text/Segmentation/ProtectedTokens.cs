using System.Text.RegularExpressions;

namespace DocPipeline.Lao.Text.Segmentation;

/// <summary>
/// Tokens the dictionary segmenter would cut into pieces but that mean something only whole:
/// reference numbers (`042/ຄປ.ວຈ`, `໐໔໒/ຄປ.ວຈ`, `136/PM`, `05-QĐ/TW`), numeric dates
/// (`26/12/2014`) and dotted Lao abbreviations (`ຄປ.ວຈ`, `ພ.ສ.`). Digits of any script.
/// </summary>
public static partial class ProtectedTokens
{
    private const string Consonant = @"[\u0E81-\u0EAE\u0EDC\u0EDD]";
    // An abbreviation is made of consonants; one that runs into the next word ends before the
    // consonant that carries a vowel sign (`042/ຄປ.ວຈລົງວັນທີ` → `042/ຄປ.ວຈ`).
    private const string Abbreviation = Consonant + @"{1,6}(?:\." + Consonant + @"{1,6})*(?![\u0EB0-\u0EBD\u0EC8-\u0ECD])";

    [GeneratedRegex(
        @"(?<![\p{Nd}/.,])\p{Nd}{1,2}[/.\-]\p{Nd}{1,2}[/.\-]\p{Nd}{4}(?![\p{Nd}/])" +                                         // a numeric date
        @"|(?<![\p{Nd}/.,])\p{Nd}{1,5}\s?/\s?" + Abbreviation +                                                              // 042/ຄປ.ວຈ
        @"|(?<![\p{Nd}/.,\w])\p{Nd}{1,5}(?:-[A-ZĐ]{1,5})?/[A-Z][A-Za-z]{1,9}\b" +                                              // 136/PM
        @"|(?<![\u0E80-\u0EFF.])" + Consonant + @"{1,5}(?:\." + Consonant + @"{1,5})+\.?(?![\u0E80-\u0EFF])",                   // ຄປ.ວຈ, ພ.ສ.
        RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    /// <summary>The token as indexed: as written, without spaces and without a trailing dot.</summary>
    public static string Canonical(string match) => match.Replace(" ", "").TrimEnd('.');
}
