using System.Runtime.InteropServices;
using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Digits;

/// <summary>A small 8-bit gray image in managed memory (a word cut from a page), 0 black to 255 white.</summary>
public sealed class GrayImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;
    public int Height { get; } = height;

    public byte this[int x, int y] => pixels[y * Width + x];

    /// <summary>The region of a page image, whatever its depth, as gray pixels.</summary>
    public static GrayImage Cut(PixHandle page, PixelBox region)
    {
        int left = Math.Max(0, region.Left), top = Math.Max(0, region.Top);
        int right = Math.Min(page.Width, region.Right), bottom = Math.Min(page.Height, region.Bottom);
        if (right <= left || bottom <= top) return new GrayImage(0, 0, []);
        using var box = Leptonica.BoxCreate(left, top, right - left, bottom - top);
        using var cut = Leptonica.PixClipRectangle(page, box, IntPtr.Zero);
        if (cut.IsInvalid) return new GrayImage(0, 0, []);
        using var gray = Leptonica.PixConvertTo8(cut, 0);
        return From8Bit(gray);
    }

    /// <summary>A whole 8-bit image (a glyph sheet) as gray pixels.</summary>
    public static GrayImage Of(PixHandle image)
    {
        using var gray = Leptonica.PixConvertTo8(image, 0);
        return From8Bit(gray);
    }

    private static GrayImage From8Bit(PixHandle gray)
    {
        if (gray.IsInvalid || Leptonica.PixGetDepth(gray) != 8) throw new InvalidOperationException("Leptonica could not make a gray image.");
        int w = gray.Width, h = gray.Height, wordsPerLine = Leptonica.PixGetWpl(gray);
        var row = new byte[wordsPerLine * 4];
        var pixels = new byte[w * h];
        IntPtr data = Leptonica.PixGetData(gray);
        for (int y = 0; y < h; y++)
        {
            Marshal.Copy(data + y * wordsPerLine * 4, row, 0, row.Length);
            // Leptonica keeps pixels in 32-bit words, the first pixel in the most significant byte.
            for (int x = 0; x < w; x++) pixels[y * w + x] = row[x ^ 3];
        }
        return new GrayImage(w, h, pixels);
    }

    /// <summary>Which pixels are ink (true), row by row.</summary>
    public sealed record InkMask(int Width, int Height, bool[] Pixels);

    /// <summary>Ink where darker than Otsu's threshold for this image; nothing when it is blank.</summary>
    public InkMask Ink() => InkBelow(threshold => threshold);

    /// <summary>
    /// Only the darkest ink: under half Otsu's threshold. Print is near black; a stamp or a pen
    /// stroke over it is a middle gray that the plain threshold counts as ink and this one drops.
    /// </summary>
    public InkMask DarkestInk() => InkBelow(threshold => threshold / 2);

    private InkMask InkBelow(Func<int, int> fromOtsu)
    {
        var histogram = new int[256];
        foreach (byte p in pixels) histogram[p]++;
        int threshold = OtsuThreshold(histogram, pixels.Length);
        var ink = new bool[pixels.Length];
        if (threshold >= 0)
        {
            threshold = fromOtsu(threshold);
            for (int i = 0; i < pixels.Length; i++) ink[i] = pixels[i] <= threshold;
        }
        return new InkMask(Width, Height, ink);
    }

    internal static int OtsuThreshold(int[] histogram, int count)
    {
        double sum = 0;
        for (int i = 0; i < 256; i++) sum += i * (double)histogram[i];
        double sumBelow = 0, best = -1;
        int below = 0, threshold = -1;
        for (int t = 0; t < 255; t++)
        {
            below += histogram[t];
            if (below == 0) continue;
            int above = count - below;
            if (above == 0) break;
            sumBelow += t * (double)histogram[t];
            double meanBelow = sumBelow / below, meanAbove = (sum - sumBelow) / above;
            double between = (double)below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) { best = between; threshold = t; }
        }
        // A blank cut (paper only) has no ink: its two classes are a few gray levels apart.
        return threshold >= 0 && Contrast(histogram, threshold) >= 40 ? threshold : -1;
    }

    private static double Contrast(int[] histogram, int threshold)
    {
        double a = 0, na = 0, b = 0, nb = 0;
        for (int i = 0; i < 256; i++)
            if (i <= threshold) { a += i * (double)histogram[i]; na += histogram[i]; }
            else { b += i * (double)histogram[i]; nb += histogram[i]; }
        return na == 0 || nb == 0 ? 0 : b / nb - a / na;
    }
}
