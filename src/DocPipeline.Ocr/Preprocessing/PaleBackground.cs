using DocPipeline.Ocr.Digits;
using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// A pale watermark or background pattern (a word across the page, security-paper tiling) whitened before OCR:
/// where a page holds many pixels well lighter than print yet darker than its paper, gray levels from that pale band
/// up are mapped to white (Leptonica's tone curve), and print, far darker, keeps its shape.
/// </summary>
public static class PaleBackground
{
    // Print and its antialiased edges are darker than this; a watermark is lighter (the corpus's are 208–222).
    private const int PaleFrom = 175;
    // Paper is within this of the page's lightest level; a page with more than this share of pixels between is patterned.
    private const int PaperBand = 18;
    private const double PatternedShare = 0.03;

    public static PixHandle? Whiten(PixHandle page)
    {
        if (Leptonica.PixGetDepth(page) != 8) return null;
        var gray = GrayImage.Of(page);
        var histogram = new int[256];
        for (int y = 0; y < gray.Height; y += 2)
            for (int x = 0; x < gray.Width; x += 2)
                histogram[gray[x, y]]++;
        int total = histogram.Sum(), paper = 255;
        for (int seen = 0; paper > 0 && seen < total / 2; paper--) seen += histogram[paper];
        int top = paper - PaperBand;
        if (top <= PaleFrom) return null;
        int pale = histogram.Skip(PaleFrom).Take(top - PaleFrom).Sum();
        if (pale < PatternedShare * total) return null;
        var white = Leptonica.PixGammaTrc(IntPtr.Zero, page, 1.0f, 0, PaleFrom);
        if (white.IsInvalid) { white.Dispose(); return null; }
        Leptonica.PixCopyResolution(white, page);
        return white;
    }
}
