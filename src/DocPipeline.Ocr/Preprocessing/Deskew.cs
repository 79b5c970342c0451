using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// A page turned on the scanner or in the hand straightened by Leptonica's skew search (text lines at a
/// reduction of two); null when it finds no skew worth turning for.
/// </summary>
public static class Deskew
{
    // Below this Tesseract's own line finding copes.
    private const float MinDegrees = 0.4f;

    public static (PixHandle Image, Turn Turn)? Straighten(PixHandle page)
    {
        if (Leptonica.PixGetDepth(page) != 8) return null;
        var straight = Leptonica.PixFindSkewAndDeskew(page, 2, out float angle, out float _);
        if (straight.IsInvalid || Math.Abs(angle) < MinDegrees) { straight.Dispose(); return null; }
        Leptonica.PixCopyResolution(straight, page);
        return (straight, new Turn(angle, page.Width, page.Height));
    }
}

/// <summary>
/// How a page was turned about its centre (Leptonica turns clockwise by positive degrees, the size kept), so that
/// boxes read on the straightened page can be put back where they stand on the page as scanned.
/// </summary>
public sealed record Turn(double Degrees, int Width, int Height)
{
    /// <summary>A box of the straightened page on the page as scanned: its centre turned back, its size kept.</summary>
    public PixelBox ToSource(PixelBox box)
    {
        double radians = -Degrees * Math.PI / 180, cx = Width / 2.0, cy = Height / 2.0;
        double x = (box.Left + box.Right) / 2.0 - cx, y = (box.Top + box.Bottom) / 2.0 - cy;
        double sx = cx + x * Math.Cos(radians) - y * Math.Sin(radians), sy = cy + x * Math.Sin(radians) + y * Math.Cos(radians);
        int left = (int)Math.Round(sx - box.Width / 2.0), top = (int)Math.Round(sy - box.Height / 2.0);
        return new PixelBox(left, top, left + box.Width, top + box.Height);
    }

    /// <summary>Every word of a reading put back on the page as scanned.</summary>
    public OcrResult ToSource(OcrResult read) => read with
    {
        Lines = read.Lines.Select(l => l with { Words = l.Words.Select(w => w with { Box = ToSource(w.Box) }).ToList() }).ToList(),
    };
}
