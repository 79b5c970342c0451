using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Legacy;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Searchable;

namespace DocPipeline.Pipeline;

/// <summary>
/// One page after the text stage: canonical text, raw text, where it came from, OCR confidence,
/// for a PDF page whether its text layer was kept or the page OCR'd, and why, and for an OCR'd
/// page its image and word boxes (what the searchable PDF is built from, again by reindex).
/// <see cref="Decoded"/>: text in legacy Lao fonts, known by font name, that the raw text already
/// holds as Unicode (kept so that reindex reports it again).
/// </summary>
public sealed record PageAnalysis(int Number, string Text, string RawText, string Origin, int? Confidence, string? TextLayer = null, PageImageLayout? Layout = null,
    IReadOnlyList<LegacyDecoding>? Decoded = null);

/// <summary>Which OCR engine read the pages, and how sure it was (mean over OCR'd pages).</summary>
public sealed record OcrSummary(string Engine, double MeanConfidence, IReadOnlyList<int> PagesForReview);

/// <summary>Everything the pipeline learns from one file, before anything is stored.</summary>
public sealed record DocumentAnalysis(
    string File,
    string Sha256,
    FileKind Kind,
    IReadOnlyList<PageAnalysis> Pages,
    DirectiveFacts Facts,
    OcrSummary? Ocr,
    NoiseReport Noise)
{
    /// <summary>All pages' canonical text, pages separated by a blank line.</summary>
    public string Text => JoinPages(Pages);

    public static string JoinPages(IEnumerable<PageAnalysis> pages) => string.Join("\n\n", pages.Select(p => p.Text));
}
