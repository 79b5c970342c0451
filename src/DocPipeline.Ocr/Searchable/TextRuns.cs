namespace DocPipeline.Ocr.Searchable;

/// <summary>
/// A piece of the corrected page text to write in one go: no whitespace inside, one OCR line,
/// placed over the union of the boxes of the OCR words it came from (image pixels).
/// <c>SpaceAfter</c>: the corrected text has a space after it and the next run is on the same line.
/// </summary>
public sealed record TextRun(string Text, int Line, int Left, int Top, int Right, int Bottom, bool SpaceAfter);

/// <summary>
/// Puts the corrected text (the project's spellings, Lao digits, joined words) over the OCR
/// words: each corrected character goes to the OCR word its aligned raw character belongs to
/// (an inserted one to its neighbour's), so every character of the corrected text is placed
/// once, in order, and words the text chain removed (script noise) get nothing.
/// </summary>
public static class TextRuns
{
    public static IReadOnlyList<TextRun> Place(string corrected, IReadOnlyList<LayoutWord> words)
    {
        if (words.Count == 0 || corrected.Length == 0) return [];
        var (raw, owner) = RawText(words);
        int[] match = TextAlignment.Match(raw, corrected);
        int[] wordOf = new int[corrected.Length];
        int last = -1;
        for (int j = 0; j < corrected.Length; j++)
        {
            int w = match[j] >= 0 ? owner[match[j]] : -1;
            if (w < 0) w = last;
            wordOf[j] = w;
            if (w >= 0) last = w;
        }
        int first = wordOf.FirstOrDefault(w => w >= 0, 0);
        for (int j = 0; j < corrected.Length && wordOf[j] < 0; j++) wordOf[j] = first;
        return Runs(corrected, wordOf, words);
    }

    /// <summary>The OCR words as one text (spaces within a line, newlines between), and which word each character belongs to (-1: a separator).</summary>
    private static (string Raw, int[] Owner) RawText(IReadOnlyList<LayoutWord> words)
    {
        var sb = new System.Text.StringBuilder();
        var owner = new List<int>();
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0) { sb.Append(words[i].Line == words[i - 1].Line ? ' ' : '\n'); owner.Add(-1); }
            sb.Append(words[i].Text);
            for (int c = 0; c < words[i].Text.Length; c++) owner.Add(i);
        }
        return (sb.ToString(), owner.ToArray());
    }

    private static List<TextRun> Runs(string text, int[] wordOf, IReadOnlyList<LayoutWord> words)
    {
        var pieces = new List<(int Start, int End, int Line)>();
        int start = -1;
        for (int j = 0; j <= text.Length; j++)
        {
            bool boundary = j == text.Length || char.IsWhiteSpace(text[j]);
            if (start >= 0 && (boundary || words[wordOf[j]].Line != words[wordOf[start]].Line))
            {
                pieces.Add((start, j, words[wordOf[start]].Line));
                start = -1;
            }
            if (!boundary && start < 0) start = j;
        }
        var runs = new List<TextRun>(pieces.Count);
        for (int p = 0; p < pieces.Count; p++)
        {
            var (s, e, line) = pieces[p];
            var own = wordOf[s..e].Distinct().Select(w => words[w]).ToList();
            bool spaceAfter = p + 1 < pieces.Count && pieces[p + 1].Line == line && pieces[p + 1].Start > e;
            runs.Add(new TextRun(text[s..e], line, own.Min(w => w.Left), own.Min(w => w.Top), own.Max(w => w.Right), own.Max(w => w.Bottom), spaceAfter));
        }
        return runs;
    }
}
