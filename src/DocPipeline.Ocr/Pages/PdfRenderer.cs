using System.Globalization;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Native;
using UglyToad.PdfPig.Content;

namespace DocPipeline.Ocr.Pages;

/// <summary>
/// Renders what PdfPig cannot hand over as one image (vector pages, several images, JBIG2,
/// turned pages) with poppler's pdftoppm: one page, grey, as an uncompressed PGM streamed through
/// stdout into Leptonica (PNG encoding cost pdftoppm about 7 s a page, PGM 0.3 s). The resolution
/// is what the page's own images carry (within 150 dpi and the configured PDF resolution), or
/// the configured resolution for pages without images; lowered if the pixel limit needs it.
/// </summary>
internal static class PdfRenderer
{
    private const string Package = "poppler-utils";
    private const int LowestDpi = 150;

    public static (PixHandle Image, PagePlacement Placement) Render(string path, int number, Page page, PageLimits limits)
    {
        double dpi = Resolution(page, limits);
        string n = number.ToString(CultureInfo.InvariantCulture);
        var run = ExternalTool.RunForBytes("pdftoppm",
            ["-f", n, "-l", n, "-r", dpi.ToString("0.##", CultureInfo.InvariantCulture), "-gray", "-singlefile", path],
            limits.ToolTimeout, Package);
        if (run.ExitCode != 0 || run.StandardOutput.Length == 0)
            throw new RejectedFileException("pages", $"The PDF is damaged or truncated: page {number} cannot be rendered ({FirstLine(run.StandardError)}).");
        var pix = ImagePages.Decode(run.StandardOutput, limits);
        pix.SetResolution((int)Math.Round(dpi));
        var crop = page.CropBox.Bounds;
        return (pix, PagePlacement.Rendered(crop.Left, crop.Bottom, crop.Width, crop.Height, page.Rotation.Value, dpi));
    }

    private static double Resolution(Page page, PageLimits limits)
    {
        double dpi = limits.PdfDpi;
        try
        {
            var own = page.GetImages().Where(i => i.BoundingBox.Width > 1).Select(i => i.WidthInSamples / (i.BoundingBox.Width / 72.0)).ToList();
            if (own.Count > 0) dpi = Math.Clamp(own.Max(), LowestDpi, limits.PdfDpi);
        }
        catch (Exception e) when (e is not OutOfMemoryException) { } // images unreadable: the configured resolution
        var crop = page.CropBox.Bounds;
        double pixels = crop.Width * crop.Height * dpi * dpi / (72.0 * 72.0);
        if (pixels > limits.MaxPixelsPerPage) dpi *= Math.Sqrt(limits.MaxPixelsPerPage / pixels) * 0.99;
        return dpi;
    }

    private static string FirstLine(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "no details";
}
