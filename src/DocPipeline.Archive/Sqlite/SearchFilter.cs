using DocPipeline.Lao.Text;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// The filters of a request (type, issuer, date range): as SQL over `documents d`, applied to
/// every candidate, and as facet groups for page_index, so FTS5 intersects them before ranking.
/// A date filter keeps only dated documents.
/// </summary>
internal sealed class SearchFilter
{
    private readonly string? _type, _issuer;
    private readonly DateOnly? _from, _to;

    internal SearchFilter(SearchRequest request, LaoTextEngine textEngine)
    {
        _type = Clean(request.Type, textEngine);
        _issuer = Clean(request.Issuer, textEngine);
        (_from, _to) = (request.From, request.To);
    }

    internal bool IsEmpty => _type is null && _issuer is null && _from is null && _to is null;

    /// <summary>`AND …` over the alias d, with its parameters.</summary>
    internal (string Sql, (string, object?)[] Parameters) Sql()
    {
        var sql = new List<string>();
        var parameters = new List<(string, object?)>();
        if (_type is not null) { sql.Add("d.type = $type"); parameters.Add(("$type", _type)); }
        if (_issuer is not null) { sql.Add("instr(d.issuer, $issuer) > 0"); parameters.Add(("$issuer", _issuer)); }
        if (_from is { } from) { sql.Add("d.date >= $from"); parameters.Add(("$from", SqliteDocumentStore.IsoDate(from))); }
        if (_to is { } to) { sql.Add("d.date <= $to"); parameters.Add(("$to", SqliteDocumentStore.IsoDate(to))); }
        return (sql.Count == 0 ? "" : "AND " + string.Join(" AND ", sql), parameters.ToArray());
    }

    /// <summary>Facet groups for page_index (each group: one of these tokens must be there).</summary>
    internal IReadOnlyList<string> FacetGroups(SqliteConnection connection)
    {
        var groups = new List<string>();
        if (Facets.TypeToken(_type) is { } type) groups.Add(FtsQuery.AnyOf([type]));
        if (_from is not null || _to is not null)
        {
            var (first, last) = YearsInCatalog(connection);
            int from = Math.Max(_from?.Year ?? first, first), to = Math.Min(_to?.Year ?? last, last);
            groups.Add(to < from ? FtsQuery.AnyOf(["yr-none"]) : FtsQuery.AnyOf(Enumerable.Range(from, to - from + 1).Select(Facets.YearToken)));
        }
        return groups;
    }

    private static (int First, int Last) YearsInCatalog(SqliteConnection connection)
    {
        // Two subqueries: SQLite reads a lone min() or max() off the date index's ends; both in one SELECT would scan it.
        using var command = SqliteDocumentStore.Command(connection,
            "SELECT (SELECT min(date) FROM documents WHERE date IS NOT NULL), (SELECT max(date) FROM documents WHERE date IS NOT NULL)");
        using var reader = command.ExecuteReader();
        if (!reader.Read() || reader.IsDBNull(0)) return (1, 0);
        return (int.Parse(reader.GetString(0)[..4]), int.Parse(reader.GetString(1)[..4]));
    }

    private static string? Clean(string? value, LaoTextEngine textEngine) =>
        string.IsNullOrWhiteSpace(value) ? null : textEngine.Normalize(value.Trim());
}
