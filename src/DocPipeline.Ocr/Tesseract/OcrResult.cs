using System.Text;

namespace DocPipeline.Ocr.Tesseract;

/// <summary>What Tesseract read on one page: the words line by line with their boxes, and the mean word confidence (0–100).</summary>
public sealed record OcrResult(IReadOnlyList<OcrLine> Lines, int MeanConfidence)
{
    /// <summary>Words joined by spaces, lines by newlines, a blank line before each paragraph (as Tesseract's own text).</summary>
    public string Text { get; } = Join(Lines);

    /// <summary>The same reading with every word's box mapped (put back on the page as scanned, after a turn or an enlargement).</summary>
    public OcrResult WithBoxes(Func<PixelBox, PixelBox> map) => this with
    {
        Lines = Lines.Select(l => l with { Words = l.Words.Select(w => w with { Box = map(w.Box) }).ToList() }).ToList(),
    };

    private static string Join(IReadOnlyList<OcrLine> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.StartsParagraph && sb.Length > 0) sb.Append('\n');
            sb.AppendJoin(' ', line.Words.Select(w => w.Text)).Append('\n');
        }
        return sb.ToString();
    }
}

/// <summary>A text line; paragraphs start with a line marked so.</summary>
public sealed record OcrLine(IReadOnlyList<OcrWord> Words, bool StartsParagraph);

/// <summary>A word as Tesseract read it, where it stands on the page image, and Tesseract's confidence (0–100).</summary>
public sealed record OcrWord(string Text, PixelBox Box, float Confidence);

/// <summary>A rectangle in page-image pixels; Right and Bottom are exclusive.</summary>
public readonly record struct PixelBox(int Left, int Top, int Right, int Bottom)
{
    public int Width => Right - Left;
    public int Height => Bottom - Top;
}
