using DocPipeline.Archive;
using DocPipeline.Archive.Originals;
using DocPipeline.Cli;
using DocPipeline.Ocr.Intake;
using DocPipeline.Pipeline;

namespace DocPipeline.Web;

/// <summary>What the search page asks: the words, the filters, the order and the page of results.</summary>
public sealed record WebSearch(string Text, string? Type, string? Issuer, DateOnly? From, DateOnly? To, int Limit, int Offset, bool NewestFirst = false);

public sealed record SearchHitView(long Id, string File, string? DocumentNumber, string? DocumentDate, string? DocumentType, string? Issuer, double Score, string Snippet, int Page);

/// <summary>One page of results; <c>More</c> says whether a next page exists; <c>Facets</c> counts type, issuer and year over all of them.</summary>
public sealed record SearchResultsView(IReadOnlyList<SearchHitView> Hits, int Offset, int Limit, bool More, SearchFacets Facets);

public sealed record PageView(int Number, string Text, string Origin, int? Confidence);

public sealed record ReferenceView(string Number, string? Date, string? Type, long? Id);

public sealed record CitingView(long Id, string? DocumentNumber, string? DocumentDate, string? DocumentType, string? Issuer);

public sealed record DocumentView(
    long Id, string File, string Sha256, string Kind, int PageCount,
    string? DocumentNumber, string? DocumentDate, string? DocumentType, string? Issuer, string? Subject,
    string? OcrEngine, double? MeanConfidence, DateTimeOffset AddedAt, string Citation, bool SearchablePdf,
    IReadOnlyList<PageView> Pages, IReadOnlyList<ReferenceView> Cites, IReadOnlyList<CitingView> CitedBy);

/// <summary>
/// An archived original found by document id: where its bytes are and what it is, and for a
/// word-processor document the PDF LibreOffice laid it out in (its searchable PDF), if made.
/// </summary>
public sealed record ArchivedOriginal(long Id, string Sha256, string Kind, int PageCount, string FileName, string Path, string? LaidOutPdf = null);

/// <summary>
/// The web layer's one door into the archive: every call it makes to IDocumentStore,
/// IOriginalStore and the citation text is in this file, so a change of those APIs is
/// adapted here and nowhere else. Results come out as plain records for JSON.
/// </summary>
public sealed class ArchiveView(IDocumentStore store, IOriginalStore originals)
{
    public SearchResultsView Search(WebSearch q)
    {
        // One more than a page is asked for, to know whether there is a next page.
        var request = new SearchRequest(q.Text, q.Limit + 1, q.Offset, q.Type, q.From, q.To, q.Issuer, q.NewestFirst);
        var hits = store.Search(request).ToList();
        var page = hits.Take(q.Limit).Select(h => new SearchHitView(
            h.Document.Id, h.Document.FileName, h.Document.Number, Iso(h.Document.Date), h.Document.Type,
            h.Document.Issuer, h.Score, h.Snippet, h.Page)).ToList();
        return new SearchResultsView(page, q.Offset, q.Limit, hits.Count > q.Limit, store.Facets(request));
    }

    public DocumentView? Document(long id)
    {
        if (store.Get(id) is not { } d) return null;
        return new DocumentView(
            d.Id, d.FileName, d.Sha256, d.Kind, d.PageCount, d.Number, Iso(d.Date), d.Type, d.Issuer, d.Subject,
            d.OcrEngine, d.MeanConfidence, d.AddedAt, DocumentVerbs.Citation(d, null),
            originals.FindSidecar(d.Sha256, SearchablePdfs.Sidecar) is not null,
            store.Pages(id).Select(p => new PageView(p.Number, p.Text, p.Origin, p.Confidence)).ToList(),
            store.Cites(id).Select(c => new ReferenceView(c.Number, Iso(c.Date), c.Type, c.DocumentId)).ToList(),
            store.CitedBy(id).Select(c => new CitingView(c.Id, c.Number, Iso(c.Date), c.Type, c.Issuer)).ToList());
    }

    /// <summary>Directives like this one (wording, shared references); null when there is no such document.</summary>
    public IReadOnlyList<CitingView>? Related(long id) =>
        store.Get(id) is null ? null : store.Related(id).Select(c => new CitingView(c.Id, c.Number, Iso(c.Date), c.Type, c.Issuer)).ToList();

    /// <summary>Completions of what is typed in the search box.</summary>
    public IReadOnlyList<string> Suggest(string prefix) => store.Suggest(prefix);

    /// <summary>The report citation, with the page when one is given; null when there is no such document.</summary>
    public string? Citation(long id, int? page) =>
        store.Get(id) is { } d ? DocumentVerbs.Citation(d, page is > 0 && page <= d.PageCount ? page : null) : null;

    public ArchivedOriginal? Original(long id) =>
        store.Get(id) is { } d && originals.Find(d.Sha256) is { } path
            ? new ArchivedOriginal(d.Id, d.Sha256, d.Kind, d.PageCount, d.FileName, path,
                Enum.TryParse<FileKind>(d.Kind, ignoreCase: true, out var kind) && kind.IsWordProcessor() ? originals.FindSidecar(d.Sha256, SearchablePdfs.Sidecar) : null)
            : null;

    /// <summary>The searchable PDF made beside a document's original, and the name to download it as; null when there is none.</summary>
    public (string Path, string FileName)? SearchablePdf(long id) =>
        store.Get(id) is { } d && originals.FindSidecar(d.Sha256, SearchablePdfs.Sidecar) is { } path
            ? (path, Path.GetFileNameWithoutExtension(d.FileName) + ".searchable.pdf")
            : null;

    /// <summary>The id of the archived document with these bytes, if any.</summary>
    public long? IdOf(string sha256) => store.FindBySha256(sha256)?.Id;

    public int Count() => store.Count();

    private static string? Iso(DateOnly? date) => AnalyzeOutput.Iso(date);
}
