namespace DocPipeline.Archive;

/// <summary>
/// The catalog and the full-text index behind one narrow interface: the catalog in the embedded SQLite file
/// (<see cref="Sqlite.SqliteDocumentStore"/>) or in a shared PostgreSQL (<see cref="Postgres.PostgresDocumentStore"/>),
/// with this process's Lucene index derived from it.
/// A document is the unit of atomicity: its catalog row, pages, references and index entries are
/// written together or not at all; the index never holds a half-written document.
/// </summary>
public interface IDocumentStore : IDisposable
{
    DocumentSummary? FindBySha256(string sha256);

    /// <summary>Throws <see cref="DocumentArchivedException"/> when the content is archived already (another worker may have just stored it).</summary>
    long Add(NewDocument document);

    /// <summary>
    /// Adds many documents in one round trip (bulk loads, reindex). Each document is still all or
    /// nothing; one that cannot be stored (its content is already archived) is skipped, and its
    /// entry in the result is null.
    /// </summary>
    IReadOnlyList<long?> AddBatch(IReadOnlyList<NewDocument> documents);

    DocumentSummary? Get(long id);
    IReadOnlyList<StoredPage> Pages(long id);
    IReadOnlyList<SearchHit> Search(SearchRequest request);

    /// <summary>Type, issuer and year counts over every document the request finds (its filters applied).</summary>
    SearchFacets Facets(SearchRequest request);

    /// <summary>Directives like this one: similar wording, and the same references cited or bearing them; most alike first.</summary>
    IReadOnlyList<DocumentSummary> Related(long id, int limit = 5);

    /// <summary>Completions of what is being typed, from the index's own terms: issuers, reference numbers, frequent words.</summary>
    IReadOnlyList<string> Suggest(string prefix, int limit = 8);
    IReadOnlyList<CitationLink> Cites(long id);
    IReadOnlyList<DocumentSummary> CitedBy(long id);
    int Count();
}

/// <summary>A document of the same content is in the catalog already (another worker may have stored it a moment before).</summary>
public sealed class DocumentArchivedException(string sha256, long? documentId)
    : InvalidOperationException($"A document with the content {sha256} is already archived{(documentId is null ? "" : $" (document {documentId})")}.")
{
    public long? DocumentId { get; } = documentId;
}
