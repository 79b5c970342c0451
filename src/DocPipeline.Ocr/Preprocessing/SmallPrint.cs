using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// A page whose letters are few pixels tall (a phone photo of a whole page, a low-resolution scan) enlarged with
/// Leptonica's linear interpolation before the other steps and OCR: Tesseract's binarization and line finding
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
    // 180–300 dpi scans. Enlarged twice from 14 px down, the study photos read better (header identity 7 -> 9 of 10)
    // but the 120-dpi tuning photo in Noto Looped Lao (m06, 11 px) lost tone marks (CER 0.025 -> 0.039: ້ over ຳ,
    // ນ້ຳ read ນຳ three times, ແຈ້ງ ເຈ່ງ). No step after the enlargement takes them: on m06 none of rules, checkboxes
    // or specks is found, the deskew turns the same -3.56°, and the marks are whole on the prepared page (sharpened
    // after enlarging, or straightened before it, CER 0.042–0.056). Tesseract's own reading of it drops them, the
    // more the larger the page (CER by factor: 1.25 0.025, 1.5 0.020, 1.6 0.028, 1.75 0.031, 2 0.039, 2.5 0.045),
    // though not smoothly (1.55: 0.039). So 11–13 px only half as much again, into the 16–20 px that twice makes of
    // 8–10 px: study header identity 7 -> 8 of 10, CER 0.0385 -> 0.0369, references 0.85 -> 0.90, dates 0.95 -> 1.00
    // (13 px s07 keeps its number's ".ນວ" only at twice: ".-ນວ" at 1.5); m06 CER 0.025 -> 0.020, every
    // other tuning page unchanged.
    public const int MinLetterHeight = 14;

    // Letters under this height are enlarged twice, taller ones (to MinLetterHeight) half as much again.
    public const int TwiceBelow = 11;

    /// <summary>How much a page with letters so tall is enlarged (1: read as it is).</summary>
    public static double Factor(int letterHeight) => letterHeight < TwiceBelow ? 2 : letterHeight < MinLetterHeight ? 1.5 : 1;

    /// <summary>The page enlarged and by how much, or null when its print is large enough (or it is not 8-bit gray).</summary>
    public static (PixHandle Image, double Factor)? Enlarge(PixHandle page)
    {
        if (LetterHeight.Of(page) is not { } height || Factor(height) is var factor && factor == 1) return null;
        var big = factor == 2 ? Leptonica.PixScaleGray2xLI(page) : Leptonica.PixScaleGrayLI(page, (float)factor, (float)factor);
        if (big.IsInvalid) { big.Dispose(); return null; }
        big.SetResolution((int)Math.Round(page.PlausibleResolution * factor));
        return (big, factor);
    }
}
