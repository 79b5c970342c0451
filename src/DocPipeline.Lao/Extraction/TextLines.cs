namespace DocPipeline.Lao.Extraction;

/// <summary>A non-empty line of a text and where it starts in that text.</summary>
internal sealed record TextLine(int Start, string Text)
{
    public int End => Start + Text.Length;

    public bool Holds(int position) => position >= Start && position < End;

    /// <summary>The non-empty lines of a text, trimmed at the end; OCR puts blank lines between most lines.</summary>
    public static IReadOnlyList<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        int start = 0;
        foreach (string line in text.Split('\n'))
        {
            string trimmed = line.TrimEnd();
            if (trimmed.Trim().Length > 0) lines.Add(new TextLine(start, trimmed));
            start += line.Length + 1;
        }
        return lines;
    }
}
