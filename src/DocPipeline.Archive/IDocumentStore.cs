namespace DocPipeline.Archive;

/// <summary>
/// The catalog and the full-text index behind one narrow interface. The embedded default is
/// SQLite (<see cref="Sqlite.SqliteDocumentStore"/>); a server backend implements the same.
/// Adding a document writes its catalog row, pages, references and index entries in one
/// transaction: the index never holds a half-written document.
/// </summary>
public interface IDocumentStore : IDisposable
{
    DocumentSummary? FindBySha256(string sha256);
    long Add(NewDocument document);
    DocumentSummary? Get(long id);
    IReadOnlyList<StoredPage> Pages(long id);
    IReadOnlyList<SearchHit> Search(SearchRequest request);
    IReadOnlyList<CitationLink> Cites(long id);
    IReadOnlyList<DocumentSummary> CitedBy(long id);
    int Count();
}
