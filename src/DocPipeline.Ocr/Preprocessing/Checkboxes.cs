using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// A form's checkboxes, found and erased with their ticks before OCR: read as text, a small square comes out as a
/// letter (`M`, `a`, `oO`) between the options' labels. A box is a square frame a tenth to three tenths of an inch
/// across whose four sides are straight runs of ink (<see cref="LongRuns"/>): a Lao letter of that size has at most
/// two straight sides that long (ບ, ປ and ມ are open at the top).
/// </summary>
public static class Checkboxes
{
    private const int InkBelow = 150;

    /// <summary>The page without its checkboxes and their boxes, or null when it has none (or is not 8-bit gray).</summary>
    public static (PixHandle Image, IReadOnlyList<PixelBox> Boxes)? Erase(PixHandle gray)
    {
        if (Leptonica.PixGetDepth(gray) != 8) return null;
        int dpi = gray.PlausibleResolution;
        int smallest = dpi / 10, largest = dpi * 3 / 10, side = Math.Max(4, dpi * 2 / 25);
        using var ink = Leptonica.PixThresholdToBinary(gray, InkBelow);
        if (ink.IsInvalid) return null;
        using var across = LongRuns.Keep(ink, side, LongRuns.Direction.Across);
        using var down = LongRuns.Keep(ink, side, LongRuns.Direction.Down);
        using var frames = Leptonica.PixOr(IntPtr.Zero, across, down);
        using var components = Leptonica.PixConnCompBB(frames, 8);
        var boxes = components.Boxes().Where(b =>
            b.Width >= smallest && b.Width <= largest && b.Height >= smallest && b.Height <= largest &&
            b.Width * 4 >= b.Height * 3 && b.Height * 4 >= b.Width * 3 &&
            FourSides(across, down, b)).ToList();
        if (boxes.Count == 0) return null;
        var erased = Leptonica.PixCopy(IntPtr.Zero, gray);
        int margin = dpi / 30; // the tick's ends beyond the frame
        foreach (var b in boxes)
        {
            using var cover = Leptonica.BoxCreate(Math.Max(0, b.Left - margin), Math.Max(0, b.Top - margin), b.Width + 2 * margin, b.Height + 2 * margin);
            Leptonica.PixSetInRect(erased, cover);
        }
        return (erased, boxes);
    }

    // Straight ink along each side: across the top and bottom fifths, down the left and right fifths, most of the way.
    private static bool FourSides(PixHandle across, PixHandle down, PixelBox b)
    {
        int bandX = Math.Max(2, b.Width / 5), bandY = Math.Max(2, b.Height / 5);
        return Count(across, b.Left, b.Top, b.Width, bandY) >= 0.7 * b.Width
            && Count(across, b.Left, b.Bottom - bandY, b.Width, bandY) >= 0.7 * b.Width
            && Count(down, b.Left, b.Top, bandX, b.Height) >= 0.7 * b.Height
            && Count(down, b.Right - bandX, b.Top, bandX, b.Height) >= 0.7 * b.Height;
    }

    private static int Count(PixHandle mask, int left, int top, int width, int height)
    {
        using var box = Leptonica.BoxCreate(left, top, width, height);
        return Leptonica.PixCountPixelsInRect(mask, box, out int count, IntPtr.Zero) == 0 ? count : 0;
    }
}
