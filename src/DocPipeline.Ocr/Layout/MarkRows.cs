using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Layout;

/// <summary>
/// A row of vowel and tone marks that Tesseract split off the line they belong to: on a straightened, blurred, noisy
/// page it finds the marks above a line as a text line of their own, a third of the line's height, overlapping it or
/// just above it, and reads them as `4 Rr Rr y R ຮ Ay ໘` (a study page: five such rows, CER 0.127, 0.034 with them
/// dropped, 0.005 read unturned). The marks are lost to their line either way; read as a line they add Latin letters and Lao digits
/// that are not on the page. A row is one only when all of it holds: its words' median height under
/// <see cref="HeightShare"/> of the page's lines', a line of full height beside it (overlapping, or within half that line's
/// height above or below it, across the same columns), and a confidence <see cref="ConfidenceGap"/> under the page's:
/// a line of small print is read as surely as the rest.
/// </summary>
public static class MarkRows
{
    public const double HeightShare = 0.55;
    public const float ConfidenceGap = 20;

    /// <summary>The indexes of the page's lines that are marks split from a line beside them.</summary>
    public static IReadOnlySet<int> Find(OcrResult page)
    {
        var lines = page.Lines;
        var found = new HashSet<int>();
        if (!lines.Any(l => l.Words.Count > 0)) return found;
        // The page's height of a line: the median of its lines' (a row of marks holds many short "words", so the
        // median of all words would be theirs).
        int LineHeight(OcrLine line) => Median.Of(line.Words.Select(w => w.Box.Height));
        int pageHeight = Median.Of(lines.Where(l => l.Words.Count > 0).Select(LineHeight));
        bool Full(OcrLine line) => line.Words.Count > 0 && LineHeight(line) >= pageHeight * HeightShare;
        var full = lines.Where(Full).Select(Extent).ToList();
        for (int i = 0; i < lines.Count; i++)
        {
            var row = lines[i];
            if (row.Words.Count == 0 || Full(row) || row.Words.Average(w => w.Confidence) >= page.MeanConfidence - ConfidenceGap) continue;
            var box = Extent(row);
            if (full.Any(line => Beside(box, line))) found.Add(i);
        }
        return found;
    }

    /// <summary>The row overlaps the line, or stands within half the line's height above or below it, across its columns.</summary>
    private static bool Beside(PixelBox row, PixelBox line)
    {
        if (row.Right <= line.Left || line.Right <= row.Left) return false;
        int reach = line.Height / 2;
        return row.Bottom >= line.Top - reach && row.Top <= line.Bottom + reach;
    }

    private static PixelBox Extent(OcrLine line) => new(
        line.Words.Min(w => w.Box.Left), line.Words.Min(w => w.Box.Top), line.Words.Max(w => w.Box.Right), line.Words.Max(w => w.Box.Bottom));
}
