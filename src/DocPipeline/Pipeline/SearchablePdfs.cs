using DocPipeline.Hosting;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages.Word;
using DocPipeline.Ocr.Searchable;
using DocPipeline.Ocr.Tesseract;
using Microsoft.Extensions.Options;

namespace DocPipeline.Pipeline;

/// <summary>
/// The searchable PDF of an analysed document (see <see cref="SearchablePdfWriter"/>), with the
/// configured Lao font (Phetsarath OT, the font of official documents, from fonts-lao) and the
/// sRGB profile PDF/A's output intent needs (icc-profiles-free; without it the PDF is plain).
/// Text exports have no page images and get none. Word, OpenDocument and RTF documents get
/// LibreOffice's PDF of them (legacy-font runs re-typed in Unicode first), when LibreOffice is installed.
/// </summary>
public sealed class SearchablePdfs(IOptions<DocPipelineOptions> options, DocumentAnalyzer analyzer)
{
    public const string Sidecar = "searchable.pdf";

    private readonly DocPipelineOptions _options = options.Value;
    private readonly Lazy<TrueTypeFont> _font = new(() => LoadFont(options.Value.SearchablePdfFont));
    private readonly Lazy<byte[]?> _srgb = new(() => File.Exists(options.Value.SrgbProfile) ? File.ReadAllBytes(options.Value.SrgbProfile) : null);

    /// <summary>The Unicode Lao font legacy-font runs of a Word document are re-typed in before LibreOffice lays it out (fonts-lao).</summary>
    public const string WordUnicodeFont = "Phetsarath OT";

    public static bool CanMake(FileKind kind) => kind is FileKind.Pdf or FileKind.Png or FileKind.Jpeg or FileKind.Tiff || kind.IsWordProcessor();

    public SearchablePdfResult Write(DocumentAnalysis analysis, string original, Stream output) =>
        analysis.Kind.IsWordProcessor() ? WriteWord(analysis.Kind, original, output) : new SearchablePdfWriter(_font.Value, _srgb.Value, analyzer.Limits).Write(original, analysis.Kind,
            analysis.Pages.Select(p => new SearchablePage(p.Number, p.Text, p.Layout)).ToList(), output);

    /// <summary>A word-processor document's PDF is LibreOffice's layout of it: already text, not PDF/A.</summary>
    private SearchablePdfResult WriteWord(FileKind kind, string original, Stream output)
    {
        using var pdf = new MemoryStream();
        WordDocumentPdf.Write(original, kind, WordUnicodeFont, analyzer.Limits.ToolTimeout, pdf);
        int pages;
        using (var read = UglyToad.PdfPig.PdfDocument.Open(pdf.ToArray())) pages = read.NumberOfPages;
        pdf.Position = 0;
        pdf.CopyTo(output);
        return new SearchablePdfResult(pages, false, "laid out by LibreOffice from the word-processor document");
    }

    private static TrueTypeFont LoadFont(string path)
    {
        if (!File.Exists(path))
            throw new OcrUnavailableException($"The Lao font {path} for searchable PDFs is missing. Install it with: sudo apt-get install fonts-lao");
        return TrueTypeFont.Load(path);
    }
}
