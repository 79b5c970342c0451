using DocPipeline.Archive.Search;
using DocPipeline.Lao.Text;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// Gathers hits in rank order across the search tiers: each document once (at the first, best
/// page that reached it), only if it passes the filters and holds none of the excluded words on
/// any page, until enough hits are in.
/// </summary>
internal sealed class HitCollector : IDisposable
{
    private readonly SearchQuery _query;
    private readonly SqliteCommand _document, _pages, _pageText, _heading;
    private readonly HashSet<long> _seen = [];
    private readonly List<string> _excluded;

    internal HitCollector(SqliteConnection connection, SearchQuery query, SearchFilter filter, int wanted)
    {
        _query = query;
        Wanted = wanted;
        var (sql, parameters) = FilterSql = filter.Sql();
        _document = SqliteDocumentStore.Command(connection, $"SELECT {DocumentRows.Columns} FROM documents d WHERE d.id = $id {sql}", [("$id", 0L), .. parameters]);
        _pages = SqliteDocumentStore.Command(connection, "SELECT text FROM pages WHERE document_id = $id", ("$id", 0L));
        _pageText = SqliteDocumentStore.Command(connection, "SELECT text FROM pages WHERE id = $id", ("$id", 0L));
        _heading = SqliteDocumentStore.Command(connection,
            "SELECT concat_ws(' ', number, type, subject, issuer) FROM documents WHERE id = $id", ("$id", 0L));
        _excluded = query.Excluded.Select(t => SearchAnalyzer.FoldedRun(t.Text)).Where(t => t.Length > 0).ToList();
    }

    internal List<SearchHit> Hits { get; } = [];

    /// <summary>The request's filters as `AND …` over documents d.</summary>
    internal (string Sql, (string, object?)[] Parameters) FilterSql { get; }
    internal int Wanted { get; }
    internal bool IsFull => Hits.Count >= Wanted;
    internal bool Seen(long documentId) => _seen.Contains(documentId);

    /// <summary>Adds the document if it is new and passes; the page and snippet are only computed then.</summary>
    internal bool TryAdd(long documentId, double score, Func<DocumentSummary, (int Page, string Snippet)> passage)
    {
        if (IsFull || !_seen.Add(documentId)) return false;
        var document = Load(documentId);
        if (document is null || HoldsExcluded(documentId)) return false;
        var (page, snippet) = passage(document);
        Hits.Add(new SearchHit(document, page, snippet, Math.Round(score, 4)));
        return true;
    }

    internal IEnumerable<string> MarkedWords => _query.MarkedWords;

    private DocumentSummary? Load(long id)
    {
        _document.Parameters["$id"].Value = id;
        using var reader = _document.ExecuteReader();
        return reader.Read() ? DocumentRows.Read(reader, 0) : null;
    }

    private bool HoldsExcluded(long id)
    {
        if (_excluded.Count == 0) return false;
        _pages.Parameters["$id"].Value = id;
        using var reader = _pages.ExecuteReader();
        while (reader.Read())
        {
            string run = SearchAnalyzer.FoldedRun(reader.GetString(0));
            if (_excluded.Any(e => run.Contains(e, StringComparison.Ordinal))) return true;
        }
        return false;
    }

    internal string PageText(long pageRow) => Scalar(_pageText, pageRow);

    /// <summary>The document's number, type, subject and issuer: what the heading column indexed.</summary>
    internal string Heading(long documentId) => Scalar(_heading, documentId);

    private static string Scalar(SqliteCommand command, long id)
    {
        command.Parameters["$id"].Value = id;
        return command.ExecuteScalar() as string ?? "";
    }

    public void Dispose()
    {
        foreach (var command in new[] { _document, _pages, _pageText, _heading }) command.Dispose();
    }
}
