using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// The runs of ink at least so long across or down a 1-bit page, all else cleared: the same pixels as a morphological
/// opening with a line of that length (Leptonica's <c>pixOpenBrick</c> with a 1×n or n×1 brick), found by walking the
/// runs once. Leptonica's opening costs one pass over the page per pixel of the line, and rules are found with lines
/// half an inch long and more: on the tuning scans the two openings were half the time of finding rules.
/// </summary>
public static class LongRuns
{
    public enum Direction { Across, Down }

    public static PixHandle Keep(PixHandle ink, int length, Direction direction)
    {
        if (Leptonica.PixGetDepth(ink) != 1) throw new ArgumentException("Runs are found on a 1-bit image.", nameof(ink));
        var kept = Leptonica.PixCreateTemplate(ink);
        if (kept.IsInvalid) throw new InvalidOperationException("Leptonica could not make an image.");
        int width = ink.Width, height = ink.Height, wordsPerLine = Leptonica.PixGetWpl(ink);
        unsafe
        {
            var from = new ReadOnlySpan<uint>((void*)Leptonica.PixGetData(ink), wordsPerLine * height);
            var to = new Span<uint>((void*)Leptonica.PixGetData(kept), wordsPerLine * height);
            if (direction == Direction.Across) KeepAcross(from, to, width, height, wordsPerLine, Math.Max(1, length));
            else KeepDown(from, to, width, height, wordsPerLine, Math.Max(1, length));
        }
        return kept;
    }

    // Leptonica keeps 1-bit pixels in 32-bit words, the first pixel in the most significant bit.
    private static bool IsSet(ReadOnlySpan<uint> row, int x) => (row[x >> 5] & (0x80000000u >> (x & 31))) != 0;

    private static void Set(Span<uint> row, int x) => row[x >> 5] |= 0x80000000u >> (x & 31);

    private static void KeepAcross(ReadOnlySpan<uint> from, Span<uint> to, int width, int height, int wordsPerLine, int length)
    {
        for (int y = 0; y < height; y++)
        {
            var row = from.Slice(y * wordsPerLine, wordsPerLine);
            var kept = to.Slice(y * wordsPerLine, wordsPerLine);
            int start = -1;
            for (int x = 0; x < width; x++)
            {
                // Outside a run, a word with no ink is passed in one step.
                if (start < 0 && (x & 31) == 0 && row[x >> 5] == 0) { x += 31; continue; }
                if (IsSet(row, x)) { if (start < 0) start = x; continue; }
                if (start >= 0 && x - start >= length) for (int i = start; i < x; i++) Set(kept, i);
                start = -1;
            }
            if (start >= 0 && width - start >= length) for (int i = start; i < width; i++) Set(kept, i);
        }
    }

    private static void KeepDown(ReadOnlySpan<uint> from, Span<uint> to, int width, int height, int wordsPerLine, int length)
    {
        var run = new int[width]; // the length of the run of ink ending above the current row, per column
        void Close(Span<uint> to, int x, int end)
        {
            if (run[x] >= length) for (int y = end - run[x]; y < end; y++) Set(to.Slice(y * wordsPerLine, wordsPerLine), x);
            run[x] = 0;
        }
        var open = new uint[wordsPerLine]; // per word, the columns with a run going on
        for (int y = 0; y < height; y++)
        {
            var row = from.Slice(y * wordsPerLine, wordsPerLine);
            for (int w = 0; w < wordsPerLine; w++)
            {
                if (row[w] == 0 && open[w] == 0) continue;
                for (int x = w * 32, last = Math.Min(width, x + 32); x < last; x++)
                {
                    if (IsSet(row, x)) run[x]++;
                    else if (run[x] > 0) Close(to, x, y);
                }
                open[w] = row[w] & (width - w * 32 >= 32 ? uint.MaxValue : ~(uint.MaxValue >> (width - w * 32)));
            }
        }
        for (int x = 0; x < width; x++) if (run[x] > 0) Close(to, x, height);
    }
}
