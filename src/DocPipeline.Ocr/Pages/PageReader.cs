using System.Text;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages.Word;

namespace DocPipeline.Ocr.Pages;

/// <summary>
/// The pages stage: a file of a known kind in, its pages out, one at a time. Text pages need
/// no OCR (Word documents are text pages too); image pages go to Tesseract and must be disposed after. A PDF's text layer is judged
/// by <paramref name="textLayers"/> (by script alone when not given).
/// </summary>
public sealed class PageReader(PageLimits limits, TextLayerQuality? textLayers = null)
{
    public IEnumerable<SourcePage> Read(string path, FileKind kind) => kind switch
    {
        FileKind.Text => ReadText(path),
        FileKind.Pdf => new PdfPages(limits, textLayers ?? new TextLayerQuality()).Read(path),
        FileKind.Tiff => ImagePages.ReadTiff(path, limits),
        FileKind.Png or FileKind.Jpeg => [new ImagePage(1, ImagePages.ReadSingle(path, limits))],
        FileKind.Docx => WordPages.Read(path, limits),
        FileKind.Doc or FileKind.Odt or FileKind.Rtf => ReadConverted(path, kind),
        _ => throw new RejectedFileException("pages", $"No page reader for {kind}."),
    };

    /// <summary>.doc, .odt and .rtf: converted to .docx by LibreOffice, then read as one; without LibreOffice the file fails saying what to install.</summary>
    private List<SourcePage> ReadConverted(string path, FileKind kind)
    {
        try { return OfficeConverter.Convert(path, kind, "docx", limits.ToolTimeout, docx => WordPages.Read(docx, limits).ToList()); }
        catch (ToolMissingException e) { throw new RejectedFileException("pages", e.Message, e); }
    }

    /// <summary>A text export: pages separated by form feeds, as pdftotext and most OCR exports write them.</summary>
    private static IEnumerable<SourcePage> ReadText(string path)
    {
        string text = File.ReadAllText(path, new UTF8Encoding(false, true));
        string[] pages = text.Split('\f');
        int n = pages.Length;
        while (n > 1 && string.IsNullOrWhiteSpace(pages[n - 1])) n--;
        for (int i = 0; i < n; i++) yield return new TextPage(i + 1, pages[i], "text-file");
    }
}
