using DocPipeline.Hosting;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Searchable;
using DocPipeline.Ocr.Tesseract;
using Microsoft.Extensions.Options;

namespace DocPipeline.Pipeline;

/// <summary>
/// The searchable PDF of an analysed document (see <see cref="SearchablePdfWriter"/>), with the
/// configured Lao font (Phetsarath OT, the font of official documents, from fonts-lao) and the
/// sRGB profile PDF/A's output intent needs (icc-profiles-free; without it the PDF is plain).
/// Text exports have no page images and get none.
/// </summary>
public sealed class SearchablePdfs(IOptions<DocPipelineOptions> options, DocumentAnalyzer analyzer)
{
    public const string Sidecar = "searchable.pdf";

    private readonly DocPipelineOptions _options = options.Value;
    private readonly Lazy<TrueTypeFont> _font = new(() => LoadFont(options.Value.SearchablePdfFont));
    private readonly Lazy<byte[]?> _srgb = new(() => File.Exists(options.Value.SrgbProfile) ? File.ReadAllBytes(options.Value.SrgbProfile) : null);

    public static bool CanMake(FileKind kind) => kind is FileKind.Pdf or FileKind.Png or FileKind.Jpeg or FileKind.Tiff;

    public SearchablePdfResult Write(DocumentAnalysis analysis, string original, Stream output) =>
        new SearchablePdfWriter(_font.Value, _srgb.Value, analyzer.Limits).Write(original, analysis.Kind,
            analysis.Pages.Select(p => new SearchablePage(p.Number, p.Text, p.Layout)).ToList(), output);

    private static TrueTypeFont LoadFont(string path)
    {
        if (!File.Exists(path))
            throw new OcrUnavailableException($"The Lao font {path} for searchable PDFs is missing. Install it with: sudo apt-get install fonts-lao");
        return TrueTypeFont.Load(path);
    }
}
