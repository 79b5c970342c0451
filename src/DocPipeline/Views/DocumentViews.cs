using System.Globalization;
using DocPipeline.Archive;
using DocPipeline.Archive.Originals;
using DocPipeline.Archive.Staff;
using DocPipeline.Lao.Extraction;
using DocPipeline.Pipeline;

namespace DocPipeline.Views;

// The JSON shapes of a document and of a search hit, one each, written alike by the command line
// (`show --json`, `search --json`) and the web API (`/api/documents/{id}`, `/api/search`).

/// <summary>One search result: the document, the page that matched, the passage with the words marked «».</summary>
public sealed record SearchHitView(long Id, string File, string? DocumentNumber, string? DocumentDate, string? DocumentType, string? Issuer, double Score, string Snippet, int Page, string? Title)
{
    public static SearchHitView From(SearchHit hit) => new(
        hit.Document.Id, hit.Document.FileName, hit.Document.Number, Dates.Iso(hit.Document.Date), hit.Document.Type,
        hit.Document.Issuer, Math.Round(hit.Score, 4), hit.Snippet, hit.Page, hit.Document.Title);
}

public sealed record PageView(int Number, string Text, string Origin, int? Confidence);

/// <summary>A reference the document makes; <c>Id</c> the archived document it names, linked <c>exact</c> or <c>folded</c> (the number as OCR damaged it).</summary>
public sealed record ReferenceView(string Number, string? Date, string? Type, long? Id, string? LinkedBy);

public sealed record CitingView(long Id, string? DocumentNumber, string? DocumentDate, string? DocumentType, string? Issuer)
{
    public static CitingView From(DocumentSummary d) => new(d.Id, d.Number, Dates.Iso(d.Date), d.Type, d.Issuer);
}

/// <summary>A value staff corrected: the field (and page, for a page's text), the value now, and what the machine read.</summary>
public sealed record CorrectionView(string Field, int? Page, string? Value, string? MachineValue, string By, DateTimeOffset At)
{
    public static CorrectionView From(StoredCorrection c) => new(c.Field, c.Page == 0 ? null : c.Page, c.Value, c.MachineValue, c.By, c.At);
}

/// <summary>
/// An archived document as corrected: identity, the citation for a report, its pages, what it cites and what cites
/// it, and where staff corrected what the machine read.
/// </summary>
public sealed record DocumentView(
    long Id, string File, string Sha256, string Kind, int PageCount,
    string? DocumentNumber, string? DocumentDate, string? DocumentType, string? Issuer, string? Subject,
    string? OcrEngine, double? MeanConfidence, DateTimeOffset AddedAt, string Citation, bool SearchablePdf,
    IReadOnlyList<PageView> Pages, IReadOnlyList<ReferenceView> Cites, IReadOnlyList<CitingView> CitedBy, string? Title,
    IReadOnlyList<CorrectionView> Corrections)
{
    /// <summary>The document with this id; null when the archive has none.</summary>
    public static DocumentView? Of(long id, IDocumentStore store, IOriginalStore originals, ICorrectionStore corrections)
    {
        if (store.Get(id) is not { } d) return null;
        return new DocumentView(
            d.Id, d.FileName, d.Sha256, d.Kind, d.PageCount, d.Number, Dates.Iso(d.Date), d.Type, d.Issuer, d.Subject,
            d.OcrEngine, d.MeanConfidence, d.AddedAt, Views.Citation.Of(d, null),
            originals.FindSidecar(d.Sha256, SearchablePdfs.Sidecar) is not null,
            store.Pages(id).Select(p => new PageView(p.Number, p.Text, p.Origin, p.Confidence)).ToList(),
            store.Cites(id).Select(c => new ReferenceView(c.Number, Dates.Iso(c.Date), c.Type, c.DocumentId,
                c.DocumentId is null ? null : c.Folded ? "folded" : "exact")).ToList(),
            store.CitedBy(id).Select(CitingView.From).ToList(),
            d.Title,
            corrections.Corrections(id).Select(CorrectionView.From).ToList());
    }
}

/// <summary>The citation for a report, in Lao, with the page when one is given.</summary>
public static class Citation
{
    /// <summary>The title stands in for what the document does not say (a type, a number): never just an id or a page.</summary>
    public static string Of(DocumentSummary doc, int? page) => CitationText.Format(doc.Type, doc.Issuer, doc.Number, doc.Date, page, doc.Title);
}

/// <summary>Dates in JSON (`yyyy-MM-dd`, null when unknown) and in search filters (a date, or a year).</summary>
public static class Dates
{
    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A filter bound: `yyyy-MM-dd`, or a year standing for its first day (or, at the <paramref name="endOfYear"/>, its last); blank is no bound.</summary>
    public static bool TryParseFilter(string? s, bool endOfYear, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(s)) return true;
        if (DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) { date = d; return true; }
        if (int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is > 1900 and < 2200)
        {
            date = endOfYear ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }
        return false;
    }
}
