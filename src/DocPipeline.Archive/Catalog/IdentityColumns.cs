using System.Data.Common;
using System.Globalization;
using DocPipeline.Archive.Staff;

namespace DocPipeline.Archive.Catalog;

/// <summary>
/// Reads and sets one correctable value of a document row: an identity field (page 0) or a page's text. The number
/// sets its lookup keys with it, so the citation graph and the index follow the corrected number; a page keeps what
/// OCR gave as its raw text.
/// </summary>
internal static class IdentityColumns
{
    private static readonly Dictionary<string, string> Columns = new()
    {
        [IdentityFields.Type] = "type",
        [IdentityFields.Number] = "number",
        [IdentityFields.Date] = "date",
        [IdentityFields.Issuer] = "issuer",
        [IdentityFields.Title] = "title",
        [IdentityFields.Subject] = "subject",
    };

    /// <summary>The value as the catalog stores it (a date as yyyy-MM-dd); refuses what it cannot store.</summary>
    internal static string? Checked(string field, string? value)
    {
        if (!Columns.ContainsKey(field))
            throw new CorrectionRefusedException($"'{field}' cannot be corrected; the fields are {string.Join(", ", IdentityFields.All)}.");
        value = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (field == IdentityFields.Date && value is not null
            && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new CorrectionRefusedException($"The date must be written yyyy-MM-dd (2023-12-08), not '{value}'.");
        if (field == IdentityFields.Number && value is not null && ReferenceKeys.Exact(value).Length == 0)
            throw new CorrectionRefusedException($"'{value}' is not a reference number.");
        return value;
    }

    internal static bool PageExists(DbConnection connection, long id, int page)
    {
        using var command = Sql.Command(connection, "SELECT COUNT(*) FROM pages WHERE document_id = @id AND number = @n", ("@id", id), ("@n", page));
        return (long)command.ExecuteScalar()! > 0;
    }

    internal static string? Read(DbConnection connection, long id, int page, string field)
    {
        string sql = page == 0
            ? $"SELECT {Columns[field]} FROM documents WHERE id = @id"
            : "SELECT text FROM pages WHERE document_id = @id AND number = @n";
        using var command = Sql.Command(connection, sql, ("@id", id), ("@n", page));
        return command.ExecuteScalar() as string;
    }

    internal static void Set(DbConnection connection, long id, int page, string field, string? value)
    {
        if (page != 0)
        {
            Sql.Execute(connection, "UPDATE pages SET raw_text = coalesce(raw_text, text), text = @v WHERE document_id = @id AND number = @n",
                ("@id", id), ("@n", page), ("@v", value ?? ""));
            return;
        }
        if (field == IdentityFields.Number)
        {
            string? key = value is null ? null : ReferenceKeys.Exact(value);
            Sql.Execute(connection, "UPDATE documents SET number = @v, number_key = @k, number_folded = @f WHERE id = @id",
                ("@id", id), ("@v", value), ("@k", key), ("@f", key is null ? null : ReferenceKeys.Folded(key)));
            return;
        }
        Sql.Execute(connection, $"UPDATE documents SET {Columns[field]} = @v WHERE id = @id", ("@id", id), ("@v", value));
    }

    /// <summary>
    /// After a document is written from what the machine read (ingest, reindex): the corrections staff made to the same
    /// content are applied again over it, and each remembers the machine's new reading. True when a page's text was among them.
    /// </summary>
    internal static bool ApplyStored(DbConnection connection, long id, string sha256)
    {
        var stored = new List<(int Page, string Field, string? Value)>();
        using (var command = Sql.Command(connection, "SELECT page, field, value FROM corrections WHERE sha256 = @sha", ("@sha", sha256)))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) stored.Add((reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        bool pageSet = false;
        foreach (var (page, field, value) in stored)
        {
            if (page != 0 && !PageExists(connection, id, page)) continue;
            if (page == 0 && !Columns.ContainsKey(field)) continue;
            Sql.Execute(connection, "UPDATE corrections SET machine_value = @m WHERE sha256 = @sha AND page = @p AND field = @f",
                ("@m", Read(connection, id, page, field)), ("@sha", sha256), ("@p", page), ("@f", field));
            Set(connection, id, page, field, value);
            pageSet |= page != 0;
        }
        return pageSet;
    }
}
