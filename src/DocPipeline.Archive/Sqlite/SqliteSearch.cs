using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// Search over the catalog and the FTS5 index: a reference number finds the document that
/// bears it, then those that cite it; words are looked up exactly first, then under the
/// folded key that absorbs OCR confusions, each document once, at its best page.
/// </summary>
internal sealed class SqliteSearch(Func<SqliteConnection> open, SearchAnalyzer analyzer, LaoTextEngine textEngine)
{
    private const double FoldedWeight = 0.5, SubstringWeight = 0.25;

    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        string query = textEngine.Normalize(request.Text ?? "").Trim();
        if (query.Length == 0) return [];
        var numbers = ReferenceNumbers.Find(query).ToList();
        string rest = query;
        foreach (var n in numbers.OrderByDescending(n => n.Index)) rest = rest.Remove(n.Index, n.Length);
        var words = analyzer.QueryWords(Digits.ToAscii(rest));

        using var connection = open();
        var hits = new List<SearchHit>();
        var seen = new HashSet<long>();
        int wanted = request.Offset + request.Limit;
        foreach (var (_, key, _, _) in numbers)
            AddNumberHits(connection, key, words, request, hits, seen);
        if (words.Count > 0 && numbers.Count == 0)
        {
            AddWordHits(connection, "page_index", FtsQuery.AllIn("words", words), 1.0, words, request, hits, seen, wanted);
            if (hits.Count < wanted)
                AddWordHits(connection, "page_index", FtsQuery.AllIn("folded", words.Select(SearchKeys.Folded)), FoldedWeight, words, request, hits, seen, wanted);
            if (hits.Count < wanted)
                AddWordHits(connection, "page_trigram", FtsQuery.AllOf(words.Select(SearchAnalyzer.FoldedRun).Where(w => w.Length >= 3)), SubstringWeight, words, request, hits, seen, wanted);
        }
        return hits.Skip(request.Offset).Take(request.Limit).ToList();
    }

    private static void AddNumberHits(SqliteConnection connection, string key, IReadOnlyList<string> words, SearchRequest request, List<SearchHit> hits, HashSet<long> seen)
    {
        var (filter, parameters) = Filters(request);
        var bearing = DocumentRows.Query(connection, $"WHERE number_key = $key {filter} ORDER BY date DESC, id", [("$key", key), .. parameters]);
        var citing = DocumentRows.Query(connection,
            $"WHERE id IN (SELECT document_id FROM citations WHERE key = $key) {filter} ORDER BY date DESC, id", [("$key", key), .. parameters]);
        double score = 100;
        foreach (var doc in bearing.Concat(citing))
        {
            if (!seen.Add(doc.Id)) continue;
            var (page, snippet) = PageWith(connection, doc.Id, key);
            hits.Add(new SearchHit(doc, page, snippet, score));
            score -= 1;
        }
    }

    private void AddWordHits(SqliteConnection connection, string table, string match, double weight, IReadOnlyList<string> words, SearchRequest request, List<SearchHit> hits, HashSet<long> seen, int wanted)
    {
        if (match.Length == 0) return;
        var (filter, parameters) = Filters(request, "d.");
        using var command = SqliteDocumentStore.Command(connection, $"""
            SELECT {Prefixed("d.")}, p.number, p.text, bm25({table}) AS rank
            FROM {table} JOIN pages p ON p.id = {table}.rowid JOIN documents d ON d.id = p.document_id
            WHERE {table} MATCH $match {filter}
            ORDER BY rank LIMIT $limit
            """, [("$match", match), ("$limit", wanted * 4 + 20), .. parameters]);
        using var reader = command.ExecuteReader();
        int columns = DocumentRows.Columns.Split(',').Length;
        while (reader.Read() && hits.Count < wanted)
        {
            var doc = DocumentRows.Read(reader, 0);
            if (!seen.Add(doc.Id)) continue;
            int page = reader.GetInt32(columns);
            string text = reader.GetString(columns + 1);
            double score = -reader.GetDouble(columns + 2) * weight;
            hits.Add(new SearchHit(doc, page, Snippets.Around(text, words), score));
        }
    }

    private static (int Page, string Snippet) PageWith(SqliteConnection connection, long documentId, string key)
    {
        using var command = SqliteDocumentStore.Command(connection, "SELECT number, text FROM pages WHERE document_id = $id ORDER BY number", ("$id", documentId));
        using var reader = command.ExecuteReader();
        (int, string)? first = null;
        while (reader.Read())
        {
            string text = reader.GetString(1);
            var found = ReferenceNumbers.Find(text).FirstOrDefault(n => n.Key == key);
            if (found.Written is not null) return (reader.GetInt32(0), Snippets.Window(text, found.Index, found.Length));
            first ??= (reader.GetInt32(0), text);
        }
        return first is { } f ? (f.Item1, Snippets.Window(f.Item2, 0, 0)) : (1, "");
    }

    private static string Prefixed(string prefix) =>
        string.Join(", ", DocumentRows.Columns.Split(',').Select(c => prefix + c.Trim()));

    private static (string Sql, (string, object?)[] Parameters) Filters(SearchRequest request, string prefix = "")
    {
        var sql = new List<string>();
        var parameters = new List<(string, object?)>();
        if (!string.IsNullOrWhiteSpace(request.Type)) { sql.Add($"{prefix}type = $type"); parameters.Add(("$type", request.Type)); }
        if (request.From is { } from) { sql.Add($"{prefix}date >= $from"); parameters.Add(("$from", SqliteDocumentStore.IsoDate(from))); }
        if (request.To is { } to) { sql.Add($"{prefix}date <= $to"); parameters.Add(("$to", SqliteDocumentStore.IsoDate(to))); }
        return (sql.Count == 0 ? "" : "AND " + string.Join(" AND ", sql), parameters.ToArray());
    }
}
