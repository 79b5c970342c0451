using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>A page an FTS5 match returned: its id in `pages`, its document, its number and its BM25 rank (lower is better).</summary>
internal readonly record struct MatchedPage(long PageRow, long Document, int Page, double Rank);

/// <summary>
/// One tier of the word search: an FTS5 match read into the collector, best first, until it has
/// enough documents that pass the filters.
/// Ranked tiers order pages by BM25 with the heading weighed above the body. BM25 costs FTS5 a few
/// microseconds per matching page, so a match on more than <see cref="RankingWindow"/> pages (a
/// common word in a large archive) is ranked within the most recently added pages first, then the
/// older ones: for words that common, BM25 scores differ little and recency is the better
/// tie-breaker; rarer words are ranked over the whole archive.
/// Newest-first tiers (substrings: BM25 over trigrams says nothing about words; runs of three words or
/// more, see <see cref="FtsQuery.HasLongRuns"/>) read pages in the index's own order, newest first (see
/// <see cref="Schema.NewestFirst"/>), which lets FTS5 stop early, with the filters joined inside the statement.
/// With a <see cref="SpellingGrade"/>, the pages of a batch are graded by their text (as typed, without
/// tones, folded) before their rank, and pages that do not hold the terms in a row are dropped.
/// </summary>
internal static class WordSearch
{
    internal const int RankingWindow = 500;

    /// <param name="tier">Ranks the tiers: every hit of a higher tier scores above every hit of a lower one.</param>
    internal static void CollectRanked(SqliteConnection connection, string table, string match, int tier, HitCollector hits, SpellingGrade? spelling = null)
    {
        if (match.Length == 0) return;
        // One pass reads the newest window + 1 matches with their rank: whether the match is larger than the
        // window, and the window's ranking, for the price of one walk over the match.
        var rows = Query(connection, $"""
            SELECT p.id, p.document_id, p.number, hit.rank
            FROM (SELECT rowid, rank FROM {table} WHERE {table} MATCH $match ORDER BY rowid LIMIT $limit) AS hit
            JOIN pages p ON p.id = {Schema.NewestFirst} - hit.rowid
            ORDER BY hit.rowid
            """, [("$match", match), ("$limit", RankingWindow + 1)]);
        Offer(rows.Take(RankingWindow).OrderBy(r => r.Rank), tier, hits, spelling);
        if (rows.Count > RankingWindow) CollectOlder(connection, table, match, Schema.IndexRowid(rows[RankingWindow].PageRow), tier, hits, spelling);
    }

    /// <summary>The pages from <paramref name="firstOlder"/> on (index rowids grow as pages get older), ranked, in growing batches.</summary>
    private static void CollectOlder(SqliteConnection connection, string table, string match, long firstOlder, int tier, HitCollector hits, SpellingGrade? spelling)
    {
        int batch = Math.Max(hits.Wanted * 2, 20), offset = 0;
        while (!hits.IsFull)
        {
            var rows = Query(connection, $"""
                SELECT p.id, p.document_id, p.number, hit.rank
                FROM (SELECT rowid, rank FROM {table} WHERE {table} MATCH $match AND rowid >= $first ORDER BY rank LIMIT $limit OFFSET $offset) AS hit
                JOIN pages p ON p.id = {Schema.NewestFirst} - hit.rowid
                ORDER BY hit.rank
                """, [("$match", match), ("$first", firstOlder), ("$limit", batch), ("$offset", offset)]);
            Offer(rows, tier, hits, spelling);
            if (rows.Count < batch) return;
            offset += batch;
            batch = Math.Min(batch * 4, 5000);
        }
    }

    /// <summary>
    /// Newest pages first, in batches graded by spelling: the first batch is the ranking window, so that a page
    /// spelled as typed comes before the damaged copies added after it; each later batch starts after the last
    /// index rowid read (an OFFSET would walk the match again).
    /// </summary>
    internal static void CollectNewest(SqliteConnection connection, string table, string match, int tier, HitCollector hits, SpellingGrade spelling)
    {
        if (match.Length == 0) return;
        var (filterSql, filterParameters) = hits.FilterSql;
        int batch = Math.Max(hits.Wanted, RankingWindow);
        string after = "";
        long last = 0;
        while (!hits.IsFull)
        {
            var rows = Query(connection, $"""
                SELECT p.id, p.document_id, p.number, 0.0
                FROM {table} t JOIN pages p ON p.id = {Schema.NewestFirst} - t.rowid JOIN documents d ON d.id = p.document_id
                WHERE {table} MATCH $match {after} {filterSql}
                ORDER BY t.rowid LIMIT $limit
                """, [("$match", match), ("$last", last), ("$limit", batch), .. filterParameters]);
            Offer(rows, tier, hits, spelling);
            if (rows.Count < batch) return;
            (after, last) = ("AND t.rowid > $last", Schema.IndexRowid(rows[^1].PageRow));
            batch = Math.Min(batch * 4, 5000);
        }
    }

    /// <summary>
    /// Offers pages best first; snippets are built only for the hits kept. Graded by spelling, a page
    /// spelled as typed goes in at once (no later page can beat it: same grade, lower rank), the others
    /// wait for the end of the batch, so that a common word's text is read for a few pages, not hundreds.
    /// </summary>
    private static void Offer(IEnumerable<MatchedPage> bestFirst, int tier, HitCollector hits, SpellingGrade? spelling)
    {
        var waiting = new List<(MatchedPage Row, int Grade, string Text)>();
        foreach (var row in bestFirst)
        {
            if (hits.IsFull) return;
            if (hits.Seen(row.Document)) continue;
            if (spelling is null)
            {
                Add(row, SpellingGrade.Folded, null);
                continue;
            }
            string text = hits.PageText(row.PageRow);
            int grade = spelling.Of(text);
            if (grade < SpellingGrade.AsTyped) grade = Math.Max(grade, spelling.Of(hits.Heading(row.Document)));
            if (grade == SpellingGrade.AsTyped) Add(row, grade, text);
            else if (grade != SpellingGrade.Absent) waiting.Add((row, grade, text));
        }
        foreach (var (row, grade, text) in waiting.OrderByDescending(w => w.Grade)) Add(row, grade, text);

        void Add(MatchedPage row, int grade, string? text)
        {
            double relevance = Math.Max(0, -row.Rank); // FTS5's bm25 is negative, better matches lower
            double score = tier + (grade + relevance / (1 + relevance)) / 3;
            hits.TryAdd(row.Document, score, _ => (row.Page, Snippets.Around(text ?? hits.PageText(row.PageRow), hits.MarkedWords)));
        }
    }

    private static List<MatchedPage> Query(SqliteConnection connection, string sql, (string, object?)[] parameters)
    {
        using var command = SqliteDocumentStore.Command(connection, sql, parameters);
        var rows = new List<MatchedPage>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add(new(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetDouble(3)));
        return rows;
    }
}
