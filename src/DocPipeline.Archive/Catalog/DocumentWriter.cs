using System.Data.Common;

namespace DocPipeline.Archive.Catalog;

/// <summary>
/// Writes documents into the catalog with statements made once per transaction. Each document is wrapped in a
/// savepoint: it is written whole or rolled back alone, so a batch can carry many documents without giving up
/// per-document atomicity. What the machine read is written first, then any correction staff made to the same
/// content (a reindex, a file ingested again) is applied over it. The rows of `changes`, which the index follows,
/// are written last (<see cref="RecordChanges"/>), just before the commit, so that numbering them in commit order
/// holds other writers up as briefly as can be.
/// </summary>
internal sealed class DocumentWriter : IDisposable
{
    private readonly CatalogDatabase _database;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly DbCommand _document, _page, _citation;

    internal DocumentWriter(CatalogDatabase database, DbConnection connection, DbTransaction transaction)
    {
        _database = database;
        _connection = connection;
        _transaction = transaction;
        _document = Prepare($"""
            INSERT INTO documents (id, sha256, file_name, original_path, kind, page_count, number, number_key, number_folded, date, type, issuer, subject, ocr_engine, mean_confidence, added_at, title)
            VALUES ({database.NewDocumentId}, @sha, @name, @path, @kind, @pages, @number, @key, @folded, @date, @type, @issuer, @subject, @engine, @conf, @added, @title)
            RETURNING id
            """, "@id", "@sha", "@name", "@path", "@kind", "@pages", "@number", "@key", "@folded", "@date", "@type", "@issuer", "@subject", "@engine", "@conf", "@added", "@title");
        _page = Prepare("""
            INSERT INTO pages (document_id, number, text, raw_text, origin, confidence)
            VALUES (@doc, @n, @text, @raw, @origin, @conf)
            """, "@doc", "@n", "@text", "@raw", "@origin", "@conf");
        _citation = Prepare("INSERT INTO citations (document_id, number, key, folded_key, date, type) VALUES (@doc, @n, @k, @fk, @d, @t)",
            "@doc", "@n", "@k", "@fk", "@d", "@t");
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
        catch (DbException e) when (_database.IsDuplicate(e))
        {
            _transaction.Rollback("document");
            _transaction.Release("document");
            return null;
        }
    }

    /// <summary>One row of `changes` for each document written, numbered in commit order.</summary>
    internal void RecordChanges(IReadOnlyList<long> ids) => RecordChanges(_database, _connection, ids, corrected: false);

    internal static void RecordChanges(CatalogDatabase database, DbConnection connection, IReadOnlyList<long> ids, bool corrected)
    {
        if (ids.Count == 0) return;
        database.OrderChanges(connection);
        using var change = Sql.Command(connection, $"INSERT INTO changes (document_id, corrected) VALUES (@doc, {(corrected ? "TRUE" : "FALSE")})", ("@doc", 0L));
        foreach (long id in ids)
        {
            change.Parameters[0].Value = id;
            change.ExecuteNonQuery();
        }
    }

    private long Write(NewDocument document)
    {
        var facts = document.Facts;
        string? key = facts.DocumentNumber is null ? null : ReferenceKeys.Exact(facts.DocumentNumber);
        long id = Convert.ToInt64(Run(_document, document.Id, document.Sha256, document.FileName, document.OriginalPath, document.Kind,
            document.Pages.Count, facts.DocumentNumber, key, key is null ? null : ReferenceKeys.Folded(key),
            Sql.IsoDate(facts.DocumentDate), facts.DocumentType, facts.Issuer, facts.Subject,
            document.OcrEngine, document.MeanConfidence, Sql.Instant(document.AddedAt ?? DateTimeOffset.UtcNow), facts.Title)!);
        if (document.Id is not null) _database.ReserveId(_connection, id);
        foreach (var page in document.Pages)
            Run(_page, id, page.Number, page.Text, page.RawText == page.Text ? null : page.RawText, page.Origin, page.Confidence);
        foreach (var reference in facts.References)
            Run(_citation, id, reference.Number, reference.Key, ReferenceKeys.Folded(reference.Key),
                Sql.IsoDate(reference.Date), reference.Type);
        // What staff corrected outlives any new reading; a corrected page's citations with it.
        if (IdentityColumns.ApplyStored(_connection, id, document.Sha256)) CitedReferences.ReadAgain(_connection, id);
        return id;
    }

    private DbCommand Prepare(string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(Sql.Parameter(command, name, null));
        return command;
    }

    private static object? Run(DbCommand command, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var c in new[] { _document, _page, _citation }) c.Dispose();
    }
}
