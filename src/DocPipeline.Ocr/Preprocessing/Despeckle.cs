using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// A speckled page is cleaned with a 3×3 median (Leptonica) before OCR: single-pixel specks go, strokes stay. Reading
/// a page as one block, Tesseract otherwise reads specks as letters and whole lines of them as text. Pages without
/// specks are passed through untouched, so clean scans cost nothing but the count.
/// </summary>
public sealed class Despeckle(double specksPerMegapixel)
{
    /// <summary>The cleaned page, or null when the page is clean enough to read as it is.</summary>
    public PixHandle? Clean(PixHandle page)
    {
        if (Specks.PerMegapixel(page) < specksPerMegapixel) return null;
        using var eight = Leptonica.PixConvertTo8(page, 0);
        var cleaned = Leptonica.PixMedianFilter(eight, 3, 3);
        if (cleaned.IsInvalid) { cleaned.Dispose(); return null; }
        Leptonica.PixCopyResolution(cleaned, page);
        return cleaned;
    }
}
