using DocPipeline.Ocr.Digits;
using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// A page photographed under uneven light (a shadow across it, one corner darker) flattened before binarization
/// with Leptonica's background normalization: the paper, estimated tile by tile, is brought to one level, so one
/// threshold keeps the print in the shadow and drops the paper in the light. Pages whose paper is one level already
/// (scans) are passed through untouched.
/// </summary>
public static class UnevenLight
{
    // The paper's brightness is sampled in tiles of about a third of an inch; a page whose tiles differ by this many
    // gray levels (between the darkest and the lightest tenth) is lit unevenly. Scans of the corpus differ by < 20.
    private const int UnevenSpread = 40;
    private const double TileInches = 1.0 / 3;
    private const int PrintLevel = 40, PaperLevel = 185;

    /// <summary>The page with its background levelled, or null when its light is even (or it is not gray).</summary>
    public static PixHandle? Flatten(PixHandle page)
    {
        if (Leptonica.PixGetDepth(page) != 8 || Spread(page) < UnevenSpread) return null;
        using var levelled = Leptonica.PixBackgroundNormSimple(page, IntPtr.Zero, IntPtr.Zero);
        if (levelled.IsInvalid) return null;
        // The paper comes out at 200: stretched back to white, the print to black, for the threshold after.
        var flat = Leptonica.PixGammaTrc(IntPtr.Zero, levelled, 1.0f, PrintLevel, PaperLevel);
        if (flat.IsInvalid) { flat.Dispose(); return null; }
        Leptonica.PixCopyResolution(flat, page);
        return flat;
    }

    /// <summary>How far the paper's brightness differs across the page: the spread of the tiles' lightest levels.</summary>
    public static int Spread(PixHandle page)
    {
        var gray = GrayImage.Of(page);
        int tile = Math.Max(16, (int)((page.Resolution > 0 ? page.Resolution : 300) * TileInches));
        var levels = new List<int>();
        for (int top = 0; top + tile <= gray.Height; top += tile)
            for (int left = 0; left + tile <= gray.Width; left += tile)
            {
                int lightest = 0;
                for (int y = top; y < top + tile; y += 3)
                    for (int x = left; x < left + tile; x += 3)
                        lightest = Math.Max(lightest, gray[x, y]);
                levels.Add(lightest);
            }
        if (levels.Count < 10) return 0;
        levels.Sort();
        return levels[levels.Count * 9 / 10] - levels[levels.Count / 10];
    }
}
