using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// A colour scan reduced to its black ink before binarization: each pixel becomes the brightest of its three
/// channels (Leptonica's min/max conversion). Black print stays dark in every channel; pink or yellow paper, a red or
/// blue stamp and a blue pen signature are bright in at least one channel and go light, so thresholding drops them
/// instead of keeping them as dark blots over the text. Gray and 1-bit pages are left as they are.
/// </summary>
public static class InkByColour
{
    /// <summary>The page as gray ink, or null when it is not a colour image.</summary>
    public static PixHandle? Reduce(PixHandle page)
    {
        if (Leptonica.PixGetDepth(page) != 32) return null;
        var gray = Leptonica.PixConvertRgbToGrayMinMax(page, Leptonica.ChooseMax);
        if (gray.IsInvalid) { gray.Dispose(); return null; }
        Leptonica.PixCopyResolution(gray, page);
        return gray;
    }
}
