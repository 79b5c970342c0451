using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// A page whose letters are few pixels tall (a phone photo of a whole page, a low-resolution scan) enlarged twice
/// with Leptonica's linear interpolation before the other steps and OCR: Tesseract's binarization and line finding
/// on so few pixels merge Lao's thin strokes and its marks with the letters (study photos at 95–135 dpi: ໒ read ໔,
/// codes and months lost). Word boxes read on it are put back by <see cref="Enlargement"/>.
/// </summary>
/// <remarks>
/// Enlarged before the other steps, not after them: straightening and rule finding on the enlarged page read the
/// study photos better (CER 0.0385 against 0.0405 enlarged last, the 95-dpi page 0.029 against 0.049), for about
/// 0.07 CPU-s more a page.
/// </remarks>
public static class SmallPrint
{
    // Letters (LetterHeight) at least this tall are read as they are. 13-point print measures about a tenth of the
    // resolution: 8–13 px on the study photos (95–135 dpi), 11 and 14 on the tuning photos (120, 150 dpi), 18–31 on
    // 180–300 dpi scans. Enlarged from 14 px down, the study photos read better at every height (header identity
    // 5 -> 9 of 10), but the 120-dpi tuning photo in Noto Looped Lao (11 px) lost tone marks (CER 0.025 -> 0.039):
    // so only 10 px and less.
    public const int MinLetterHeight = 11;

    /// <summary>The page enlarged twice, or null when its print is large enough (or it is not 8-bit gray).</summary>
    public static PixHandle? Enlarge(PixHandle page)
    {
        if (LetterHeight.Of(page) is not { } height || height >= MinLetterHeight) return null;
        var big = Leptonica.PixScaleGray2xLI(page);
        if (big.IsInvalid) { big.Dispose(); return null; }
        big.SetResolution(page.PlausibleResolution * Enlargement.Factor);
        return big;
    }
}
