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
    NoiseReport Noise)
{
    internal sealed record ReferenceOutput(string Number, string? Date, string? Type);
    internal sealed record DateOutput(string Date, string Text);
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
        a.Facts.References.Select(r => new ReferenceOutput(r.Number, Iso(r.Date), r.Type)).ToList(),
        a.Facts.Dates.Select(d => new DateOutput(Iso(d.Date)!, d.Text)).ToList(),
        a.Ocr is { } o ? new OcrOutput(o.Engine, o.MeanConfidence, o.PagesForReview) : null,
        a.Noise);

    internal static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
