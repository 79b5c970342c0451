namespace DocPipeline.Archive;

/// <summary>
/// The passage shown under a hit: natural text (no spaces inserted between Lao words), the
/// matched words marked with « ».
/// </summary>
public static class Snippets
{
    public const char Open = '«';
    public const char Close = '»';
    private const int Radius = 70;

    public static string Around(string text, IReadOnlyList<string> words)
    {
        int at = -1, length = 0;
        foreach (var w in words)
        {
            int i = text.IndexOf(w, StringComparison.Ordinal);
            if (i >= 0 && (at < 0 || i < at)) { at = i; length = w.Length; }
        }
        string window = Window(text, Math.Max(at, 0), at < 0 ? 0 : length);
        foreach (var w in words.Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length))
            window = window.Replace(w, $"{Open}{w}{Close}", StringComparison.Ordinal);
        return window.Replace($"{Open}{Open}", $"{Open}").Replace($"{Close}{Close}", $"{Close}");
    }

    public static string Window(string text, int at, int length)
    {
        int start = Math.Max(0, at - Radius);
        int end = Math.Min(text.Length, at + length + Radius);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && at - start < Radius + 20) start--;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - at < Radius + 20 + length) end++;
        string window = text[start..end].Replace('\n', ' ');
        return (start > 0 ? "…" : "") + window.Trim() + (end < text.Length ? "…" : "");
    }
}
