using System.Data.Common;
using DocPipeline.Archive.FullText;

namespace DocPipeline.Archive.Catalog;

/// <summary>
/// The catalog's changes as the index reads them: each added or corrected document with its heading, pages and cited
/// keys, as the catalog holds it now (a document changed twice in one read is read once, at its last change).
/// </summary>
internal sealed class CatalogChanges(Func<DbConnection> open, string catalogId) : ICatalogChanges
{
    public string CatalogId => catalogId;

    public long LastSequence()
    {
        using var connection = open();
        using var command = Sql.Command(connection, "SELECT coalesce(max(sequence), 0) FROM changes");
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public IReadOnlyList<CatalogChange> ChangesAfter(long sequence, int limit)
    {
        using var connection = open();
        var changes = new List<(long Sequence, DocumentSummary Document, string? Key, bool Corrected)>();
        int key = 1 + DocumentRows.Count;
        using (var command = Sql.Command(connection, $"""
            SELECT c.sequence, {DocumentRows.Prefixed("d.")}, d.number_key, c.corrected FROM changes c JOIN documents d ON d.id = c.document_id
            WHERE c.sequence > @after ORDER BY c.sequence LIMIT @limit
            """, ("@after", sequence), ("@limit", limit)))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                changes.Add((reader.GetInt64(0), DocumentRows.Read(reader, 1), reader.IsDBNull(key) ? null : reader.GetString(key), reader.GetBoolean(key + 1)));
        if (changes.Count == 0) return [];
        // Both rows carry the document as it is now: indexing it once, as a replacement if any row is a correction, is enough.
        var corrected = changes.Where(c => c.Corrected).Select(c => c.Document.Id).ToHashSet();
        changes = changes.GroupBy(c => c.Document.Id).Select(g => g.Last()).ToList();
        var pages = Grouped(connection, "SELECT document_id, text FROM pages WHERE document_id IN ({0}) ORDER BY document_id, number", sequence, limit);
        var cited = Grouped(connection, "SELECT document_id, key FROM citations WHERE document_id IN ({0}) ORDER BY rowid", sequence, limit);
        return changes.Select(c => new CatalogChange(c.Sequence, new IndexEntry(
            c.Document.Id,
            IndexFields.HeadingOf(c.Document),
            pages.GetValueOrDefault(c.Document.Id) ?? [],
            c.Key,
            cited.GetValueOrDefault(c.Document.Id) ?? [],
            c.Document.Type,
            c.Document.Issuer,
            c.Document.Date), corrected.Contains(c.Document.Id))).OrderBy(c => c.Sequence).ToList();
    }

    /// <summary>The second column of the rows, by document, for the documents of the same changes.</summary>
    private static Dictionary<long, List<string>> Grouped(DbConnection connection, string sql, long sequence, int limit)
    {
        using var command = Sql.Command(connection,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, "SELECT document_id FROM changes WHERE sequence > @after ORDER BY sequence LIMIT @limit"),
            ("@after", sequence), ("@limit", limit));
        using var reader = command.ExecuteReader();
        var grouped = new Dictionary<long, List<string>>();
        while (reader.Read())
        {
            long id = reader.GetInt64(0);
            if (!grouped.TryGetValue(id, out var list)) grouped[id] = list = [];
            list.Add(reader.GetString(1));
        }
        return grouped;
    }
}
