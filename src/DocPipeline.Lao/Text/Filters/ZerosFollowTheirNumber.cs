namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// The Lao zero ໐ and the Arabic 0 are the same circle in Lao fonts, so OCR picks either; a number is written in one
/// script. A zero takes the script of the other digits of its number (a run of digits): `0໔໒` → `໐໔໒`, `2໐24` →
/// `2024`. A number of zeros only, or one whose other digits mix both scripts, is left as read.
/// </summary>
public sealed class ZerosFollowTheirNumber : ITextFilter
{
    public string Apply(string text)
    {
        char[]? chars = null;
        int i = 0;
        while (i < text.Length)
        {
            if (!IsDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && IsDigit(text[i])) i++;
            bool lao = false, arabic = false;
            for (int k = start; k < i; k++)
            {
                if (text[k] is '0' or '໐') continue;
                if (text[k] >= '໐') lao = true; else arabic = true;
            }
            if (lao == arabic) continue;
            char zero = lao ? '໐' : '0', other = lao ? '0' : '໐';
            for (int k = start; k < i; k++)
                if (text[k] == other)
                {
                    chars ??= text.ToCharArray();
                    chars[k] = zero;
                }
        }
        return chars is null ? text : new string(chars);
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '໐' and <= '໙';
}
