using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// The gray level of a page's paper: the median of its pixels (print covers a few percent of a page, the paper the
/// rest).
/// </summary>
public static class PaperLevel
{
    // Every fourth pixel of every fourth row: the median of a page's paper does not need them all.
    private const int Step = 4;

    /// <param name="gray">An 8-bit page without a colormap.</param>
    public static byte Of(PixHandle gray)
    {
        if (Leptonica.PixGetDepth(gray) != 8 || Leptonica.PixGetColormap(gray) != IntPtr.Zero)
            throw new ArgumentException("The paper level is read on an 8-bit gray image without a colormap.", nameof(gray));
        int width = gray.Width, height = gray.Height, stride = Leptonica.PixGetWpl(gray) * 4;
        ReadOnlySpan<byte> pixels;
        unsafe { pixels = new ReadOnlySpan<byte>((void*)Leptonica.PixGetData(gray), stride * height); }
        var histogram = new int[256];
        // Leptonica keeps pixels in 32-bit words, the first pixel in the most significant byte: pixel x of a row is byte x ^ 3.
        for (int y = 0; y < height; y += Step)
        {
            var row = pixels.Slice(y * stride, stride);
            for (int x = 0; x < width; x += Step) histogram[row[x ^ 3]]++;
        }
        return MedianOf(histogram);
    }

    /// <summary>The median level of a histogram of gray levels; white when it is empty.</summary>
    public static byte MedianOf(IReadOnlyList<int> histogram)
    {
        long total = histogram.Sum(n => (long)n), seen = 0;
        if (total == 0) return 255;
        for (int level = 0; level < histogram.Count; level++)
        {
            seen += histogram[level];
            if (2 * seen >= total) return (byte)level;
        }
        return 255;
    }
}
