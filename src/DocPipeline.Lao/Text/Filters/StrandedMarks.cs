using System.Text;

namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// A combining mark (vowel above or below, tone mark, ໌, ຼ) belongs to the consonant before it.
/// One stranded at the start of a word, after a space, a zero-width space, punctuation, a digit or
/// a leading vowel has no consonant to sit on: OCR debris or a typing slip, dropped. A tone mark
/// typed after ຳ is kept: <see cref="LaoSpelling"/> moves it before the ຳ.
/// Spaces that OCR put between a consonant and its mark are removed earlier
/// (<see cref="SpacesInsideWords"/>), so those marks are not lost here.
/// </summary>
public sealed class StrandedMarks : ITextFilter
{
    public string Apply(string text)
    {
        if (FirstStranded(text) is not int first) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        char carrier = first > 0 ? Carrier(text, first) : '\0';
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (LaoScript.IsCombiningMark(c))
            {
                if (Carries(carrier, c)) sb.Append(c);
                continue;
            }
            carrier = c;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Whether a mark may follow the last non-mark character before it.</summary>
    private static bool Carries(char carrier, char mark) =>
        LaoScript.IsConsonant(carrier) || (carrier == LaoScript.SaraAm && LaoScript.IsToneMark(mark));

    private static char Carrier(string text, int index)
    {
        for (int i = index - 1; i >= 0; i--) if (!LaoScript.IsCombiningMark(text[i])) return text[i];
        return '\0';
    }

    private static int? FirstStranded(string text)
    {
        char carrier = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!LaoScript.IsCombiningMark(c)) carrier = c;
            else if (!Carries(carrier, c)) return i;
        }
        return null;
    }
}
