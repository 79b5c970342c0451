using System.Text;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using static DocPipeline.Ocr.Searchable.PdfObjects;

namespace DocPipeline.Ocr.Searchable;

/// <summary>One page of the document as the searchable PDF needs it: its corrected text, and its OCR layout (null when the page kept its own text).</summary>
public sealed record SearchablePage(int Number, string Text, PageImageLayout? Layout);

/// <summary>What was written: pages, and whether the file claims PDF/A-2b (and if not, why).</summary>
public sealed record SearchablePdfResult(int Pages, bool PdfA, string? NotPdfA);

/// <summary>
/// The archive copy OCRmyPDF and Paperless give: the original page images with an invisible layer
/// of the pipeline's corrected text, written to a new file (the original is only read). A PDF
/// page that kept its own text layer is copied as it is; a
/// scanned page (one full-page image) is rebuilt from that image object, its bytes unchanged,
/// without whatever text layer it had; any other OCR'd PDF page is copied with the text laid over
/// it. Image files become pages of their own size: a JPEG as it is, other images losslessly
/// (Flate). Written through PDFsharp with its compression off, so copied streams keep their bytes.
/// </summary>
public sealed class SearchablePdfWriter(TrueTypeFont font, byte[]? srgbProfile, PageLimits limits)
{
    public SearchablePdfResult Write(string original, FileKind kind, IReadOnlyList<SearchablePage> pages, Stream output)
    {
        // A PDF is changed in a copy opened from the original, so its pages, images and fonts are
        // in memory once (importing them into a new document held them twice: 2 × 100 MB on a
        // 200-page scan); image files start a new document.
        using var document = kind == FileKind.Pdf ? PdfReader.Open(original, PdfDocumentOpenMode.Modify) : new PdfDocument();
        document.Options.CompressContentStreams = false;
        document.Info.Title = Path.GetFileNameWithoutExtension(original);
        document.Info.Creator = "DocPipeline";
        var text = new InvisibleTextFont(document, font);
        var conformance = new PdfAConformance(srgbProfile);
        var byNumber = pages.ToDictionary(p => p.Number);
        switch (kind)
        {
            case FileKind.Pdf: FromPdf(document, byNumber, text, conformance); break;
            case FileKind.Png or FileKind.Jpeg or FileKind.Tiff: FromImages(original, kind, document, byNumber, text); break;
            default: throw new ArgumentException($"No searchable PDF for {kind} files.", nameof(kind));
        }
        text.Finish(document);
        conformance.Prepare(document);
        return new SearchablePdfResult(document.PageCount, conformance.Write(document, output), conformance.Reason);
    }

    private static void FromPdf(PdfDocument document, Dictionary<int, SearchablePage> pages, InvisibleTextFont text, PdfAConformance conformance)
    {
        for (int i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            int number = i + 1;
            if (!pages.TryGetValue(number, out var wanted) || wanted.Layout is not { Placement: { } placement } layout)
            {
                conformance.NotCheckable($"page {number} keeps its own text layer, copied as it is");
                continue;
            }
            var runs = TextRuns.Place(wanted.Text, layout.Words);
            var layer = InvisibleTextLayer.Operators(runs, placement, text);
            if (layout.Source == "pdf-image" && ScannedImage.Single(page) is { } image)
            {
                conformance.CheckImage(image.Image, number);
                ScannedImage.Rebuild(document, page, image, placement, layout, Join(layer), text);
            }
            else
            {
                conformance.NotCheckable($"page {number} is copied as drawn (not one scanned image)");
                page.Contents.PrependContent().CreateStream("q\n"u8.ToArray());
                page.Contents.AppendContent().CreateStream(Join("Q\n"u8.ToArray(), layer));
                FontResources(document, page).Elements["/" + InvisibleTextFont.ResourceName] = text.Dictionary.Reference!;
            }
        }
    }

    private void FromImages(string original, FileKind kind, PdfDocument document, Dictionary<int, SearchablePage> pages, InvisibleTextFont text)
    {
        foreach (var (number, image) in ImageFilePages.Of(original, kind, limits))
        {
            if (!pages.TryGetValue(number, out var wanted) || wanted.Layout is not { } layout)
                throw new InvalidOperationException($"Page {number} has no OCR layout.");
            double width = image.Width * 72.0 / layout.Dpi, height = image.Height * 72.0 / layout.Dpi;
            var page = document.AddPage();
            page.Width = PdfSharp.Drawing.XUnit.FromPoint(width);
            page.Height = PdfSharp.Drawing.XUnit.FromPoint(height);
            var xobject = image.Embed(document);
            var placement = PagePlacement.Over(0, 0, width, height, image.Width, image.Height);
            var layer = InvisibleTextLayer.Operators(TextRuns.Place(wanted.Text, layout.Words), placement, text);
            var draw = Encoding.ASCII.GetBytes($"q {Number(width)} 0 0 {Number(height)} 0 0 cm /Im0 Do Q\n");
            ImagePage(document, page, xobject, Join(draw, layer), text);
        }
    }

    /// <summary>A page of one image and the invisible text: its only content and resources.</summary>
    internal static void ImagePage(PdfDocument document, PdfPage page, PdfDictionary image, byte[] content, InvisibleTextFont font)
    {
        var xobjects = new PdfDictionary(document);
        xobjects.Elements["/Im0"] = image.Reference is { } reference ? reference : image;
        var fonts = new PdfDictionary(document);
        fonts.Elements["/" + InvisibleTextFont.ResourceName] = font.Dictionary.Reference!;
        var resources = new PdfDictionary(document);
        resources.Elements["/XObject"] = xobjects;
        resources.Elements["/Font"] = fonts;
        page.Elements["/Resources"] = resources;
        page.Elements["/Contents"] = FlateStream(document, content).Reference!;
    }

    internal static PdfDictionary FontResources(PdfDocument document, PdfPage page)
    {
        var resources = page.Resources;
        if (resources.Elements.GetDictionary("/Font") is { } fonts) return fonts;
        fonts = new PdfDictionary(document);
        resources.Elements["/Font"] = fonts;
        return fonts;
    }

    internal static byte[] Join(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
