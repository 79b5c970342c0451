namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// Zero-width space and joiners, BOM and soft hyphen are removed. A zero-width space that
/// stands between two words in the source is a word boundary; segmentation sees it before
/// this filter runs on display text (see <see cref="LaoTextEngine"/>).
/// </summary>
public sealed class InvisibleCharacters : ITextFilter
{
    public string Apply(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0) return text;
        return string.Create(text.Length - Count(text), text, static (span, src) =>
        {
            int j = 0;
            foreach (char c in src) if (!IsInvisible(c)) span[j++] = c;
        });
    }

    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    private const string Invisible = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";

    private static int Count(string text)
    {
        int n = 0;
        foreach (char c in text) if (IsInvisible(c)) n++;
        return n;
    }
}
