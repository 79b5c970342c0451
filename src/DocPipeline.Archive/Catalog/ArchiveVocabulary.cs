using System.Data.Common;
using DocPipeline.Archive.Postgres;
using DocPipeline.Lao.Extraction;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Catalog;

/// <summary>
/// What the archive has learned for extraction: the document types, issuer codes and issuers its catalog holds, read once
/// when the pipeline starts. A value counts when two documents have it (as their own or in a citation), so that a
/// type or code read once through OCR damage is not learned. No catalog yet, or one of another version: nothing learned.
/// </summary>
public static class ArchiveVocabulary
{
    private const int MinDocuments = 2;

    /// <summary>An extractor that knows the types, codes and issuers of the catalog file besides the standard and published ones.</summary>
    public static DirectiveExtractor Extractor(string catalogPath) => Extractor(Read(catalogPath));

    /// <summary>An extractor that knows the types, codes and issuers of the shared PostgreSQL catalog.</summary>
    public static DirectiveExtractor Extractor(PostgresCatalog catalog)
    {
        using var connection = catalog.DataSource.OpenConnection();
        return Extractor(connection);
    }

    /// <summary>An extractor that knows what the catalog behind an open connection holds (inside its transaction, if one is open).</summary>
    internal static DirectiveExtractor Extractor(DbConnection connection) => Extractor(Read(connection));

    private static DirectiveExtractor Extractor((IReadOnlyList<string> Types, IReadOnlyList<string> Codes, IReadOnlyList<string> Issuers) learned) =>
        new(new TypeVocabulary(learned.Types), new IssuerCodes(learned.Codes), new IssuerNames(learned.Issuers));

    /// <summary>The learned types, issuer codes (`ຄປ.ວຈ`) and issuers (`ກະຊວງສຶກສາທິການ ແລະ ກິລາ`) of a catalog file, opened read-only.</summary>
    public static (IReadOnlyList<string> Types, IReadOnlyList<string> Codes, IReadOnlyList<string> Issuers) Read(string catalogPath)
    {
        if (!File.Exists(catalogPath)) return ([], [], []);
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = catalogPath, Mode = SqliteOpenMode.ReadOnly }.ToString());
            connection.Open();
            return Read(connection);
        }
        catch (SqliteException)
        {
            return ([], [], []);
        }
    }

    internal static (IReadOnlyList<string> Types, IReadOnlyList<string> Codes, IReadOnlyList<string> Issuers) Read(DbConnection connection) =>
        (Values(connection, Shared("type"), t => t), Values(connection, Shared("number"), IssuerCodes.CodeOf),
            Values(connection, "SELECT id, issuer FROM documents WHERE issuer IS NOT NULL", i => i));

    // A column documents and citations share.
    private static string Shared(string column) => $"""
        SELECT id, {column} FROM documents WHERE {column} IS NOT NULL
        UNION SELECT document_id, {column} FROM citations WHERE {column} IS NOT NULL
        """;

    // The values a query gives with their document (as <paramref name="key"/> maps them), held by at least two documents.
    private static List<string> Values(DbConnection connection, string query, Func<string, string> key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = query;
        var pairs = new List<(long Document, string Value)>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) pairs.Add((reader.GetInt64(0), key(reader.GetString(1))));
        return pairs.Where(p => p.Value.Length > 0).GroupBy(p => p.Value, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Document).Distinct().Count() >= MinDocuments).Select(g => g.Key).ToList();
    }
}
