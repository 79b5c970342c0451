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
        for (int j = 0; j < corrected.Length; j++) wordOf[j] = match[j] >= 0 ? owner[match[j]] : -1;
        FillInserted(corrected, wordOf);
        return Runs(corrected, wordOf, words);
    }

    /// <summary>
    /// A character the text chain inserted or changed (a Lao digit for Tesseract's letters, ຳ for
    /// ໍ+າ) goes with its own word: the word of the matched character before it in the same
    /// whitespace-free stretch, else after it there, else the nearest word at all.
    /// </summary>
    private static void FillInserted(string text, int[] wordOf)
    {
        for (int start = 0; start < text.Length;)
        {
            int end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            int previous = -1;
            for (int j = start; j < end; j++)
                if (wordOf[j] >= 0) previous = wordOf[j];
                else if (previous >= 0) wordOf[j] = previous;
            int next = -1;
            for (int j = end - 1; j >= start; j--)
                if (wordOf[j] >= 0) next = wordOf[j];
                else if (next >= 0) wordOf[j] = next;
            start = end == start ? end + 1 : end;
        }
        int last = -1;
        for (int j = 0; j < text.Length; j++) { if (wordOf[j] >= 0) last = wordOf[j]; else wordOf[j] = last; }
        int first = wordOf.FirstOrDefault(w => w >= 0, 0);
        for (int j = 0; j < text.Length && wordOf[j] < 0; j++) wordOf[j] = first;
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
