namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// Builds FTS5 MATCH expressions from words the user typed. Every word becomes a quoted
/// string with its quotes doubled, so no user input is ever read as FTS5 syntax
/// (`*`, `NEAR`, `AND`, parentheses, column filters).
/// </summary>
internal static class FtsQuery
{
    internal static string Quote(string word) => "\"" + word.Replace("\"", "\"\"") + "\"";

    /// <summary>All words must appear in the column.</summary>
    internal static string AllIn(string column, IEnumerable<string> words)
    {
        var quoted = words.Where(w => w.Length > 0).Select(Quote).ToList();
        return quoted.Count == 0 ? "" : $"{column} : ({string.Join(" AND ", quoted)})";
    }

    /// <summary>All strings must appear, in any column.</summary>
    internal static string AllOf(IEnumerable<string> words) =>
        string.Join(" AND ", words.Where(w => w.Length > 0).Select(Quote));
}
