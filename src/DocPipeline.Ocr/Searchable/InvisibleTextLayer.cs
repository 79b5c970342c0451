using System.Text;
using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Tesseract;
using static DocPipeline.Ocr.Searchable.PdfObjects;

namespace DocPipeline.Ocr.Searchable;

/// <summary>
/// The content-stream operators of a page's invisible text (rendering mode 3): each run of the
/// corrected text at its OCR box, as tall as the box and stretched to its width, so a viewer
/// selects and finds the words where they stand on the image. Characters follow each other at
/// the font's own advances, in reading order, so text extraction keeps Lao mark order.
/// </summary>
internal static class InvisibleTextLayer
{
    public static byte[] Operators(IReadOnlyList<TextRun> runs, PagePlacement placement, InvisibleTextFont font)
    {
        var ops = new StringBuilder("BT\n3 Tr\n/").Append(InvisibleTextFont.ResourceName).Append(" 1 Tf\n");
        double emHeight = (font.Ascent - font.Descent) / 1000.0;
        var lines = runs.GroupBy(r => r.Line).ToDictionary(g => g.Key, g => (Bottom: Median.Of(g.Select(r => r.Bottom)), Height: Median.Of(g.Select(r => r.Bottom - r.Top))));
        foreach (var run in runs)
        {
            // One baseline and size per OCR line: on a skewed scan the words of a line step up or
            // down, and text extraction would take the steps for separate lines or columns.
            var (bottom, height) = lines[run.Line];
            int width = run.Right - run.Left;
            if (width <= 0 || height <= 0) continue;
            double size = height / emHeight;
            double baseline = bottom + font.Descent / 1000.0 * size;
            var (hex, advance) = font.Encode(run.Text);
            if (run.SpaceAfter) hex += font.Encode(" ").Hex;
            double stretch = advance > 0 ? width / (advance / 1000.0 * size) : 1;
            // Text space to image pixels (y down), then pixels to the page.
            var matrix = placement.After(new PagePlacement(stretch * size, 0, 0, -size, run.Left, baseline));
            ops.Append(Number(matrix.A)).Append(' ').Append(Number(matrix.B)).Append(' ')
               .Append(Number(matrix.C)).Append(' ').Append(Number(matrix.D)).Append(' ')
               .Append(Number(matrix.E)).Append(' ').Append(Number(matrix.F)).Append(" Tm <").Append(hex).Append("> Tj\n");
        }
        return Encoding.ASCII.GetBytes(ops.Append("ET\n").ToString());
    }
}
