using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// Writes documents into the catalog with statements prepared once per transaction. Each document
/// is wrapped in a savepoint: it is written whole (with its row in `changes`, which the index
/// follows) or rolled back alone, so a batch can carry many documents without giving up
/// per-document atomicity. What the machine read is written first, then any correction staff made to the same
/// content (a reindex, a file ingested again) is applied over it.
/// </summary>
internal sealed class DocumentWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _document, _page, _citation, _change;

    internal DocumentWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _document = Prepare("""
            INSERT INTO documents (id, sha256, file_name, original_path, kind, page_count, number, number_key, number_folded, date, type, issuer, subject, ocr_engine, mean_confidence, added_at, title)
            VALUES ($id, $sha, $name, $path, $kind, $pages, $number, $key, $folded, $date, $type, $issuer, $subject, $engine, $conf, $added, $title)
            RETURNING id
            """, "$id", "$sha", "$name", "$path", "$kind", "$pages", "$number", "$key", "$folded", "$date", "$type", "$issuer", "$subject", "$engine", "$conf", "$added", "$title");
        _page = Prepare("""
            INSERT INTO pages (document_id, number, text, raw_text, origin, confidence)
            VALUES ($doc, $n, $text, $raw, $origin, $conf)
            """, "$doc", "$n", "$text", "$raw", "$origin", "$conf");
        _citation = Prepare("INSERT INTO citations (document_id, number, key, folded_key, date, type) VALUES ($doc, $n, $k, $fk, $d, $t)",
            "$doc", "$n", "$k", "$fk", "$d", "$t");
        _change = Prepare("INSERT INTO changes (document_id) VALUES ($doc)", "$doc");
    }

    /// <summary>Writes one document inside a savepoint; null when its content (or its ID) is already in the catalog.</summary>
    internal long? TryWrite(NewDocument document)
    {
        _transaction.Save("document");
        try
        {
            long id = Write(document);
            _transaction.Release("document");
            return id;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: sha256 or id already present
        {
            _transaction.Rollback("document");
            _transaction.Release("document");
            return null;
        }
    }

    private long Write(NewDocument document)
    {
        var facts = document.Facts;
        string? key = facts.DocumentNumber is null ? null : ReferenceKeys.Exact(facts.DocumentNumber);
        long id = (long)Run(_document, document.Id, document.Sha256, document.FileName, document.OriginalPath, document.Kind,
            document.Pages.Count, facts.DocumentNumber, key, key is null ? null : ReferenceKeys.Folded(key),
            SqliteDocumentStore.IsoDate(facts.DocumentDate), facts.DocumentType, facts.Issuer, facts.Subject,
            document.OcrEngine, document.MeanConfidence, (document.AddedAt ?? DateTimeOffset.UtcNow).ToString("O"), facts.Title)!;
        foreach (var page in document.Pages)
            Run(_page, id, page.Number, page.Text, page.RawText == page.Text ? null : page.RawText, page.Origin, page.Confidence);
        foreach (var reference in facts.References)
            Run(_citation, id, reference.Number, reference.Key, ReferenceKeys.Folded(reference.Key),
                SqliteDocumentStore.IsoDate(reference.Date), reference.Type);
        IdentityColumns.ApplyStored(_connection, id, document.Sha256); // what staff corrected outlives any new reading
        Run(_change, id);
        return id;
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
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
        foreach (var c in new[] { _document, _page, _citation, _change }) c.Dispose();
    }
}
