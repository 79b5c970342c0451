using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Layout;

/// <summary>
/// Lines that are not language, dropped before the page's text is kept: a line of at least
/// <see cref="MinimumLetters"/> Lao letters of which less than <see cref="KnownBelow"/> lies in lexicon words, read
/// with a confidence far (<see cref="ConfidenceGap"/>) below the page's mean. Both must hold: names and codes are not
/// in the lexicon but are read as surely as the rest of the page; a grid, a leader or a watermark read as letters is
/// neither language nor sure. Rows of marks split off their line (<see cref="MarkRows"/>) are dropped too. What is
/// dropped is returned, for the noise report.
/// </summary>
public sealed class GarbageLines(Func<string, double?> knownShare)
{
    public const int MinimumLetters = 8;
    public const double KnownBelow = 0.3;
    public const float ConfidenceGap = 25;

    public (OcrResult Kept, IReadOnlyList<DroppedLine> Dropped) Remove(OcrResult page)
    {
        var kept = new List<OcrLine>(page.Lines.Count);
        var dropped = new List<DroppedLine>();
        var marks = MarkRows.Find(page);
        for (int i = 0; i < page.Lines.Count; i++)
        {
            var line = page.Lines[i];
            string text = string.Join(' ', line.Words.Select(w => w.Text));
            if (marks.Contains(i) || IsGarbage(text, line.Words.Average(w => w.Confidence), page.MeanConfidence))
                dropped.Add(new DroppedLine(i + 1, text, text.Count(c => !char.IsWhiteSpace(c))));
            else kept.Add(line);
        }
        return dropped.Count == 0 ? (page, dropped) : (new OcrResult(kept, page.MeanConfidence), dropped);
    }

    private bool IsGarbage(string text, float confidence, int pageConfidence) =>
        text.Count(c => c is >= '\u0E81' and <= '\u0EAE' or '\u0EDC' or '\u0EDD') >= MinimumLetters &&
        knownShare(text) is < KnownBelow &&
        confidence < pageConfidence - ConfidenceGap;
}

/// <summary>A line left out of the page's text: its place (1-based, in the page as read), its text and its characters without spaces.</summary>
public sealed record DroppedLine(int Line, string Text, int Characters);
