namespace DocPipeline.Lao.Text.Legacy;

/// <summary>
/// Which fonts are legacy 8-bit Lao fonts, and their coding convention, by font name as Word
/// keeps it on a run (`Saysettha Lao`) or a PDF embeds it (`ABCDEF+SaysetthaLao,Bold`). Unicode
/// Lao fonts (Saysettha OT, Phetsarath OT, DokChampa, Noto …) are not legacy: their text is
/// already Lao and is never decoded. Names not listed here are read as they are.
/// </summary>
public static class LegacyLaoFonts
{
    /// <summary>Font families by their name squeezed (lower case, letters and digits only), with their convention.</summary>
    private static readonly (string Family, LegacyLaoEncoding Encoding)[] Families =
    [
        ("saysetthalao", LsWinEncoding.Instance),     // laoscript.net: LSWin
        ("chanthaboulilao", LsWinEncoding.Instance),  // laoscript.net: LSWin
    ];

    /// <summary>The convention of a legacy Lao font, or null for any other font (or none).</summary>
    public static LegacyLaoEncoding? ForFont(string? fontName)
    {
        if (string.IsNullOrWhiteSpace(fontName)) return null;
        string name = Squeeze(WithoutSubsetTag(fontName));
        foreach (var (family, encoding) in Families)
            if (name.StartsWith(family, StringComparison.Ordinal)) return encoding;
        return null;
    }

    /// <summary>A PDF subset font is named `ABCDEF+Name`: six capitals and a plus.</summary>
    private static string WithoutSubsetTag(string name) =>
        name.Length > 7 && name[6] == '+' && name[..6].All(char.IsAsciiLetterUpper) ? name[7..] : name;

    private static string Squeeze(string name) =>
        string.Concat(name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant));
}
