using DocPipeline.Lao.Extraction;

namespace DocPipeline.Archive;

/// <summary>One page of a document as stored: canonical text for reading and search, raw text as OCR gave it.</summary>
public sealed record StoredPage(int Number, string Text, string RawText, string Origin, int? Confidence);

/// <summary>
/// A document ready to enter the archive: its original (already kept), identity, pages and references.
/// Id and AddedAt are given only when the index is rebuilt, so a document keeps its ID across a reindex.
/// </summary>
public sealed record NewDocument(
    string Sha256,
    string FileName,
    string OriginalPath,
    string Kind,
    DirectiveFacts Facts,
    IReadOnlyList<StoredPage> Pages,
    string? OcrEngine,
    double? MeanConfidence,
    long? Id = null,
    DateTimeOffset? AddedAt = null);

/// <summary>A document in the archive, without its page texts; its identity as corrected by staff where they did.</summary>
public sealed record DocumentSummary(
    long Id,
    string Sha256,
    string FileName,
    string OriginalPath,
    string Kind,
    int PageCount,
    string? Number,
    DateOnly? Date,
    string? Type,
    string? Issuer,
    string? Subject,
    string? OcrEngine,
    double? MeanConfidence,
    DateTimeOffset AddedAt,
    string? Title = null);

/// <summary>
/// A reference one document makes, linked to the archived document it names when there is one.
/// Folded is true when the link was made through the folded key (the number as OCR may have damaged it).
/// </summary>
public sealed record CitationLink(string Number, string Key, DateOnly? Date, string? Type, long? DocumentId, bool Folded = false);

/// <summary>
/// What a search asks for. Text is user input, taken literally except for the documented forms:
/// "a phrase", -excluded, reference numbers. Issuer matches documents whose issuer contains it.
/// NewestFirst orders every document found by its date instead of by relevance.
/// </summary>
public sealed record SearchRequest(
    string Text,
    int Limit = 20,
    int Offset = 0,
    string? Type = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Issuer = null,
    bool NewestFirst = false);

/// <summary>One hit: the document, the page that matched best, a snippet with the matched words marked.</summary>
public sealed record SearchHit(DocumentSummary Document, int Page, string Snippet, double Score);

/// <summary>How many of the documents a search finds have this value (a type, an issuer, a year).</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>Counts beside the results, most frequent first, for narrowing a search by type, issuer or year.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetCount> Type, IReadOnlyList<FacetCount> Issuer, IReadOnlyList<FacetCount> Year)
{
    public static readonly SearchFacets None = new([], [], []);
}
