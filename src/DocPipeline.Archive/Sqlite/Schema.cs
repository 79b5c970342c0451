namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// The catalog (documents, pages, references) and the index (FTS5) in one SQLite file.
/// The trigram table matches folded substrings, so OCR damage that changes how ICU segments a
/// word still matches. FTS5's unicode61 tokenizer cuts Lao words at every vowel or tone mark (category Mn)
/// unless Mn and Mc are token characters, hence the categories option.
/// </summary>
internal static class Schema
{
    internal const int Version = 1;

    internal const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL,
            original_path TEXT NOT NULL,
            kind TEXT NOT NULL,
            page_count INTEGER NOT NULL,
            number TEXT,
            number_key TEXT,
            date TEXT,
            type TEXT,
            issuer TEXT,
            subject TEXT,
            ocr_engine TEXT,
            mean_confidence REAL,
            added_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS documents_number_key ON documents(number_key);
        CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
        CREATE TABLE IF NOT EXISTS pages (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            origin TEXT NOT NULL,
            confidence INTEGER,
            UNIQUE(document_id, number)
        );
        CREATE TABLE IF NOT EXISTS citations (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number TEXT NOT NULL,
            key TEXT NOT NULL,
            date TEXT,
            type TEXT
        );
        CREATE INDEX IF NOT EXISTS citations_key ON citations(key);
        CREATE INDEX IF NOT EXISTS citations_document ON citations(document_id);
        CREATE VIRTUAL TABLE IF NOT EXISTS page_index USING fts5(
            words, toneless, folded,
            tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co Mn Mc'"
        );
        CREATE VIRTUAL TABLE IF NOT EXISTS page_trigram USING fts5(folded_run, tokenize = 'trigram');
        """;
}
