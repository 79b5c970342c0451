using System.Data.Common;
using DocPipeline.Archive.FullText;
using DocPipeline.Archive.Staff;
using DocPipeline.Lao.Text;

namespace DocPipeline.Archive.Catalog;

/// <summary>
/// The catalog in a database (<see cref="CatalogDatabase"/>: the SQLite file, or PostgreSQL shared by several nodes)
/// and this process's Lucene index derived from it. A document is stored in the catalog first, then indexed from the
/// catalog's changes (<see cref="LuceneIndex.CatchUp"/>), so a crash between the two is made good when the store next
/// opens, and a change another process made is indexed when the index next looks.
/// </summary>
public abstract class CatalogStore : IDocumentStore
{
    /// <summary>Staff corrections, applied over what the machine read.</summary>
    public ICorrectionStore Corrections { get; }

    /// <summary>Documents a person should look at, worst first.</summary>
    public IReviewQueue Review { get; }

    public IAccountStore Accounts { get; }

    public IAuditLog Audit { get; }

    private protected CatalogDatabase Database { get; }
    private protected LuceneIndex Index { get; }
    private readonly LuceneSearch _search;
    private readonly RelatedDirectives _related;
    private readonly Suggestions _suggestions;

    private protected CatalogStore(CatalogDatabase database, string indexPath, SearchAnalyzer analyzer, LaoTextEngine textEngine,
        WordRanking ranking = WordRanking.Tiers, int parallelFrom = LuceneIndex.ParallelFrom)
    {
        Database = database;
        Index = new LuceneIndex(indexPath, analyzer.Segmenter, new CatalogChanges(database.Open, database.Identify()), parallelFrom);
        _search = new LuceneSearch(Index, textEngine, analyzer, () => new CatalogReader(Open()), ranking);
        _related = new RelatedDirectives(Index, analyzer.Segmenter, () => new CatalogReader(Open()));
        _suggestions = new Suggestions(Index, textEngine);
        Corrections = new CatalogCorrections(this);
        Review = new CatalogReviewQueue(this);
        Accounts = new CatalogAccounts(this);
        Audit = new CatalogAuditLog(this);
    }

    /// <summary>Indexes what the catalog changed since the index last looked.</summary>
    internal void CatchUp() => Index.CatchUp();

    internal DbConnection Open() => Database.Open();

    internal bool IsDuplicate(DbException e) => Database.IsDuplicate(e);

    /// <summary>The row of `changes` that makes every index replace a corrected document; in the correction's transaction.</summary>
    internal void RecordCorrected(DbConnection connection, long id) => DocumentWriter.RecordChanges(Database, connection, [id], corrected: true);

    internal static DocumentSummary? Get(DbConnection connection, long id) =>
        DocumentRows.Query(connection, "WHERE id = @v", ("@v", id)).FirstOrDefault();

    /// <summary>Documents in the index (the catalog's <see cref="Count"/> once caught up).</summary>
    public int IndexedCount() => Index.Count();

    public DocumentSummary? FindBySha256(string sha256)
    {
        using var connection = Open();
        return DocumentRows.Query(connection, "WHERE sha256 = @v", ("@v", sha256)).FirstOrDefault();
    }

    public DocumentSummary? Get(long id)
    {
        using var connection = Open();
        return Get(connection, id);
    }

    public long Add(NewDocument document) =>
        AddBatch([document])[0] ?? throw new DocumentArchivedException(document.Sha256, FindBySha256(document.Sha256)?.Id);

    public IReadOnlyList<long?> AddBatch(IReadOnlyList<NewDocument> documents)
    {
        List<long?> ids;
        using (var connection = Open())
        using (var transaction = connection.BeginTransaction())
        {
            using var writer = new DocumentWriter(Database, connection, transaction);
            ids = documents.Select(writer.TryWrite).ToList();
            writer.RecordChanges(ids.OfType<long>().ToList());
            transaction.Commit();
        }
        Index.CatchUp();
        return ids;
    }

    public IReadOnlyList<StoredPage> Pages(long id)
    {
        using var connection = Open();
        using var command = Sql.Command(connection, $"SELECT {PageRows.Columns} FROM pages WHERE document_id = @id ORDER BY number", ("@id", id));
        return PageRows.Read(command);
    }

    public IReadOnlyList<SearchHit> Search(SearchRequest request) => _search.Search(request);

    public SearchFacets Facets(SearchRequest request) => _search.Facets(request);

    public IReadOnlyList<DocumentSummary> Related(long id, int limit = 5) =>
        Get(id) is { } document ? _related.Of(document, Pages(id), Cites(id).Select(c => c.Key).ToList(), limit) : [];

    public IReadOnlyList<string> Suggest(string prefix, int limit = 8) => _suggestions.For(prefix, limit);

    /// <summary>What a document cites: linked by the exact key when that document is archived, else by the folded key.</summary>
    public IReadOnlyList<CitationLink> Cites(long id)
    {
        using var connection = Open();
        using var command = Sql.Command(connection, """
            SELECT c.number, c.key, c.date, c.type,
                   (SELECT d.id FROM documents d WHERE d.number_key = c.key AND d.id <> c.document_id ORDER BY d.id LIMIT 1),
                   (SELECT d.id FROM documents d WHERE d.number_folded = c.folded_key AND d.id <> c.document_id ORDER BY d.id LIMIT 1)
            FROM citations c WHERE c.document_id = @id ORDER BY c.rowid
            """, ("@id", id));
        using var reader = command.ExecuteReader();
        var links = new List<CitationLink>();
        while (reader.Read())
        {
            long? exact = reader.IsDBNull(4) ? null : reader.GetInt64(4), folded = reader.IsDBNull(5) ? null : reader.GetInt64(5);
            links.Add(new CitationLink(reader.GetString(0), reader.GetString(1), Sql.ParseDate(Sql.Text(reader, 2)),
                Sql.Text(reader, 3), exact ?? folded, exact is null && folded is not null));
        }
        return links;
    }

    /// <summary>The documents that cite this one, by its exact or its folded number, oldest first.</summary>
    public IReadOnlyList<DocumentSummary> CitedBy(long id)
    {
        using var connection = Open();
        return DocumentRows.Query(connection, """
            WHERE id IN (SELECT c.document_id FROM documents t JOIN citations c ON c.key = t.number_key WHERE t.id = @v
                         UNION SELECT c.document_id FROM documents t JOIN citations c ON c.folded_key = t.number_folded WHERE t.id = @v)
              AND id <> @v
            ORDER BY date, id
            """, ("@v", id));
    }

    public int Count()
    {
        using var connection = Open();
        return (int)Sql.Count(connection, "SELECT COUNT(*) FROM documents");
    }

    /// <summary>After a bulk load: merges the index into one segment (a search pays per segment).</summary>
    public virtual void Checkpoint() => Index.Merge();

    public virtual void Dispose()
    {
        Index.Dispose();
        Database.Dispose();
    }
}
