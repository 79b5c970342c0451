using System.Globalization;
using System.Text;

namespace DocPipeline.Lao.Text;

/// <summary>Decimal digits of every script read as their values.</summary>
public static class Digits
{
    /// <summary>The value 0–9 of a decimal digit of any script (Lao, Thai, Myanmar, Khmer, Arabic-Indic, fullwidth…), else -1.</summary>
    public static int ValueOf(char c) => c is >= '0' and <= '9' ? c - '0' : CharUnicodeInfo.GetDecimalDigitValue(c);

    public static bool IsDigit(char c) => ValueOf(c) >= 0;

    /// <summary>Every decimal digit as ASCII; other characters unchanged.</summary>
    public static string ToAscii(string text)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= '0' and <= '9') { sb?.Append(c); continue; }
            int v = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (v >= 0)
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                sb.Append((char)('0' + v));
            }
            else sb?.Append(c);
        }
        return sb?.ToString() ?? text;
    }
}
