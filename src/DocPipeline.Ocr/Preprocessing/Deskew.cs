using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// A page turned on the scanner or in the hand straightened by Leptonica's skew search (text lines at a
/// reduction of two); null when it finds no skew worth turning for.
/// </summary>
public static class Deskew
{
    // Below this Tesseract's own line finding copes; Leptonica's confidence under its own floor means no lines found.
    private const float MinDegrees = 0.4f;

    public static (PixHandle Image, double Degrees)? Straighten(PixHandle page)
    {
        if (Leptonica.PixGetDepth(page) != 8) return null;
        var straight = Leptonica.PixFindSkewAndDeskew(page, 2, out float angle, out float _);
        if (straight.IsInvalid || Math.Abs(angle) < MinDegrees) { straight.Dispose(); return null; }
        Leptonica.PixCopyResolution(straight, page);
        return (straight, angle);
    }
}
