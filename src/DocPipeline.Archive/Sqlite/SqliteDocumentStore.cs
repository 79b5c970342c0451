using System.Globalization;
using DocPipeline.Archive.FullText;
using DocPipeline.Archive.Staff;
using DocPipeline.Lao.Text;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// The embedded catalog in one SQLite file (WAL mode, a connection per operation), and the Lucene index
/// derived from it in a folder beside it (<see cref="IndexPath"/>). A document is stored in the catalog
/// first, then indexed from the catalog's changes (<see cref="LuceneIndex.CatchUp"/>), so a crash between
/// the two is made good when the store next opens.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    /// <summary>Staff corrections, applied over what the machine read.</summary>
    public ICorrectionStore Corrections { get; }

    /// <summary>Documents a person should look at, worst first.</summary>
    public IReviewQueue Review { get; }

    public IAccountStore Accounts { get; }

    public IAuditLog Audit { get; }

    private readonly string _connectionString;
    private readonly LuceneIndex _index;
    private readonly LuceneSearch _search;
    private readonly RelatedDirectives _related;
    private readonly Suggestions _suggestions;

    public SqliteDocumentStore(string databasePath, SearchAnalyzer analyzer, LaoTextEngine textEngine)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
        }.ToString();
        using (var connection = Open()) Schema.Ensure(connection, databasePath);
        _index = new LuceneIndex(IndexPath(databasePath), analyzer.Segmenter, new CatalogChanges(Open));
        _search = new LuceneSearch(_index, textEngine, analyzer, () => new CatalogReader(Open()));
        _related = new RelatedDirectives(_index, analyzer.Segmenter, () => new CatalogReader(Open()));
        _suggestions = new Suggestions(_index, textEngine);
        Corrections = new SqliteCorrections(this);
        Review = new SqliteReviewQueue(this);
        Accounts = new SqliteAccounts(this);
        Audit = new SqliteAuditLog(this);
    }

    /// <summary>Indexes what the catalog changed since the index last looked.</summary>
    internal void CatchUp() => _index.CatchUp();

    internal static DocumentSummary? Get(SqliteConnection connection, long id) =>
        DocumentRows.Query(connection, "WHERE id = $v", ("$v", id)).FirstOrDefault();

    /// <summary>Where the index of a catalog file lives: `catalog.db` → `catalog.lucene/`.</summary>
    public static string IndexPath(string databasePath) => Path.ChangeExtension(Path.GetFullPath(databasePath), ".lucene");

    /// <summary>Documents in the index (the catalog's <see cref="Count"/> once caught up).</summary>
    public int IndexedCount() => _index.Count();

    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    public DocumentSummary? FindBySha256(string sha256)
    {
        using var connection = Open();
        return DocumentRows.Query(connection, "WHERE sha256 = $v", ("$v", sha256)).FirstOrDefault();
    }

    public DocumentSummary? Get(long id)
    {
        using var connection = Open();
        return Get(connection, id);
    }

    public long Add(NewDocument document) =>
        AddBatch([document])[0] ?? throw new InvalidOperationException($"A document with the content {document.Sha256} is already archived.");

    public IReadOnlyList<long?> AddBatch(IReadOnlyList<NewDocument> documents)
    {
        List<long?> ids;
        using (var connection = Open())
        using (var transaction = connection.BeginTransaction())
        {
            using var writer = new DocumentWriter(connection, transaction);
            ids = documents.Select(writer.TryWrite).ToList();
            transaction.Commit();
        }
        _index.CatchUp();
        return ids;
    }

    public IReadOnlyList<StoredPage> Pages(long id)
    {
        using var connection = Open();
        using var command = Command(connection, $"SELECT {PageRows.Columns} FROM pages WHERE document_id = $id ORDER BY number", ("$id", id));
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
        using var command = Command(connection, """
            SELECT c.number, c.key, c.date, c.type,
                   (SELECT d.id FROM documents d WHERE d.number_key = c.key AND d.id <> c.document_id ORDER BY d.id LIMIT 1),
                   (SELECT d.id FROM documents d WHERE d.number_folded = c.folded_key AND d.id <> c.document_id ORDER BY d.id LIMIT 1)
            FROM citations c WHERE c.document_id = $id ORDER BY c.rowid
            """, ("$id", id));
        using var reader = command.ExecuteReader();
        var links = new List<CitationLink>();
        while (reader.Read())
        {
            long? exact = reader.IsDBNull(4) ? null : reader.GetInt64(4), folded = reader.IsDBNull(5) ? null : reader.GetInt64(5);
            links.Add(new CitationLink(reader.GetString(0), reader.GetString(1), ParseDate(reader.IsDBNull(2) ? null : reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3), exact ?? folded, exact is null && folded is not null));
        }
        return links;
    }

    /// <summary>The documents that cite this one, by its exact or its folded number, oldest first.</summary>
    public IReadOnlyList<DocumentSummary> CitedBy(long id)
    {
        using var connection = Open();
        return DocumentRows.Query(connection, """
            WHERE id IN (SELECT c.document_id FROM documents t JOIN citations c ON c.key = t.number_key WHERE t.id = $v
                         UNION SELECT c.document_id FROM documents t JOIN citations c ON c.folded_key = t.number_folded WHERE t.id = $v)
              AND id <> $v
            ORDER BY date, id
            """, ("$v", id));
    }

    public int Count()
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT COUNT(*) FROM documents");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Copies what staff added (corrections, checked documents, accounts, tokens, the audit log) from another catalog file
    /// into this new one, before its documents are written so that they are written corrected. Columns are matched by
    /// name, so a catalog of an older version gives what it has.
    /// </summary>
    public void CopyStaffTablesFrom(string otherDatabasePath)
    {
        using var connection = Open();
        using (var attach = Command(connection, "ATTACH DATABASE $other AS other", ("$other", otherDatabasePath))) attach.ExecuteNonQuery();
        using (var transaction = connection.BeginTransaction())
        {
            foreach (string table in Schema.CarriedOver)
            {
                var columns = ColumnsOf(connection, "main", table).Intersect(ColumnsOf(connection, "other", table)).ToList();
                if (columns.Count == 0) continue;
                string list = string.Join(", ", columns);
                using var copy = Command(connection, $"INSERT INTO main.{table} ({list}) SELECT {list} FROM other.{table}");
                copy.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        using var detach = Command(connection, "DETACH DATABASE other");
        detach.ExecuteNonQuery();
    }

    private static List<string> ColumnsOf(SqliteConnection connection, string schema, string table)
    {
        using var command = Command(connection, $"SELECT name FROM pragma_table_info($table, $schema)", ("$table", table), ("$schema", schema));
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read()) columns.Add(reader.GetString(0));
        return columns;
    }

    /// <summary>After a bulk load: folds the write-ahead log into the file (so it can be copied or moved alone) and merges the index.</summary>
    public void Checkpoint()
    {
        using (var connection = Open())
        using (var command = Command(connection, "PRAGMA wal_checkpoint(TRUNCATE)"))
            command.ExecuteNonQuery();
        _index.Merge();
    }

    public void Dispose()
    {
        _index.Dispose();
        SqliteConnection.ClearAllPools();
    }

    internal static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? ParseDate(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
