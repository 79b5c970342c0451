using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// A colour scan reduced to its black ink before binarization: each pixel becomes the brightest of its three
/// channels (Leptonica's min/max conversion). Black print stays dark in every channel; pink or yellow paper, a red or
/// blue stamp and a blue pen signature are bright in at least one channel and go light, so thresholding drops them
/// instead of keeping them as dark blots over the text. Gray and 1-bit pages are left as they are.
/// Light is not gone: a blue stamp's ring stays mid-gray (its blue channel near 180), JPEG's coarse colour leaves a
/// gray rim along red strokes, and Tesseract's line recogniser reads the gray image, so a ring through a number line
/// is read into the digits (`໐໙໖` read `໒໕໖`). So the strongly coloured pixels (<see cref="ColouredMarks"/>) and
/// their rim are replaced by the paper around them, except close to print, where a ring crossing a stroke is left
/// as it was: taking it out there cuts the stroke in two.
/// </summary>
public static class InkByColour
{
    // Around the coloured marks, ink lighter than this is the mark's rim, not print (print is below 100, its
    // antialiased edges spread between).
    private const int PrintBelow = 170;
    // Print for sure, and how near it (pixels, a square) a mark is left alone: 9 measured on 200–300-dpi pages (5 left
    // the cut strokes of a stamp drawn over body text, 13 kept too much of a ring over a number).
    private const int SolidPrintBelow = 120;
    private const int NearPrint = 9;
    // Fewer coloured pixels than this share of the page (a coloured logo, a few specks of colour noise): nothing to remove.
    private const double MarkedShare = 0.0005;
    private const int Shrink = 4;

    /// <summary>The page as gray ink, or null when it is not a colour image.</summary>
    public static PixHandle? Reduce(PixHandle page)
    {
        if (Leptonica.PixGetDepth(page) != 32) return null;
        var gray = Leptonica.PixConvertRgbToGrayMinMax(page, Leptonica.ChooseMax);
        if (gray.IsInvalid) { gray.Dispose(); return null; }
        Leptonica.PixCopyResolution(gray, page);
        RemoveColouredMarks(page, gray);
        return gray;
    }

    private static void RemoveColouredMarks(PixHandle page, PixHandle gray)
    {
        using var coloured = ColouredMarks.Find(page);
        if (coloured is null || Leptonica.PixCountPixels(coloured, out int count, IntPtr.Zero) != 0
            || count < MarkedShare * page.Width * page.Height) return;
        // The rim JPEG leaves along a stroke is a pixel or two wide at 150 dpi, more at 300.
        int dpi = page.PlausibleResolution;
        int reach = Math.Max(3, dpi / 40) | 1;
        using var around = Leptonica.PixDilateBrick(IntPtr.Zero, coloured, reach, reach);
        using var print = Leptonica.PixThresholdToBinary(gray, PrintBelow);
        using var dark = Leptonica.PixThresholdToBinary(gray, SolidPrintBelow);
        if (around.IsInvalid || print.IsInvalid || dark.IsInvalid) return;
        // The coloured pixels themselves (a stroke's core can be as dark as 150 in its brightest channel), and around
        // them whatever is lighter than print; not near print.
        using var rim = Leptonica.PixSubtract(IntPtr.Zero, around, print);
        using var marks = Leptonica.PixOr(IntPtr.Zero, rim, coloured);
        using var solid = Leptonica.PixSubtract(IntPtr.Zero, dark, coloured);
        using var nearPrint = Leptonica.PixDilateBrick(IntPtr.Zero, solid, NearPrint, NearPrint);
        if (marks.IsInvalid || nearPrint.IsInvalid) return;
        using var away = Leptonica.PixSubtract(IntPtr.Zero, marks, nearPrint);
        // The paper around, not white: a white ring on tinted paper or in a photo's shadow is an edge too. The marks
        // made black, the page shrunk to a quarter by averaging (noise would bias the closing up; a quarter of the
        // pixels to close) and closed over a window wider than they are (a stamp's letters, its stars), then scaled
        // back: each mark's pixels take the level of the paper beside it.
        using var lifted = Leptonica.PixCopy(IntPtr.Zero, gray);
        if (lifted.IsInvalid || away.IsInvalid) return;
        Leptonica.PixSetMasked(lifted, marks, 0);
        using var small = Leptonica.PixScaleAreaMap(lifted, 1f / Shrink, 1f / Shrink);
        if (small.IsInvalid) return;
        int window = dpi / (6 * Shrink) | 1;
        using var closed = Leptonica.PixCloseGray(small, window, window);
        if (closed.IsInvalid) return;
        using var paper = Leptonica.PixScaleToSize(closed, gray.Width, gray.Height);
        if (paper.IsInvalid) return;
        // Only ever lighter: a coloured area wider than the window (a banner, a logo) is left as the channels made it.
        using var lighter = Leptonica.PixMinOrMax(IntPtr.Zero, gray, paper, Leptonica.ChooseMax);
        if (!lighter.IsInvalid) Leptonica.PixCombineMasked(gray, lighter, away);
    }
}
