using DocPipeline.Archive;
using DocPipeline.Archive.Originals;
using DocPipeline.Ocr.Intake;
using DocPipeline.Pipeline;
using DocPipeline.Views;

namespace DocPipeline.Web;

/// <summary>What the search page asks: the words, the filters, the order and the page of results.</summary>
public sealed record WebSearch(string Text, string? Type, string? Issuer, DateOnly? From, DateOnly? To, int Limit, int Offset, bool NewestFirst = false);

/// <summary>One page of results; <c>More</c> says whether a next page exists; <c>Facets</c> counts type, issuer and year over all of them.</summary>
public sealed record SearchResultsView(IReadOnlyList<SearchHitView> Hits, int Offset, int Limit, bool More, SearchFacets Facets);

/// <summary>
/// An archived original found by document id: where its bytes are and what it is, and for a
/// word-processor document the PDF LibreOffice laid it out in (its searchable PDF), if made.
/// </summary>
public sealed record ArchivedOriginal(long Id, string Sha256, string Kind, int PageCount, string FileName, string Path, string? LaidOutPdf = null);

/// <summary>
/// The web layer's one door into the archive: it calls IDocumentStore and IOriginalStore here and through the
/// shapes in Views/ (which the command line writes too), so a change of those APIs is adapted in those two places.
/// Results come out as plain records for JSON.
/// </summary>
public sealed class ArchiveView(IDocumentStore store, IOriginalStore originals, Archive.Staff.ICorrectionStore corrections)
{
    public SearchResultsView Search(WebSearch q)
    {
        // One more than a page is asked for, to know whether there is a next page.
        var request = new SearchRequest(q.Text, q.Limit + 1, q.Offset, q.Type, q.From, q.To, q.Issuer, q.NewestFirst);
        var hits = store.Search(request).ToList();
        var page = hits.Take(q.Limit).Select(SearchHitView.From).ToList();
        return new SearchResultsView(page, q.Offset, q.Limit, hits.Count > q.Limit, store.Facets(request));
    }

    public DocumentView? Document(long id) => DocumentView.Of(id, store, originals, corrections);

    /// <summary>Directives like this one (wording, shared references); null when there is no such document.</summary>
    public IReadOnlyList<CitingView>? Related(long id) =>
        store.Get(id) is null ? null : store.Related(id).Select(CitingView.From).ToList();

    /// <summary>Completions of what is typed in the search box.</summary>
    public IReadOnlyList<string> Suggest(string prefix) => store.Suggest(prefix);

    /// <summary>The report citation, with the page when one is given; null when there is no such document.</summary>
    public string? Citation(long id, int? page) =>
        store.Get(id) is { } d ? Views.Citation.Of(d, page is > 0 && page <= d.PageCount ? page : null) : null;

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
}
