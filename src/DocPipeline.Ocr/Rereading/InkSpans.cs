using DocPipeline.Ocr.Digits;

namespace DocPipeline.Ocr.Rereading;

/// <summary>
/// Where a strip of a line holds ink: runs of columns with ink, merged across gaps narrower than a letter's space.
/// Specks (a column or two, a few pixels) are not ink worth reading.
/// </summary>
public static class InkSpans
{
    /// <summary>Runs of inked columns as [start, end) pixel offsets into the strip.</summary>
    public static IReadOnlyList<(int Start, int End)> Find(GrayImage strip, int mergeGap, int minimumWidth)
    {
        var ink = strip.Ink();
        var spans = new List<(int Start, int End)>();
        int start = -1, lastInk = -1;
        for (int x = 0; x < ink.Width; x++)
        {
            int count = 0;
            for (int y = 0; y < ink.Height; y++)
                if (ink.Pixels[y * ink.Width + x]) count++;
            // A column counts as ink when more than a thin speck of it is dark.
            if (count < Math.Max(2, ink.Height / 12)) continue;
            if (start < 0) start = x;
            else if (x - lastInk > mergeGap)
            {
                Close(start, lastInk + 1);
                start = x;
            }
            lastInk = x;
        }
        if (start >= 0) Close(start, lastInk + 1);
        return spans;

        void Close(int from, int to)
        {
            if (to - from >= minimumWidth) spans.Add((from, to));
        }
    }
}
