using DocPipeline.Lao.Text;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>A document with its index forms computed, ready to be written (analysis runs outside the write transaction).</summary>
internal sealed record IndexedDocument(NewDocument Document, string Heading, string HeadingPairs, string Facets, IReadOnlyList<IndexedPage> Pages)
{
    internal static IndexedDocument Analyze(NewDocument document, SearchAnalyzer analyzer)
    {
        var f = document.Facts;
        string heading = string.Join(' ', new[] { f.DocumentNumber, f.DocumentType, f.Subject, f.Issuer }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var headingForms = analyzer.Analyze(heading);
        return new IndexedDocument(
            document,
            headingForms.Words,
            WordPairs.Of(headingForms.Folded),
            Sqlite.Facets.Of(f.DocumentType, f.DocumentDate),
            document.Pages.Select(p => IndexedPage.Of(analyzer.Analyze(p.Text))).ToList());
    }
}

/// <summary>A page's search forms, the pairs of its folded words and the distinct trigrams of its folded run.</summary>
internal sealed record IndexedPage(SearchForms Forms, string Pairs, HashSet<long> TrigramKeys)
{
    internal static IndexedPage Of(SearchForms forms) => new(forms, WordPairs.Of(forms.Folded), Trigrams.DistinctKeys(forms.FoldedRun));
}

/// <summary>
/// Writes documents into the catalog and the index with statements prepared once per
/// transaction. Each document is wrapped in a savepoint: it is written whole or rolled back
/// alone, so a batch can carry many documents without giving up per-document atomicity.
/// <see cref="Complete"/> writes what the batch adds to the trigram counts, once, before the commit.
/// </summary>
internal sealed class DocumentWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _document, _page, _index, _trigram, _term, _citation;

    // Folded words this transaction has written (INSERT OR IGNORE costs a B-tree probe per word per page);
    // a document's new words join only once its savepoint is released, so a rolled-back document leaves none behind.
    private readonly HashSet<string> _writtenTerms = new(StringComparer.Ordinal), _documentTerms = new(StringComparer.Ordinal);

    // Pages per trigram that this transaction's written documents add (one statement per trigram per batch, not per page).
    private readonly Dictionary<long, int> _trigramPages = [];

    internal DocumentWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _document = Prepare(transaction, """
            INSERT INTO documents (id, sha256, file_name, original_path, kind, page_count, number, number_key, number_folded, date, type, issuer, subject, ocr_engine, mean_confidence, added_at)
            VALUES ($id, $sha, $name, $path, $kind, $pages, $number, $key, $folded, $date, $type, $issuer, $subject, $engine, $conf, $added)
            RETURNING id
            """, "$id", "$sha", "$name", "$path", "$kind", "$pages", "$number", "$key", "$folded", "$date", "$type", "$issuer", "$subject", "$engine", "$conf", "$added");
        _page = Prepare(transaction, """
            INSERT INTO pages (document_id, number, text, raw_text, origin, confidence)
            VALUES ($doc, $n, $text, $raw, $origin, $conf) RETURNING id
            """, "$doc", "$n", "$text", "$raw", "$origin", "$conf");
        _index = Prepare(transaction, """
            INSERT INTO page_index (rowid, heading, words, toneless, folded, facets, heading_pairs, pairs)
            VALUES ($row, $h, $w, $t, $f, $facets, $hp, $p)
            """, "$row", "$h", "$w", "$t", "$f", "$facets", "$hp", "$p");
        _trigram = Prepare(transaction, "INSERT INTO page_trigram (rowid, folded_run) VALUES ($row, $r)", "$row", "$r");
        _term = Prepare(transaction, "INSERT OR IGNORE INTO folded_terms (term) VALUES ($t)", "$t");
        _citation = Prepare(transaction, "INSERT INTO citations (document_id, number, key, folded_key, date, type) VALUES ($doc, $n, $k, $fk, $d, $t)",
            "$doc", "$n", "$k", "$fk", "$d", "$t");
    }

    /// <summary>Writes one document inside a savepoint; null when its content (or its ID) is already in the catalog.</summary>
    internal long? TryWrite(IndexedDocument indexed)
    {
        _transaction.Save("document");
        try
        {
            _documentTerms.Clear();
            long id = Write(indexed);
            _transaction.Release("document");
            _writtenTerms.UnionWith(_documentTerms);
            foreach (var page in indexed.Pages)
                foreach (long key in page.TrigramKeys) _trigramPages[key] = _trigramPages.GetValueOrDefault(key) + 1;
            return id;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: sha256 or id already present
        {
            _transaction.Rollback("document");
            _transaction.Release("document");
            return null;
        }
    }

    private long Write(IndexedDocument indexed)
    {
        var document = indexed.Document;
        var facts = document.Facts;
        string? key = facts.DocumentNumber is null ? null : ReferenceKeys.Exact(facts.DocumentNumber);
        long id = (long)Run(_document, document.Id, document.Sha256, document.FileName, document.OriginalPath, document.Kind,
            document.Pages.Count, facts.DocumentNumber, key, key is null ? null : ReferenceKeys.Folded(key),
            SqliteDocumentStore.IsoDate(facts.DocumentDate), facts.DocumentType, facts.Issuer, facts.Subject,
            document.OcrEngine, document.MeanConfidence, (document.AddedAt ?? DateTimeOffset.UtcNow).ToString("O"))!;
        for (int i = 0; i < document.Pages.Count; i++)
        {
            var page = document.Pages[i];
            var (forms, pairs, _) = indexed.Pages[i];
            long row = (long)Run(_page, id, page.Number, page.Text, page.RawText == page.Text ? null : page.RawText, page.Origin, page.Confidence)!;
            Run(_index, Schema.IndexRowid(row), indexed.Heading, forms.Words, forms.Toneless, forms.Folded, indexed.Facets, indexed.HeadingPairs, pairs);
            Run(_trigram, Schema.IndexRowid(row), forms.FoldedRun);
            foreach (string term in forms.Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (!_writtenTerms.Contains(term) && _documentTerms.Add(term)) Run(_term, term);
        }
        foreach (var reference in facts.References)
            Run(_citation, id, reference.Number, reference.Key, ReferenceKeys.Folded(reference.Key),
                SqliteDocumentStore.IsoDate(reference.Date), reference.Type);
        return id;
    }

    /// <summary>Adds the batch's pages to the trigram counts; call once, before committing.</summary>
    internal void Complete()
    {
        using var upsert = Prepare(_transaction, """
            INSERT INTO trigram_pages (trigram, pages) VALUES ($t, $n)
            ON CONFLICT (trigram) DO UPDATE SET pages = pages + excluded.pages
            """, "$t", "$n");
        foreach (var (key, pages) in _trigramPages) Run(upsert, Trigrams.FromKey(key), pages);
        _trigramPages.Clear();
    }

    private SqliteCommand Prepare(SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static object? Run(SqliteCommand command, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var c in new[] { _document, _page, _index, _trigram, _term, _citation }) c.Dispose();
    }
}
