using System.Globalization;
using System.Text;

namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// Digits of a script foreign to a Lao document (Myanmar, Khmer, Thai, Arabic-Indic,
/// fullwidth…) are OCR noise: they become ASCII digits. Lao digits stay as written.
/// </summary>
public sealed class ForeignDigits : ITextFilter
{
    public string Apply(string text)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            // Decimal digits other than ASCII start at U+0660; the Lao block holds only Lao digits.
            bool foreign = c >= '\u0660' && !LaoScript.IsLao(c) && CharUnicodeInfo.GetDecimalDigitValue(c) >= 0;
            if (foreign)
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                sb.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)));
            }
            else sb?.Append(c);
        }
        return sb?.ToString() ?? text;
    }
}
