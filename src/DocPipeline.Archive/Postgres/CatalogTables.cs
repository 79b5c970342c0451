namespace DocPipeline.Archive.Postgres;

/// <summary>
/// The catalog's tables in PostgreSQL, column for column those of the SQLite file (Sqlite/Schema.cs), so that every
/// statement of the catalog is written once for both: dates are text (yyyy-MM-dd, instants in ISO 8601), citations
/// keep their order in a column named as SQLite's implicit `rowid`, account names compare without case through a
/// collation. What only a server needs: document IDs from a sequence (a reindex may also give its own), `changes`
/// numbered under an advisory lock (<see cref="PostgresDatabase.OrderChanges"/>), and a UUID naming this database,
/// so that every node's index knows which catalog it follows.
/// </summary>
internal static class CatalogTables
{
    internal const string Create = """
        CREATE TABLE catalog (id text NOT NULL);
        INSERT INTO catalog (id) VALUES (gen_random_uuid()::text);
        CREATE SEQUENCE documents_id_seq;
        CREATE TABLE documents (
            id bigint PRIMARY KEY,
            sha256 text NOT NULL UNIQUE,
            file_name text NOT NULL,
            original_path text NOT NULL,
            kind text NOT NULL,
            page_count integer NOT NULL,
            number text,
            number_key text,
            number_folded text,
            date text,
            type text,
            issuer text,
            subject text,
            title text,
            ocr_engine text,
            mean_confidence double precision,
            added_at text NOT NULL
        );
        ALTER SEQUENCE documents_id_seq OWNED BY documents.id;
        CREATE INDEX documents_number_key ON documents(number_key);
        CREATE INDEX documents_number_folded ON documents(number_folded);
        CREATE INDEX documents_date ON documents(date);
        CREATE TABLE pages (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number integer NOT NULL,
            text text NOT NULL,
            raw_text text,
            origin text NOT NULL,
            confidence integer,
            UNIQUE (document_id, number)
        );
        CREATE TABLE citations (
            rowid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number text NOT NULL,
            key text NOT NULL,
            folded_key text NOT NULL,
            date text,
            type text
        );
        CREATE INDEX citations_key ON citations(key);
        CREATE INDEX citations_folded_key ON citations(folded_key);
        CREATE INDEX citations_document ON citations(document_id);
        CREATE TABLE changes (
            sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            corrected boolean NOT NULL DEFAULT false
        );
        CREATE TABLE corrections (
            sha256 text NOT NULL,
            page integer NOT NULL,
            field text NOT NULL,
            value text,
            machine_value text,
            corrected_by text NOT NULL,
            corrected_at text NOT NULL,
            PRIMARY KEY (sha256, page, field)
        );
        CREATE TABLE reviews (
            sha256 text PRIMARY KEY,
            reviewed_by text NOT NULL,
            reviewed_at text NOT NULL
        );
        CREATE COLLATION account_name (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
        CREATE TABLE users (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name text COLLATE account_name NOT NULL UNIQUE,
            role text NOT NULL,
            password_hash text NOT NULL,
            failed_logins integer NOT NULL DEFAULT 0,
            locked_until text,
            created_at text NOT NULL
        );
        CREATE TABLE api_tokens (
            token_hash text PRIMARY KEY,
            user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            created_at text NOT NULL
        );
        CREATE TABLE audit (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at text NOT NULL,
            user_name text NOT NULL,
            address text,
            action text NOT NULL,
            document_id bigint,
            field text,
            old_value text,
            new_value text
        );
        CREATE INDEX audit_document ON audit(document_id);
        CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
        CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();
        CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
        """;
}
