using System.Text;

namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// Zero-width spaces leave the display text. Where one separated two Lao words it is simply
/// removed (Lao is written without spaces between words); where it separated two words of
/// another script (`PM​ASEAN`) it becomes a space, so that they do not run together. Runs after
/// the rules that treat it as a word boundary (<see cref="StrandedMarks"/>).
/// </summary>
public sealed class ZeroWidthSpaces : ITextFilter
{
    public const char Zwsp = '\u200B';

    public string Apply(string text)
    {
        int at = text.IndexOf(Zwsp);
        if (at < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, at);
        for (int i = at; i < text.Length; i++)
        {
            char c = text[i];
            if (c != Zwsp) { sb.Append(c); continue; }
            char before = sb.Length > 0 ? sb[^1] : ' ';
            int j = i + 1;
            while (j < text.Length && text[j] == Zwsp) j++;
            char after = j < text.Length ? text[j] : ' ';
            if (IsNonLaoWordCharacter(before) && IsNonLaoWordCharacter(after)) sb.Append(' ');
            i = j - 1;
        }
        return sb.ToString();
    }

    private static bool IsNonLaoWordCharacter(char c) => char.IsLetterOrDigit(c) && !LaoScript.IsLao(c);
}
