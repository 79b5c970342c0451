namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// Joiners (ZWJ, ZWNJ, word joiner), the BOM and the soft hyphen are removed: they stand
/// inside words and carry nothing for Lao. The zero-width space is not one of them: it marks a
/// word boundary and is handled by <see cref="ZeroWidthSpaces"/> once the rules that need
/// word boundaries have run.
/// </summary>
public sealed class InvisibleCharacters : ITextFilter
{
    private const string Invisible = "\u200C\u200D\u2060\uFEFF\u00AD";

    public string Apply(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0) return text;
        return string.Concat(text.Where(c => !IsInvisible(c)));
    }

    public static bool IsInvisible(char c) => Invisible.Contains(c);
}
