using System.Text;
using DocPipeline.Lao.Text;

namespace DocPipeline.Archive;

/// <summary>
/// The passage shown under a hit: natural text (no spaces inserted between Lao words), the
/// matched words marked with « ». Words are found under the folded key, so the damaged spelling
/// an OCR page holds (ຜະແນກ for ພະແນກ, ຫັງສື for ໜັງສື) is marked as it is written.
/// </summary>
public static class Snippets
{
    public const char Open = '«';
    public const char Close = '»';
    private const int Radius = 70;

    /// <summary>A window around the first matched word, every matched word in it marked.</summary>
    public static string Around(string text, IEnumerable<string> words)
    {
        var spans = Find(text, words);
        return spans.Count == 0 ? Window(text, 0, 0, []) : Window(text, spans[0].Start, spans[0].Length, spans);
    }

    /// <summary>A window around one known span (a reference number), marked.</summary>
    public static string Marked(string text, int at, int length) => Window(text, at, length, [(at, length)]);

    /// <summary>Where the words occur in the text, compared under the folded key and ignoring spaces; in order, not overlapping.</summary>
    public static List<(int Start, int Length)> Find(string text, IEnumerable<string> words)
    {
        var folded = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        var foldOf = new Dictionary<char, string>(); // a page has few distinct letters: each folded once, not once per letter written
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            if (!foldOf.TryGetValue(text[i], out var f)) foldOf[text[i]] = f = SearchKeys.Folded(text[i].ToString());
            foreach (char c in f) { folded.Append(c); origin.Add(i); }
        }
        string haystack = folded.ToString();
        var spans = new List<(int Start, int Length)>();
        foreach (string word in words.Select(SearchAnalyzer.FoldedRun).Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length))
        {
            for (int at = haystack.IndexOf(word, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                int start = origin[at], end = origin[at + word.Length - 1] + 1;
                while (end < text.Length && LaoScript.IsCombiningMark(text[end])) end++; // a tone mark the key left out
                if (!spans.Any(s => start < s.Start + s.Length && s.Start < end)) spans.Add((start, end - start));
            }
        }
        spans.Sort();
        return spans;
    }

    private static string Window(string text, int at, int length, IReadOnlyList<(int Start, int Length)> marks)
    {
        int start = Math.Max(0, at - Radius);
        int end = Math.Min(text.Length, at + length + Radius);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && at - start < Radius + 20) start--;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - at < Radius + 20 + length) end++;
        marks = marks.Where(m => m.Start >= start && m.Start + m.Length <= end).ToList();
        var sb = new StringBuilder(end - start + 16);
        for (int i = start; i < end; i++)
        {
            foreach (var m in marks) if (m.Start == i) sb.Append(Open);
            if (!char.IsWhiteSpace(text[i])) sb.Append(text[i]);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); // line breaks and runs of spaces read as one space
            foreach (var m in marks) if (m.Start + m.Length - 1 == i) sb.Append(Close);
        }
        string window = sb.ToString().Trim();
        return (start > 0 ? "…" : "") + window + (end < text.Length ? "…" : "");
    }
}
