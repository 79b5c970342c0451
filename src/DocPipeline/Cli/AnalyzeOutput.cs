using DocPipeline.Lao.Text;
using DocPipeline.Pipeline;

namespace DocPipeline.Cli;

/// <summary>The `analyze --json` contract: one object per input, unknown values null.</summary>
internal sealed record AnalyzeOutput(
    string File,
    string Sha256,
    int Pages,
    string Text,
    string? DocumentNumber,
    string? DocumentDate,
    string? DocumentType,
    string? Issuer,
    string? Subject,
    IReadOnlyList<AnalyzeOutput.ReferenceOutput> References,
    IReadOnlyList<AnalyzeOutput.DateOutput> Dates,
    AnalyzeOutput.OcrOutput? Ocr,
    NoiseReport Noise,
    IReadOnlyList<string> Addressees,
    double? DocumentDateConfidence,
    bool DatedBeforeCitation,
    IReadOnlyList<AnalyzeOutput.PageOutput> PageInfo,
    string? Title = null)
{
    /// <summary>
    /// Per page: origin (`ocr`, `pdf-text-layer`, `text-file`), OCR confidence, whether it is flagged
    /// for review, the text-layer verdict of a PDF page, and for an OCR'd page where its image came
    /// from (`pdf-image`: the scan itself; `pdf-render`: rendered by poppler; `image-file`).
    /// </summary>
    internal sealed record PageOutput(int Number, string Origin, int? Confidence, bool ForReview, string? TextLayer, string? Image);
    internal sealed record ReferenceOutput(string Number, string? Date, string? Type, string? Issuer, string Key, double? DateConfidence);
    internal sealed record DateOutput(string Date, string Text, double Confidence, string? End);
    internal sealed record OcrOutput(string Engine, double MeanConfidence, IReadOnlyList<int> PagesForReview);

    internal static AnalyzeOutput From(DocumentAnalysis a) => new(
        a.File,
        a.Sha256,
        a.Pages.Count,
        a.Text,
        a.Facts.DocumentNumber,
        Iso(a.Facts.DocumentDate),
        a.Facts.DocumentType,
        a.Facts.Issuer,
        a.Facts.Subject,
        a.Facts.References.Select(r => new ReferenceOutput(r.Number, Iso(r.Date), r.Type, r.Issuer, r.Key, r.DateConfidence)).ToList(),
        a.Facts.Dates.Select(d => new DateOutput(Iso(d.Date)!, d.Text, d.Confidence, Iso(d.End))).ToList(),
        a.Ocr is { } o ? new OcrOutput(o.Engine, o.MeanConfidence, o.PagesForReview) : null,
        a.Noise,
        a.Facts.Addressees ?? [],
        a.Facts.DocumentDateConfidence,
        a.Facts.DatedBeforeCitation,
        a.Pages.Select(p => new PageOutput(p.Number, p.Origin, p.Confidence, a.Ocr?.PagesForReview.Contains(p.Number) == true, p.TextLayer, p.Layout?.Source)).ToList(),
        a.Facts.Title);

    private static string? Iso(DateOnly? d) => Views.Dates.Iso(d);
}
