using DocPipeline.Lao.Extraction;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// A reference number finds, in this order: the document that bears it, a document whose number
/// reads the same under the folded key (OCR damaged the issuer code), the documents that cite it,
/// and those that cite it under the folded key. Newest first within each group.
/// </summary>
internal static class NumberSearch
{
    private static readonly (int Score, string Where)[] Groups =
    [
        (13, "d.number_key = $key"),
        (12, "d.number_folded = $folded AND d.number_key <> $key"),
        (11, "d.id IN (SELECT document_id FROM citations WHERE key = $key)"),
        (10, "d.id IN (SELECT document_id FROM citations WHERE folded_key = $folded AND key <> $key)"),
    ];

    internal static bool IsKnown(SqliteConnection connection, string key)
    {
        using var command = SqliteDocumentStore.Command(connection, """
            SELECT EXISTS (SELECT 1 FROM documents WHERE number_key = $key OR number_folded = $folded)
                OR EXISTS (SELECT 1 FROM citations WHERE key = $key OR folded_key = $folded)
            """, ("$key", key), ("$folded", ReferenceKeys.Folded(key)));
        return Convert.ToInt64(command.ExecuteScalar()) != 0;
    }

    internal static void Collect(SqliteConnection connection, string key, SearchFilter filter, HitCollector hits)
    {
        string folded = ReferenceKeys.Folded(key);
        var (filterSql, parameters) = filter.Sql();
        foreach (var (score, where) in Groups)
        {
            if (hits.IsFull) return;
            using var command = SqliteDocumentStore.Command(connection,
                $"SELECT d.id FROM documents d WHERE {where} {filterSql} ORDER BY d.date DESC, d.id LIMIT $limit",
                [("$key", key), ("$folded", folded), ("$limit", hits.Wanted), .. parameters]);
            var ids = new List<long>();
            using (var reader = command.ExecuteReader())
                while (reader.Read()) ids.Add(reader.GetInt64(0));
            for (int i = 0; i < ids.Count; i++)
                hits.TryAdd(ids[i], score + 0.5 / (1 + i), _ => PageWith(connection, ids[i], key, folded));
        }
    }

    /// <summary>The first page where the number is written (exactly or under the folded key), with it marked.</summary>
    private static (int Page, string Snippet) PageWith(SqliteConnection connection, long documentId, string key, string folded)
    {
        using var command = SqliteDocumentStore.Command(connection, "SELECT number, text FROM pages WHERE document_id = $id ORDER BY number", ("$id", documentId));
        using var reader = command.ExecuteReader();
        (int Page, string Text)? first = null, foldedAt = null;
        (int Index, int Length) foldedSpan = default;
        while (reader.Read())
        {
            var (page, text) = (reader.GetInt32(0), reader.GetString(1));
            first ??= (page, text);
            foreach (var n in ReferenceNumbers.Find(text))
            {
                if (n.Key == key) return (page, Snippets.Marked(text, n.Index, n.Length));
                if (foldedAt is null && ReferenceKeys.Folded(n.Key) == folded) { foldedAt = (page, text); foldedSpan = (n.Index, n.Length); }
            }
        }
        if (foldedAt is { } f) return (f.Page, Snippets.Marked(f.Text, foldedSpan.Index, foldedSpan.Length));
        return first is { } p ? (p.Page, Snippets.Around(p.Text, [])) : (1, "");
    }
}
