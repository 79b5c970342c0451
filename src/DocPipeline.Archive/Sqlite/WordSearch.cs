using DocPipeline.Archive.Search;
using DocPipeline.Lao.Text;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// One tier of the word search: an FTS5 match ranked by BM25 inside FTS5 (its ORDER BY rank
/// with a LIMIT never joins the pages it will not return), read in growing batches until the
/// collector has enough documents that pass the filters. In the substring tier, where the folded
/// key has already thrown away what tells a correct page from a damaged one, each batch is
/// read newest first (BM25 over trigrams says nothing about words, and reading by rowid lets FTS5 stop
/// early) and re-ranked batch by batch by how closely the page spells the query: as typed, without
/// tones, or only folded. BM25 costs FTS5 a few microseconds per matching page, so a match on more than
/// <see cref="RankingWindow"/> pages (a common word in a large archive) is ranked within the most
/// recently added pages first, then the older ones: for words that common, BM25 scores differ little
/// and recency is the better tie-breaker; rarer words are ranked over the whole archive.
/// </summary>
internal static class WordSearch
{
    internal const int RankingWindow = 500;

    /// <param name="tier">Ranks the tiers: every hit of a higher tier scores above every hit of a lower one.</param>
    internal static void Collect(SqliteConnection connection, string table, string match, string windowMatch, int tier, HitCollector hits, SearchQuery? rerankBySpelling = null)
    {
        if (match.Length == 0) return;
        if (rerankBySpelling is not null)
        {
            CollectRange(connection, table, match, "", null, tier, hits, rerankBySpelling);
            return;
        }
        if (windowMatch == match)
        {
            CollectNewestFirst(connection, table, match, tier, hits);
            return;
        }
        long? floor = WindowFloor(connection, table, windowMatch);
        string[] ranges = floor is null ? [""] : ["AND rowid >= $floor", "AND rowid < $floor"];
        foreach (string range in ranges)
            CollectRange(connection, table, match, range, floor, tier, hits, null);
    }

    /// <summary>
    /// When the window is decided by the tier's own match (one word, a phrase), one pass reads the newest
    /// <see cref="RankingWindow"/> + 1 matches with their BM25 rank: a phrase of common words costs FTS5 a
    /// walk over every page holding all its words, and this walk is then done once instead of twice.
    /// </summary>
    private static void CollectNewestFirst(SqliteConnection connection, string table, string match, int tier, HitCollector hits)
    {
        var rows = Newest(connection, table, match, RankingWindow + 1);
        bool older = rows.Count > RankingWindow;
        Offer(rows.Take(RankingWindow).OrderBy(r => r.Rank).ToList(), tier, hits, null);
        if (older && !hits.IsFull)
            CollectRange(connection, table, match, "AND rowid < $floor", rows[RankingWindow].PageRow + 1, tier, hits, null);
    }

    /// <summary>The newest pages that match, with their BM25 rank, newest first.</summary>
    internal static List<(long PageRow, long Document, int Page, double Rank)> Newest(SqliteConnection connection, string table, string match, int limit) =>
        Query(connection, $"""
            SELECT hit.rowid, p.document_id, p.number, hit.rank
            FROM (SELECT rowid, rank FROM {table} WHERE {table} MATCH $match ORDER BY rowid DESC LIMIT $limit) AS hit
            JOIN pages p ON p.id = hit.rowid
            """, [("$match", match), ("$limit", limit)]);

    /// <summary>Every page a tier matched, already read, offered best first by how closely each spells the query (as typed, without tones, folded).</summary>
    internal static void OfferBySpelling(List<(long PageRow, long Document, int Page, double Rank)> rows, int tier, HitCollector hits, SearchQuery query) =>
        Offer(rows.OrderBy(r => r.Rank).ToList(), tier, hits, query);

    private static void CollectRange(SqliteConnection connection, string table, string match, string range, long? floor, int tier, HitCollector hits, SearchQuery? rerankBySpelling)
    {
        int batch = Math.Max(hits.Wanted * 2, 20), offset = 0;
        bool byRecency = rerankBySpelling is not null;
        while (!hits.IsFull)
        {
            var rows = Batch(connection, table, match, range, floor, batch, offset, byRecency, hits);
            Offer(rows, tier, hits, rerankBySpelling);
            if (rows.Count < batch) return;
            // Newest first, the next batch starts below the last rowid read (an OFFSET would walk the match again from the top).
            if (byRecency) (range, floor) = ("AND t.rowid < $floor", rows[^1].PageRow);
            else offset += batch;
            batch = Math.Min(batch * 4, 5000);
        }
    }

    /// <summary>Offers rows to the collector best first (re-ranked by spelling when asked); snippets are built only for the hits kept.</summary>
    private static void Offer(List<(long PageRow, long Document, int Page, double Rank)> rows, int tier, HitCollector hits, SearchQuery? rerankBySpelling)
    {
        var ranked = rows.Where(r => !hits.Seen(r.Document)).Select(r =>
        {
            string? text = rerankBySpelling is null ? null : hits.PageText(r.PageRow);
            int closeness = text is null ? 0 : Closeness(text, rerankBySpelling!);
            double relevance = Math.Max(0, -r.Rank); // FTS5's bm25 is negative, better matches lower
            return (Row: r, Text: text, Score: tier + (closeness + relevance / (1 + relevance)) / 3);
        }).OrderByDescending(r => r.Score).ToList();
        foreach (var (row, text, score) in ranked)
            hits.TryAdd(row.Document, score, _ => (row.Page, Snippets.Around(text ?? hits.PageText(row.PageRow), hits.MarkedWords)));
    }

    /// <summary>The rowid of the newest page beyond the ranking window, or null when fewer pages match (walking rowids costs no BM25).</summary>
    private static long? WindowFloor(SqliteConnection connection, string table, string match)
    {
        using var command = SqliteDocumentStore.Command(connection,
            $"SELECT rowid FROM {table} WHERE {table} MATCH $match ORDER BY rowid DESC LIMIT 1 OFFSET $window",
            ("$match", match), ("$window", RankingWindow));
        return command.ExecuteScalar() is long rowid ? rowid + 1 : null;
    }

    /// <summary>
    /// Ranked: the FTS5 top rows, filtered afterwards by the collector (facets already narrowed them).
    /// By recency: the filters join inside the statement, so FTS5 streams rowids newest first and the
    /// statement stops once enough pages of matching documents are found.
    /// </summary>
    private static List<(long PageRow, long Document, int Page, double Rank)> Batch(SqliteConnection connection, string table, string match, string range, long? floor, int limit, int offset, bool byRecency, HitCollector hits)
    {
        var (filterSql, filterParameters) = hits.FilterSql;
        string sql = byRecency
            ? $"""
                SELECT t.rowid, p.document_id, p.number, 0.0
                FROM {table} t JOIN pages p ON p.id = t.rowid JOIN documents d ON d.id = p.document_id
                WHERE {table} MATCH $match {range} {filterSql}
                ORDER BY t.rowid DESC LIMIT $limit
                """
            : $"""
                SELECT hit.rowid, p.document_id, p.number, hit.rank
                FROM (SELECT rowid, rank FROM {table} WHERE {table} MATCH $match {range} ORDER BY rank LIMIT $limit OFFSET $offset) AS hit
                JOIN pages p ON p.id = hit.rowid
                ORDER BY hit.rank
                """;
        return Query(connection, sql, [("$match", match), ("$floor", floor), ("$limit", limit), ("$offset", offset), .. byRecency ? filterParameters : []]);
    }

    private static List<(long PageRow, long Document, int Page, double Rank)> Query(SqliteConnection connection, string sql, (string, object?)[] parameters)
    {
        using var command = SqliteDocumentStore.Command(connection, sql, parameters);
        var rows = new List<(long, long, int, double)>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetDouble(3)));
        return rows;
    }

    /// <summary>2 when the page holds every term as typed, 1 when only without tone marks, else 0 (spaces ignored).</summary>
    private static int Closeness(string text, SearchQuery query)
    {
        string run = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (query.Terms.All(t => run.Contains(t.Text, StringComparison.Ordinal))) return 2;
        string toneless = SearchKeys.WithoutTones(run);
        return query.Terms.All(t => toneless.Contains(SearchKeys.WithoutTones(t.Text), StringComparison.Ordinal)) ? 1 : 0;
    }
}
