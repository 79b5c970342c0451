using System.Runtime.InteropServices;
using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// The pixels of a colour page inked in a strong colour (a stamp, a pen signature), as a 1-bit mask: channels spread
/// apart by a good share of the brightest one. Measured on the pixel's own light, so that a stamp in a photo's shadow
/// counts as one in full light; tinted paper, a photo's colour cast and JPEG's colour noise on black print do not.
/// </summary>
internal static class ColouredMarks
{
    // A red or blue stamp spreads 0.5–0.85 of its brightest channel, its thin blurred strokes in a 150-dpi photo
    // still 0.5; yellow paper 0.26, pink, green and blue paper 0.1–0.15, a photo's warm cast 0.12.
    private const double SpreadShare = 0.38;
    // Near-black print has a large share from a little colour noise: a mark spreads at least this much.
    private const int SpreadAtLeast = 48;

    /// <summary>The mask (1 = coloured ink), or null when the page is not 32-bit colour.</summary>
    public static PixHandle? Find(PixHandle page)
    {
        if (Leptonica.PixGetDepth(page) != 32) return null;
        int width = page.Width, height = page.Height;
        var mask = Leptonica.PixCreate(width, height, 1);
        if (mask.IsInvalid) { mask.Dispose(); return null; }
        int sourceWords = Leptonica.PixGetWpl(page), maskWords = Leptonica.PixGetWpl(mask);
        IntPtr source = Leptonica.PixGetData(page), target = Leptonica.PixGetData(mask);
        var row = new int[sourceWords];
        var bits = new int[maskWords];
        for (int y = 0; y < height; y++)
        {
            Marshal.Copy(source + y * sourceWords * 4, row, 0, sourceWords);
            Array.Clear(bits);
            bool any = false;
            for (int x = 0; x < width; x++)
            {
                // Leptonica's RGB pixel is one 32-bit word 0xRRGGBBAA.
                uint p = (uint)row[x];
                int r = (int)(p >> 24), g = (int)(p >> 16) & 0xff, b = (int)(p >> 8) & 0xff;
                int max = Math.Max(r, Math.Max(g, b)), spread = max - Math.Min(r, Math.Min(g, b));
                if (spread < SpreadAtLeast || spread < SpreadShare * max) continue;
                // The first pixel is the word's most significant bit.
                bits[x >> 5] |= unchecked((int)(0x80000000u >> (x & 31)));
                any = true;
            }
            if (any) Marshal.Copy(bits, 0, target + y * maskWords * 4, maskWords);
        }
        return mask;
    }
}
