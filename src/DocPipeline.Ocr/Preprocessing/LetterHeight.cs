using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// How tall a page's letters are in pixels, whatever resolution it claims (a phone photo says 72 dpi or nothing):
/// the median height of its ink's connected components of letter size, each counted by its box's area. Counted so,
/// marks above and below (tone marks, vowel signs) and a form's leader dots, many but small, do not pull it down to
/// their size (a 200-dpi form: the plain median of its components was a dot's 7 pixels).
/// </summary>
public static class LetterHeight
{
    // Components taller or wider than this share of the page are rules, shadows, a table's edge, not letters.
    private const int PageShare = 30;
    // Under this many letter-sized components the page has too little print to tell.
    private const int MinLetters = 50;

    /// <summary>The height in pixels, or null for an image that is not 8-bit gray or holds too little print.</summary>
    public static int? Of(PixHandle gray)
    {
        if (Leptonica.PixGetDepth(gray) != 8 || Leptonica.PixGetColormap(gray) != IntPtr.Zero) return null;
        // Ink as the deskew thresholds it (after grey paper is brought to white, paper is far above it).
        using var ink = Leptonica.PixConvertTo1(gray, Deskew.InkBelow);
        if (ink.IsInvalid) return null;
        using var components = Leptonica.PixConnCompBB(ink, 8);
        int most = Math.Max(4, gray.Height / PageShare);
        var letters = components.Boxes()
            .Where(b => b.Height >= 3 && b.Width >= 2 && b.Height <= most && b.Width <= most)
            .OrderBy(b => b.Height)
            .ToList();
        if (letters.Count < MinLetters) return null;
        long half = letters.Sum(b => (long)b.Width * b.Height) / 2, area = 0;
        foreach (var b in letters)
            if ((area += (long)b.Width * b.Height) >= half) return b.Height;
        return letters[^1].Height;
    }
}
