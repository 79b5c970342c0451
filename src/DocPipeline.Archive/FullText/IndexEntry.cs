namespace DocPipeline.Archive.FullText;

/// <summary>
/// What the index holds of one catalog document: derived data, rebuilt from the catalog at will.
/// NumberKey and CitedKeys are exact reference keys (<see cref="ReferenceKeys.Exact"/>).
/// </summary>
public sealed record IndexEntry(
    long Id,
    string Heading,
    IReadOnlyList<string> Pages,
    string? NumberKey,
    IReadOnlyList<string> CitedKeys,
    string? Type,
    string? Issuer,
    DateOnly? Date);

/// <summary>
/// A catalog change: its sequence number and the document it added or, when <paramref name="Replaces"/>, corrected
/// (the index may already hold it: its entry is replaced). The catalog never removes a document.
/// </summary>
public sealed record CatalogChange(long Sequence, IndexEntry Entry, bool Replaces = false);

/// <summary>The side of the catalog the index reads: which catalog it is, and its changes in order.</summary>
public interface ICatalogChanges
{
    /// <summary>Identifies the catalog file: an index built from another catalog is rebuilt.</summary>
    string CatalogId { get; }

    long LastSequence();

    /// <summary>Changes after <paramref name="sequence"/>, oldest first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<CatalogChange> ChangesAfter(long sequence, int limit);
}

/// <summary>The side of the catalog a search reads, open for one search: the documents found and their pages.</summary>
public interface ICatalogReader : IDisposable
{
    DocumentSummary? Get(long id);
    IReadOnlyList<StoredPage> Pages(long id);
}
