using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// Ruled lines, table grids and dotted leaders, found with Leptonica's morphology and connected components and
/// erased from the page before OCR; dark cells (white letters on black) turned to dark letters on white. Read as text, a grid line or a row of leader dots becomes a line of letters, and a
/// grid makes single-block reading lose the rows it crosses. Where they stood is kept (<see cref="FoundRules.Joins"/>):
/// a leader joins a form's label to its value, a grid joins a table's cells into rows.
/// </summary>
/// <remarks>
/// Sizes are in inches of the page, so they hold at any resolution: a rule is a straight run of ink (0.6 inch
/// across, half an inch down, in a line at least an inch long: a ring stamp's arcs are not), longer than any stroke of Lao letters at body sizes; a
/// leader is a row of dots (components at most 1/40 inch wide and high) with gaps under 1/15 inch, at least a third of
/// an inch long.
/// </remarks>
public static class RulesAndLeaders
{
    private const int InkBelow = 150;

    /// <summary>Print covers well under this share of a page (prose about 5–8%).</summary>
    private const double MostInk = 0.2;

    /// <summary>A table grid covers about 1% of an A4 page, a row of dark header cells about 3%.</summary>
    private const double MostRules = 0.05;

    /// <summary>Pages at this resolution or finer are searched at half size (see <see cref="Find"/>).</summary>
    private const int ReduceFrom = 250;

    /// <summary>The rules and leaders of an 8-bit gray page, or null when it has none.</summary>
    /// <remarks>
    /// At 250 dpi and finer, rules, dark cells and leaders are looked for on the ink reduced to half size (a pixel is
    /// ink where two of its 2×2 block are), and erased at full size where found. A quarter of the pixels makes the
    /// morphology cheaper, and single-pixel specks vanish in the reduction, so the connected-component pass for
    /// leader dots no longer labels every speck of a noisy page (that pass made speckled 400-dpi pages the slowest).
    /// Coarser pages are searched as they are: their leader dots may be only two pixels across (searched at half size
    /// from 200 dpi, the 200-dpi tuning form l02 lost its leaders and its CER rose from 0.021 to 0.173).
    /// </remarks>
    public static FoundRules? Find(PixHandle gray)
    {
        int dpi = gray.PlausibleResolution;
        using var ink = Leptonica.PixThresholdToBinary(gray, InkBelow);
        if (ink.IsInvalid) return null;
        // Where much of the page is dark (a shadow across a photo, a dark border), runs of "ink" are not rules.
        Leptonica.PixCountPixels(ink, out int inked, IntPtr.Zero);
        if (inked > MostInk * gray.Width * (double)gray.Height) return null;
        int scale = dpi >= ReduceFrom ? 2 : 1;
        using var reduced = scale == 2 ? Leptonica.PixReduceRankBinary2(ink, 2, IntPtr.Zero) : null;
        if (reduced is { IsInvalid: true }) return null;
        if (Search(reduced ?? ink, dpi / scale) is not { } found) return null;
        using var hit = found;
        using var solid = hit.Solid is null ? null : FullSize(hit.Solid, scale);
        using var lines = FullSize(hit.Lines, scale);
        if (lines.IsInvalid || solid is { IsInvalid: true }) return null;

        var erased = Leptonica.PixCopy(IntPtr.Zero, gray);
        if (solid is not null)
        {
            using var inverted = Leptonica.PixInvert(IntPtr.Zero, gray);
            Leptonica.PixCombineMasked(erased, inverted, solid);
        }
        using var cover = Leptonica.PixDilateBrick(IntPtr.Zero, lines, 3 + dpi / 100, 3 + dpi / 100);
        Leptonica.PixSetMasked(erased, cover, 255);
        // A lone rule (an underline, a separator across the page) joins nothing; a grid or a box does.
        var grids = hit.RuleBoxes.Boxes().Select(b => Scaled(b, scale)).Where(b => b.Height > dpi / 5 && b.Width > dpi / 5).ToList();
        return new FoundRules(erased, grids, hit.LeaderBoxes.Boxes().Select(b => Scaled(b, scale)).ToList());
    }

    /// <summary>
    /// Dark cells, rules and leaders on a 1-bit page of the given resolution: the dark cells' mask (null when none),
    /// the mask of rules and leaders, and their boxes; null when there are none or they cover too much to be lines.
    /// </summary>
    private static Found? Search(PixHandle ink, int dpi)
    {
        // Dark cells (a table's header, white letters on black) are not rules: they are turned back to dark on white.
        // A cell is half an inch wide and a fifth of an inch high at least: blurred bold letters make smaller blots.
        using var blots = Leptonica.PixOpenBrick(IntPtr.Zero, ink, Math.Max(3, dpi / 20), Math.Max(3, dpi / 20));
        using var solidCore = Leptonica.PixSelectBySize(blots, dpi / 2, dpi / 5, 8, Leptonica.SelectIfBoth, Leptonica.SelectIfGreaterOrEqual, IntPtr.Zero);
        Leptonica.PixCountPixels(solidCore, out int dark, IntPtr.Zero);
        // Most pages have no dark cells: the closing and dilation that shape them are skipped (they cost the most).
        var solid = dark == 0 ? null : Leptonica.PixCloseSafeBrick(IntPtr.Zero, solidCore, dpi / 4, dpi / 4);
        using var solidEdge = solid is null ? null : Leptonica.PixDilateBrick(IntPtr.Zero, solid, 3 + dpi / 50, 3 + dpi / 50);
        using var acrossRuns = LongRuns.Keep(ink, dpi * 3 / 5, LongRuns.Direction.Across);
        using var downRuns = LongRuns.Keep(ink, dpi / 2, LongRuns.Direction.Down);
        // A ring stamp's arcs hold short straight runs; a rule or a grid line runs on for an inch at least.
        using var across = Leptonica.PixSelectBySize(acrossRuns, dpi, 0, 8, Leptonica.SelectWidth, Leptonica.SelectIfGreaterOrEqual, IntPtr.Zero);
        using var down = Leptonica.PixSelectBySize(downRuns, 0, dpi, 8, Leptonica.SelectHeight, Leptonica.SelectIfGreaterOrEqual, IntPtr.Zero);
        using var straight = Leptonica.PixOr(IntPtr.Zero, across, down);
        using var rules = solidEdge is null ? Leptonica.PixCopy(IntPtr.Zero, straight) : Leptonica.PixSubtract(IntPtr.Zero, straight, solidEdge);
        int dot = Math.Max(2, dpi / 40);
        using var dots = Leptonica.PixSelectBySize(ink, dot, dot, 8, Leptonica.SelectIfBoth, Leptonica.SelectIfLessOrEqual, IntPtr.Zero);
        using var dotRows = Leptonica.PixCloseSafeBrick(IntPtr.Zero, dots, Math.Max(3, dpi / 15), 1);
        using var leaders = Leptonica.PixOpenBrick(IntPtr.Zero, dotRows, dpi / 3, 1);
        var lines = Leptonica.PixOr(IntPtr.Zero, rules, leaders);
        Leptonica.PixCountPixels(lines, out int found, IntPtr.Zero);
        double page = ink.Width * (double)ink.Height;
        // Rules are thin: a "rule" covering more than this of the page is a dark area (a shadow, a dark border), not a line.
        if (rules.IsInvalid || leaders.IsInvalid || lines.IsInvalid || solid is { IsInvalid: true } ||
            (found == 0 && dark == 0) || found > MostRules * page || dark > MostRules * page)
        {
            lines.Dispose();
            solid?.Dispose();
            return null;
        }
        return new Found(solid, lines, Leptonica.PixConnCompBB(rules, 8), Leptonica.PixConnCompBB(leaders, 8));
    }

    private static PixHandle FullSize(PixHandle mask, int scale) =>
        scale == 1 ? Leptonica.PixCopy(IntPtr.Zero, mask) : Leptonica.PixExpandBinaryPower2(mask, scale);

    private static PixelBox Scaled(PixelBox box, int scale) =>
        new(box.Left * scale, box.Top * scale, box.Right * scale, box.Bottom * scale);

    private readonly record struct Found(PixHandle? Solid, PixHandle Lines, BoxaHandle RuleBoxes, BoxaHandle LeaderBoxes) : IDisposable
    {
        public void Dispose()
        {
            Solid?.Dispose();
            Lines.Dispose();
            RuleBoxes.Dispose();
            LeaderBoxes.Dispose();
        }
    }
}

/// <summary>
/// A page with its rules and leaders erased, and where they were: <see cref="Grids"/> the boxes of grids and boxes
/// (one per connected set of rules; lone rules are left out), <see cref="Leaders"/> those of leader rows.
/// </summary>
public sealed record FoundRules(PixHandle Erased, IReadOnlyList<PixelBox> Grids, IReadOnlyList<PixelBox> Leaders) : IDisposable
{
    /// <summary>Where the text on either side belongs together: every grid and every leader row.</summary>
    public IReadOnlyList<PixelBox> Joins => [.. Grids, .. Leaders];

    public void Dispose() => Erased.Dispose();
}
