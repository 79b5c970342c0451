using System.Text;

namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// Vowel signs written on the line that OCR or a typist doubled: ເເ is ແ (old typewriter
/// habit, and how Tesseract reads ແ in Noto fonts), and a repeated ະ, າ, ຳ or ຽ is one.
/// Repeated combining marks are collapsed by <see cref="MarkOrder"/>.
/// </summary>
public sealed class DoubledVowels : ITextFilter
{
    public string Apply(string text)
    {
        if (!HasDouble(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (sb.Length > 0 && sb[^1] == c && IsDoublable(c))
            {
                if (c == LaoScript.SaraE) sb[^1] = LaoScript.SaraEi;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsDoublable(char c) => c == LaoScript.SaraE || LaoScript.IsFollowingVowel(c);

    private static bool HasDouble(string text)
    {
        for (int i = 1; i < text.Length; i++)
            if (text[i] == text[i - 1] && IsDoublable(text[i])) return true;
        return false;
    }
}
