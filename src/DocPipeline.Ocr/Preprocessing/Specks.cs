using DocPipeline.Ocr.Digits;
using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// How speckled a page is: dark pixels with no dark neighbour, per million pixels. Print has none (every stroke is
/// wider than a pixel); dust on the platen, a photocopier's toner noise and salt-and-pepper noise are made of them.
/// Ink is what is darker than Otsu's threshold of the page's gray levels (as <see cref="GrayImage.Ink"/>).
/// </summary>
/// <remarks>
/// Counted every page, so read in place from Leptonica's 8-bit buffer: a managed copy of the page and a mask of its
/// ink cost more than the count itself.
/// </remarks>
public static class Specks
{
    /// <param name="gray">An 8-bit page without a colormap.</param>
    public static double PerMegapixel(PixHandle gray)
    {
        if (Leptonica.PixGetDepth(gray) != 8 || Leptonica.PixGetColormap(gray) != IntPtr.Zero)
            throw new ArgumentException("Specks are counted on an 8-bit gray image without a colormap.", nameof(gray));
        int width = gray.Width, height = gray.Height;
        if (width < 3 || height < 3) return 0;
        int stride = Leptonica.PixGetWpl(gray) * 4;
        ReadOnlySpan<byte> pixels;
        unsafe { pixels = new ReadOnlySpan<byte>((void*)Leptonica.PixGetData(gray), stride * height); }
        return Count(pixels, width, height, stride) * 1e6 / ((double)width * height);
    }

    // Leptonica keeps pixels in 32-bit words, the first pixel in the most significant byte: pixel x of a row is byte x ^ 3.
    private static int Count(ReadOnlySpan<byte> pixels, int width, int height, int stride)
    {
        var histogram = new int[256];
        for (int y = 0; y < height; y++)
        {
            var row = pixels.Slice(y * stride, stride);
            for (int x = 0; x < width; x++) histogram[row[x ^ 3]]++;
        }
        int threshold = GrayImage.OtsuThreshold(histogram, width * height);
        if (threshold < 0) return 0;
        int specks = 0;
        for (int y = 1; y < height - 1; y++)
        {
            ReadOnlySpan<byte> above = pixels.Slice((y - 1) * stride, stride), row = pixels.Slice(y * stride, stride), below = pixels.Slice((y + 1) * stride, stride);
            for (int x = 1; x < width - 1; x++)
            {
                if (row[x ^ 3] > threshold) continue;
                int l = (x - 1) ^ 3, c = x ^ 3, r = (x + 1) ^ 3;
                if (above[l] > threshold && above[c] > threshold && above[r] > threshold && row[l] > threshold && row[r] > threshold &&
                    below[l] > threshold && below[c] > threshold && below[r] > threshold)
                    specks++;
            }
        }
        return specks;
    }
}
