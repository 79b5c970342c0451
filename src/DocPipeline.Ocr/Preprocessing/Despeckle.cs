using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// A speckled page is cleaned with a 3×3 median (<see cref="Median3x3"/>) before OCR: single-pixel specks go, strokes stay. Reading
/// a page as one block, Tesseract otherwise reads specks as letters and whole lines of them as text. Pages without
/// specks are passed through untouched, so clean scans cost nothing but the count.
/// </summary>
public sealed class Despeckle(double specksPerMegapixel)
{
    /// <summary>The cleaned page, or null when the page is clean enough to read as it is.</summary>
    public PixHandle? Clean(PixHandle page)
    {
        // One gray copy serves the count and the median.
        using var eight = Leptonica.PixConvertTo8(page, 0);
        if (eight.IsInvalid || Specks.PerMegapixel(eight) < specksPerMegapixel) return null;
        var cleaned = Median3x3.Of(eight);
        Leptonica.PixCopyResolution(cleaned, page);
        return cleaned;
    }
}
