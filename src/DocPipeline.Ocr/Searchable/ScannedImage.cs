using System.Text;
using DocPipeline.Ocr.Pages;
using PdfSharp.Pdf;
using static DocPipeline.Ocr.Searchable.PdfObjects;

namespace DocPipeline.Ocr.Searchable;

/// <summary>
/// A scanned PDF page rebuilt around its one image object: the image (imported, its stream
/// untouched) drawn where it was, plus the invisible text, and nothing of the old page's other
/// content: a scanner's or an older OCR's text layer in the wrong language does not survive
/// beside the corrected one.
/// </summary>
internal static class ScannedImage
{
    public sealed record Found(string Name, PdfDictionary Image);

    /// <summary>The page's only XObject when it is an image; null otherwise (then the page is copied as drawn).</summary>
    public static Found? Single(PdfPage page)
    {
        var xobjects = page.Resources.Elements.GetDictionary("/XObject");
        if (xobjects is null || xobjects.Elements.Count != 1) return null;
        string name = xobjects.Elements.Keys.Single();
        var image = xobjects.Elements.GetDictionary(name);
        return image?.Elements.GetName("/Subtype") == "/Image" ? new Found(name, image) : null;
    }

    public static void Rebuild(PdfDocument document, PdfPage page, Found image, PagePlacement placement, PageImageLayout layout, byte[] textLayer, InvisibleTextFont font)
    {
        // The unit square onto the image's rectangle: the placement of its corner pixels.
        double w = layout.Width * placement.A, h = -layout.Height * placement.D;
        double left = placement.E, bottom = placement.F - h;
        var draw = Encoding.ASCII.GetBytes($"q {Number(w)} 0 0 {Number(h)} {Number(left)} {Number(bottom)} cm /Im0 Do Q\n");
        SearchablePdfWriter.ImagePage(document, page, image.Image, SearchablePdfWriter.Join(draw, textLayer), font);
        page.Elements.Remove("/Annots");
    }
}
