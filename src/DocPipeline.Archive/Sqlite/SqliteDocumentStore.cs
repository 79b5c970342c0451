using System.Globalization;
using DocPipeline.Lao.Text;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>The embedded catalog and index: one SQLite file, WAL mode, a connection per operation.</summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    private readonly string _connectionString;
    private readonly SearchAnalyzer _analyzer;
    private readonly SqliteSearch _search;

    public SqliteDocumentStore(string databasePath, SearchAnalyzer analyzer, LaoTextEngine textEngine)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
        }.ToString();
        _analyzer = analyzer;
        using (var connection = Open())
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Schema.Create;
            create.ExecuteNonQuery();
        }
        _search = new SqliteSearch(Open, analyzer, textEngine);
    }

    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";
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
        return DocumentRows.Query(connection, "WHERE id = $v", ("$v", id)).FirstOrDefault();
    }

    public long Add(NewDocument document)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var facts = document.Facts;
        long id = Scalar<long>(connection, """
            INSERT INTO documents (sha256, file_name, original_path, kind, page_count, number, number_key, date, type, issuer, subject, ocr_engine, mean_confidence, added_at)
            VALUES ($sha, $name, $path, $kind, $pages, $number, $key, $date, $type, $issuer, $subject, $engine, $conf, $added)
            RETURNING id
            """,
            ("$sha", document.Sha256), ("$name", document.FileName), ("$path", document.OriginalPath),
            ("$kind", document.Kind), ("$pages", document.Pages.Count), ("$number", facts.DocumentNumber),
            ("$key", facts.DocumentNumber is null ? null : Lao.Extraction.ReferenceNumbers.KeyOf(facts.DocumentNumber)),
            ("$date", IsoDate(facts.DocumentDate)), ("$type", facts.DocumentType), ("$issuer", facts.Issuer),
            ("$subject", facts.Subject), ("$engine", document.OcrEngine), ("$conf", document.MeanConfidence),
            ("$added", DateTimeOffset.UtcNow.ToString("O")));

        foreach (var page in document.Pages)
        {
            long pageRow = Scalar<long>(connection, """
                INSERT INTO pages (document_id, number, text, raw_text, origin, confidence)
                VALUES ($doc, $n, $text, $raw, $origin, $conf) RETURNING id
                """,
                ("$doc", id), ("$n", page.Number), ("$text", page.Text), ("$raw", page.RawText),
                ("$origin", page.Origin), ("$conf", page.Confidence));
            var forms = _analyzer.Analyze(page.Text);
            Execute(connection, "INSERT INTO page_index (rowid, words, toneless, folded) VALUES ($row, $w, $t, $f)",
                ("$row", pageRow), ("$w", forms.Words), ("$t", forms.Toneless), ("$f", forms.Folded));
            Execute(connection, "INSERT INTO page_trigram (rowid, folded_run) VALUES ($row, $r)", ("$row", pageRow), ("$r", forms.FoldedRun));
        }
        foreach (var reference in facts.References)
            Execute(connection, "INSERT INTO citations (document_id, number, key, date, type) VALUES ($doc, $n, $k, $d, $t)",
                ("$doc", id), ("$n", reference.Number), ("$k", reference.Key), ("$d", IsoDate(reference.Date)), ("$t", reference.Type));
        transaction.Commit();
        return id;
    }

    public IReadOnlyList<StoredPage> Pages(long id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT number, text, raw_text, origin, confidence FROM pages WHERE document_id = $id ORDER BY number";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var pages = new List<StoredPage>();
        while (reader.Read())
            pages.Add(new StoredPage(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        return pages;
    }

    public IReadOnlyList<SearchHit> Search(SearchRequest request) => _search.Search(request);

    public IReadOnlyList<CitationLink> Cites(long id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.number, c.key, c.date, c.type,
                   (SELECT d.id FROM documents d WHERE d.number_key = c.key AND d.id <> c.document_id ORDER BY d.id LIMIT 1)
            FROM citations c WHERE c.document_id = $id ORDER BY c.rowid
            """;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var links = new List<CitationLink>();
        while (reader.Read())
            links.Add(new CitationLink(reader.GetString(0), reader.GetString(1), ParseDate(reader.IsDBNull(2) ? null : reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt64(4)));
        return links;
    }

    public IReadOnlyList<DocumentSummary> CitedBy(long id)
    {
        using var connection = Open();
        return DocumentRows.Query(connection,
            "WHERE id IN (SELECT c.document_id FROM citations c JOIN documents t ON t.number_key = c.key WHERE t.id = $v AND c.document_id <> $v) ORDER BY date, id",
            ("$v", id));
    }

    public int Count()
    {
        using var connection = Open();
        return (int)Scalar<long>(connection, "SELECT COUNT(*) FROM documents");
    }

    public void Dispose() => SqliteConnection.ClearAllPools();

    internal static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? ParseDate(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Scalar<T>(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    internal static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
