using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// One tier of the word search: an FTS5 match ranked by BM25 inside FTS5 (its ORDER BY rank
/// with a LIMIT never joins the pages it will not return), read in growing batches until the
/// collector has enough documents that pass the filters.
/// </summary>
internal static class WordSearch
{
    /// <param name="tier">Ranks the tiers: every hit of a higher tier scores above every hit of a lower one.</param>
    internal static void Collect(SqliteConnection connection, string table, string match, int tier, HitCollector hits)
    {
        if (match.Length == 0) return;
        int batch = Math.Max(hits.Wanted * 2, 20), offset = 0;
        while (!hits.IsFull)
        {
            using var command = SqliteDocumentStore.Command(connection, $"""
                SELECT hit.rowid, p.document_id, p.number, hit.rank
                FROM (SELECT rowid, rank FROM {table} WHERE {table} MATCH $match ORDER BY rank LIMIT $limit OFFSET $offset) AS hit
                JOIN pages p ON p.id = hit.rowid
                ORDER BY hit.rank
                """, ("$match", match), ("$limit", batch), ("$offset", offset));
            var rows = new List<(long PageRow, long Document, int Page, double Rank)>();
            using (var reader = command.ExecuteReader())
                while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetDouble(3)));
            foreach (var row in rows)
            {
                if (hits.Seen(row.Document)) continue;
                double relevance = Math.Max(0, -row.Rank); // FTS5's bm25 is negative, better matches lower
                hits.TryAdd(row.Document, tier + relevance / (1 + relevance),
                    _ => (row.Page, Snippets.Around(hits.PageText(row.PageRow), hits.MarkedWords)));
            }
            if (rows.Count < batch) return;
            offset += batch;
            batch = Math.Min(batch * 4, 5000);
        }
    }
}
