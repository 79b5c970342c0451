using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// A page turned on the scanner or in the hand straightened by Leptonica's skew search (text lines on the page
/// thresholded at 130, as Leptonica's own deskew does); null when it finds no skew worth turning for.
/// </summary>
/// <remarks>
/// The angle is found first and the page turned only when it is worth it: Leptonica's find-and-deskew turns every
/// page skewed 0.1° or more (a full-page area-map rotation), which was thrown away under <see cref="MinDegrees"/>.
/// </remarks>
public static class Deskew
{
    // Below this Tesseract's own line finding copes.
    private const float MinDegrees = 0.4f;

    // Leptonica's deskew: its binarization threshold, and the least ratio of best to worst line score it trusts.
    internal const int InkBelow = 130;
    private const float MinConfidence = 3;

    // In single precision, as Leptonica converts, so that the turn is the one its deskew made.
    private const float DegreesToRadians = (float)(3.1415926535 / 180.0);

    public static (PixHandle Image, Turn Turn)? Straighten(PixHandle page)
    {
        if (Leptonica.PixGetDepth(page) != 8 || Angle(page) is not { } angle) return null;
        var straight = Leptonica.PixRotate(page, DegreesToRadians * angle, Leptonica.RotateAreaMap, Leptonica.BringInWhite, 0, 0);
        if (straight.IsInvalid) { straight.Dispose(); return null; }
        Leptonica.PixCopyResolution(straight, page);
        return (straight, new Turn(angle, page.Width, page.Height));
    }

    /// <summary>The turn in degrees that straightens the page, or null when none is found or it is too small to make.</summary>
    private static float? Angle(PixHandle page)
    {
        using var ink = Leptonica.PixConvertTo1(page, InkBelow);
        if (ink.IsInvalid || Leptonica.PixFindSkew(ink, out float angle, out float confidence) != 0) return null;
        return Math.Abs(angle) >= MinDegrees && confidence >= MinConfidence ? angle : null;
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
    public OcrResult ToSource(OcrResult read) => read.WithBoxes(ToSource);
}
