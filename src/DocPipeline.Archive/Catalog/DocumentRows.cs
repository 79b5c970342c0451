using System.Data.Common;

namespace DocPipeline.Archive.Catalog;

/// <summary>Reads document rows into <see cref="DocumentSummary"/> records.</summary>
internal static class DocumentRows
{
    internal const string Columns =
        "id, sha256, file_name, original_path, kind, page_count, number, date, type, issuer, subject, ocr_engine, mean_confidence, added_at, title";

    /// <summary>How many columns <see cref="Read"/> takes.</summary>
    internal static readonly int Count = Columns.Split(", ").Length;

    /// <summary>The columns of a joined table's alias (`d.id, d.sha256, …`).</summary>
    internal static string Prefixed(string alias) => string.Join(", ", Columns.Split(", ").Select(c => alias + c));

    internal static List<DocumentSummary> Query(DbConnection connection, string where, params (string Name, object? Value)[] parameters)
    {
        using var command = Sql.Command(connection, $"SELECT {Columns} FROM documents {where}", parameters);
        using var reader = command.ExecuteReader();
        var list = new List<DocumentSummary>();
        while (reader.Read()) list.Add(Read(reader, 0));
        return list;
    }

    internal static DocumentSummary Read(DbDataReader r, int at) => new(
        r.GetInt64(at),
        r.GetString(at + 1),
        r.GetString(at + 2),
        r.GetString(at + 3),
        r.GetString(at + 4),
        r.GetInt32(at + 5),
        Sql.Text(r, at + 6),
        Sql.ParseDate(Sql.Text(r, at + 7)),
        Sql.Text(r, at + 8),
        Sql.Text(r, at + 9),
        Sql.Text(r, at + 10),
        Sql.Text(r, at + 11),
        r.IsDBNull(at + 12) ? null : r.GetDouble(at + 12),
        Sql.ParseInstant(r.GetString(at + 13)),
        Sql.Text(r, at + 14));
}
