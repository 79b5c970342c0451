using DocPipeline.Ocr.Preprocessing;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Layout;

/// <summary>
/// A prepared page read in the layout chosen for it: with <see cref="PageLayout.PerPage"/>, as one block with blocks
/// side by side put in reading order (<see cref="SideBySideBlocks"/>); the other layouts are Tesseract's alone.
/// </summary>
public sealed class PageReading(PageLayout layout)
{
    public OcrResult Read(TesseractEngine engine, PreparedPage page, TimeSpan timeout)
    {
        var read = engine.Recognize(page.Image, timeout);
        if (layout != PageLayout.PerPage) return read;
        int dpi = page.Image.PlausibleResolution;
        return SideBySideBlocks.Reorder(read, page.Joins, dpi);
    }
}
