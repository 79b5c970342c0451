using System.Globalization;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// Filter values as index tokens in page_index's facets column (`tyຄຳສັ່ງ yr2023`), so that a
/// filtered query is one FTS5 intersection: a common word restricted to one type never ranks
/// the pages of every other type first. Both sides take canonical text.
/// </summary>
internal static class Facets
{
    internal static string Of(string? type, DateOnly? date) =>
        string.Join(' ', new[] { TypeToken(type), date is { } d ? YearToken(d.Year) : null }.Where(t => t is not null));

    internal static string? TypeToken(string? type)
    {
        if (string.IsNullOrWhiteSpace(type)) return null;
        return "ty" + new string(type.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray());
    }

    internal static string YearToken(int year) => "yr" + year.ToString(CultureInfo.InvariantCulture);
}
