using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// Grey paper brought to white before OCR: the page's levels from black up to its paper (<see cref="PaperLevel"/>)
/// stretched over the whole range (Leptonica's tone curve), so the paper and anything lighter are white and print
/// keeps its order of darkness. Grey paper beside white (a scanner's bed in the corners of a page turned on it, the
/// corners a straightening brings in) made Tesseract's one threshold for the page fall between the paper and the
/// white: two low-contrast study pages (paper at 200, turned 1.3° and 2.3°) read as a black frame and no text.
/// </summary>
public static class GreyPaper
{
    // Paper at or above this is white enough already (JPEG noise on white paper lies about 240–255).
    private const int WhiteEnough = 230;
    // A median this dark is not paper (a photo mostly of a dark table, a negative): left as it is.
    private const int PaperAtLeast = 120;

    /// <summary>The page with its paper white, or null when the paper is white already (or the page is not 8-bit gray).</summary>
    public static PixHandle? Whiten(PixHandle page)
    {
        if (Leptonica.PixGetDepth(page) != 8 || Leptonica.PixGetColormap(page) != IntPtr.Zero) return null;
        int paper = PaperLevel.Of(page);
        if (!NeedsWhitening(paper)) return null;
        var white = Leptonica.PixGammaTrc(IntPtr.Zero, page, 1.0f, 0, paper);
        if (white.IsInvalid) { white.Dispose(); return null; }
        Leptonica.PixCopyResolution(white, page);
        return white;
    }

    /// <summary>Whether paper at this level is to be brought to white.</summary>
    public static bool NeedsWhitening(int paper) => paper is >= PaperAtLeast and < WhiteEnough;
}
