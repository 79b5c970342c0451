namespace DocPipeline.Ocr.Pages;

/// <summary>
/// Where a page image sits on its PDF page: the affine map from image pixels (origin top left,
/// y down) to the page's user space (points, y up), as PDF writes matrices: x' = A·x + C·y + E,
/// y' = B·x + D·y + F. The searchable PDF places each OCR word through it.
/// </summary>
public sealed record PagePlacement(double A, double B, double C, double D, double E, double F)
{
    /// <summary>An image drawn over the rectangle (left, bottom, width, height) in points, upright.</summary>
    public static PagePlacement Over(double left, double bottom, double width, double height, int pixelsWide, int pixelsHigh) =>
        new(width / pixelsWide, 0, 0, -height / pixelsHigh, left, bottom + height);

    /// <summary>
    /// A page rendered at <paramref name="dpi"/> (as pdftoppm renders it: the crop box, turned by the
    /// page's /Rotate clockwise) back to the unturned page.
    /// </summary>
    public static PagePlacement Rendered(double left, double bottom, double width, double height, int rotation, double dpi)
    {
        double s = 72.0 / dpi;
        return (((rotation % 360) + 360) % 360) switch
        {
            90 => new(0, s, s, 0, left, bottom),
            180 => new(-s, 0, 0, s, left + width, bottom),
            270 => new(0, -s, -s, 0, left + width, bottom + height),
            _ => new(s, 0, 0, -s, left, bottom + height),
        };
    }

    /// <summary>This map after <paramref name="inner"/> (a map into pixel space): the product inner × this.</summary>
    public PagePlacement After(PagePlacement inner) => new(
        inner.A * A + inner.B * C,
        inner.A * B + inner.B * D,
        inner.C * A + inner.D * C,
        inner.C * B + inner.D * D,
        inner.E * A + inner.F * C + E,
        inner.E * B + inner.F * D + F);
}
