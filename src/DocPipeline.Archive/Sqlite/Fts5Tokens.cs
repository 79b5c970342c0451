using System.Globalization;
using System.Text;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// page_index's tokenizer rule seen from C#: `unicode61` with the categories L*, N*, Co, Mn and Mc
/// as token characters (see <see cref="Schema"/>), everything else a separator. The word pairs and
/// the spelling checks are built with it so that they cut text where FTS5 does.
/// </summary>
internal static class Fts5Tokens
{
    internal static bool IsTokenCharacter(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.PrivateUse or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The tokens of a text, in order.</summary>
    internal static List<string> Of(string text)
    {
        var tokens = new List<string>();
        var token = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsTokenCharacter(rune)) token.Append(rune.ToString());
            else if (token.Length > 0) { tokens.Add(token.ToString()); token.Clear(); }
        }
        if (token.Length > 0) tokens.Add(token.ToString());
        return tokens;
    }

    /// <summary>The text's token characters run together: where a page spells a run of words, spaces and punctuation aside.</summary>
    internal static string Run(string text)
    {
        var run = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            if (IsTokenCharacter(rune)) run.Append(rune.ToString());
        return run.ToString();
    }
}
