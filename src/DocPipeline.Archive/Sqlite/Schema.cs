using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// The catalog (documents, pages, citations) in one SQLite file; the job queue shares it, and so do the tables of
/// what staff add (<see cref="StaffTables"/>). The full-text index is derived data, kept by Lucene beside the file
/// (see <see cref="FullText.LuceneIndex"/>): every document the catalog adds or staff correct is a row of `changes`,
/// whose sequence number the index records as the last it holds, and `catalog` names the file so an index built
/// from another catalog is rebuilt. Version 5 added titles and the staff tables; an older catalog is upgraded by
/// `reindex`, which carries the staff tables over from any version that has them.
/// </summary>
internal static class Schema
{
    internal const int Version = 5;

    private static readonly string Create = $"""
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL,
            original_path TEXT NOT NULL,
            kind TEXT NOT NULL,
            page_count INTEGER NOT NULL,
            number TEXT,
            number_key TEXT,
            number_folded TEXT,
            date TEXT,
            type TEXT,
            issuer TEXT,
            subject TEXT,
            title TEXT,
            ocr_engine TEXT,
            mean_confidence REAL,
            added_at TEXT NOT NULL
        );
        CREATE INDEX documents_number_key ON documents(number_key);
        CREATE INDEX documents_number_folded ON documents(number_folded);
        CREATE INDEX documents_date ON documents(date);
        CREATE TABLE pages (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            raw_text TEXT,
            origin TEXT NOT NULL,
            confidence INTEGER,
            UNIQUE(document_id, number)
        );
        CREATE TABLE citations (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number TEXT NOT NULL,
            key TEXT NOT NULL,
            folded_key TEXT NOT NULL,
            date TEXT,
            type TEXT
        );
        CREATE INDEX citations_key ON citations(key);
        CREATE INDEX citations_folded_key ON citations(folded_key);
        CREATE INDEX citations_document ON citations(document_id);
        CREATE TABLE changes (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            corrected INTEGER NOT NULL DEFAULT 0
        );
        {StaffTables}
        CREATE TABLE catalog (id TEXT NOT NULL);
        INSERT INTO catalog (id) VALUES (lower(hex(randomblob(16))));
        PRAGMA user_version = {Version};
        """;

    /// <summary>
    /// What staff add, keyed by content (sha256) rather than by row, so that `reindex` (which rebuilds the documents
    /// from the archived text) carries it over and applies it again: corrections with the value the machine read,
    /// documents a clerk has checked, accounts and their API tokens, and the append-only audit log.
    /// </summary>
    internal const string StaffTables = """
        CREATE TABLE corrections (
            sha256 TEXT NOT NULL,
            page INTEGER NOT NULL,
            field TEXT NOT NULL,
            value TEXT,
            machine_value TEXT,
            corrected_by TEXT NOT NULL,
            corrected_at TEXT NOT NULL,
            PRIMARY KEY (sha256, page, field)
        );
        CREATE TABLE reviews (
            sha256 TEXT PRIMARY KEY,
            reviewed_by TEXT NOT NULL,
            reviewed_at TEXT NOT NULL
        );
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE api_tokens (
            token_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            address TEXT,
            action TEXT NOT NULL,
            document_id INTEGER,
            field TEXT,
            old_value TEXT,
            new_value TEXT
        );
        CREATE INDEX audit_document ON audit(document_id);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """;

    /// <summary>The staff tables `reindex` copies from the old catalog into the new one (those an older version had).</summary>
    internal static readonly string[] CarriedOver = ["corrections", "reviews", "users", "api_tokens", "audit"];

    /// <summary>Creates the tables in a new file; refuses a catalog written by an older version.</summary>
    internal static void Ensure(SqliteConnection connection, string databasePath)
    {
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL";
            wal.ExecuteNonQuery();
        }
        if (Scalar(connection, "PRAGMA user_version") == Version) return;
        using var transaction = connection.BeginTransaction(); // immediate: two processes opening a new file create it once
        long version = Scalar(connection, "PRAGMA user_version");
        if (version == Version) return;
        if (Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents'") > 0)
            throw new CatalogOutdatedException(
                $"The catalog {databasePath} has index version {version}; this version of DocPipeline uses {Version}. " +
                "Run ./docpipeline reindex to rebuild it from the archived originals (no OCR is run again).");
        using var create = Catalog.Sql.Command(connection, Create);
        create.ExecuteNonQuery();
        transaction.Commit();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = Catalog.Sql.Command(connection, sql);
        return (long)command.ExecuteScalar()!;
    }
}

/// <summary>The catalog file was written by another index version; `reindex` rebuilds it.</summary>
public sealed class CatalogOutdatedException(string message) : Exception(message);
