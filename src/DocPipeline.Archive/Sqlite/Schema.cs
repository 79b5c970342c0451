using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// The catalog (documents, pages, citations) and the index (FTS5) in one SQLite file.
/// `page_index` holds each page under three keys (canonical ICU words, tone-less, folded), the
/// document's heading (number, type, subject, issuer) in its own column so BM25 can weigh it above
/// the body, facet tokens (type, year) so filters are intersected inside FTS5 instead of after it, and
/// the adjacent folded word pairs of the heading and of the page (see <see cref="WordPairs"/>), which
/// find where a run of words stands in a row without FTS5 checking word positions.
/// `page_trigram` matches folded substrings, for OCR damage that changes how ICU segments a word;
/// `folded_terms` lists the folded words once each, so a query too short for trigrams (one or two
/// characters) finds the words that contain it; `trigram_pages` counts the pages holding each trigram,
/// so a long substring is asked by its rarest trigrams (see <see cref="Trigrams"/>).
/// FTS5's unicode61 tokenizer cuts Lao words at every vowel or tone mark (category Mn) unless Mn and
/// Mc are token characters, hence the categories option. Both index tables are contentless: the text
/// lives once, in `pages` (raw_text only where it differs from the canonical text).
/// </summary>
internal static class Schema
{
    internal const int Version = 3;

    /// <summary>
    /// The index tables' rowids count down as pages are added (rowid = <see cref="NewestFirst"/> − page id), so
    /// that FTS5's natural ascending order is newest first: walking a doclist backwards (ORDER BY rowid DESC)
    /// costs FTS5 about 1.5 times as much (measured on a 30-character substring over 100,000 pages).
    /// </summary>
    internal const long NewestFirst = 1L << 40;

    internal static long IndexRowid(long pageId) => NewestFirst - pageId;

    /// <summary>BM25 column weights of page_index: heading, words, toneless, folded, facets, heading_pairs, pairs.</summary>
    internal const string Ranking = "bm25(5.0, 1.0, 1.0, 1.0, 0.0, 5.0, 1.0)";

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
        CREATE VIRTUAL TABLE page_index USING fts5(
            heading, words, toneless, folded, facets, heading_pairs, pairs,
            tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co Mn Mc'",
            content = '', contentless_delete = 1
        );
        INSERT INTO page_index(page_index, rank) VALUES ('rank', '{Ranking}');
        CREATE TABLE folded_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE VIRTUAL TABLE page_trigram USING fts5(folded_run, tokenize = 'trigram', content = '', contentless_delete = 1);
        CREATE TABLE trigram_pages (trigram TEXT PRIMARY KEY, pages INTEGER NOT NULL) WITHOUT ROWID;
        PRAGMA user_version = {Version};
        """;

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
        using var create = SqliteDocumentStore.Command(connection, Create);
        create.ExecuteNonQuery();
        transaction.Commit();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = SqliteDocumentStore.Command(connection, sql);
        return (long)command.ExecuteScalar()!;
    }
}

/// <summary>The catalog file was written by another index version; `reindex` rebuilds it.</summary>
public sealed class CatalogOutdatedException(string message) : Exception(message);
