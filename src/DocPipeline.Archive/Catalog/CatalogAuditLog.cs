using System.Data.Common;
using System.Globalization;
using DocPipeline.Archive.Staff;

namespace DocPipeline.Archive.Catalog;

/// <summary>The `audit` table: triggers refuse any update or delete, so entries can only be added.</summary>
internal sealed class CatalogAuditLog(CatalogStore store) : IAuditLog
{
    public void Append(Actor actor, string action, long? documentId = null, string? field = null, string? oldValue = null, string? newValue = null)
    {
        using var connection = store.Open();
        Append(connection, Sql.Now(), actor, action, documentId, field, oldValue, newValue);
    }

    /// <summary>An entry written on a connection, inside the caller's transaction when it has one (a correction and its entries commit together).</summary>
    internal static void Append(DbConnection connection, string at, Actor actor, string action, long? documentId = null, string? field = null, string? oldValue = null, string? newValue = null)
    {
        using var command = Sql.Command(connection, """
            INSERT INTO audit (at, user_name, address, action, document_id, field, old_value, new_value) VALUES (@at, @user, @address, @action, @doc, @field, @old, @new)
            """, ("@at", at), ("@user", actor.Name), ("@address", actor.Address), ("@action", action), ("@doc", documentId),
            ("@field", field), ("@old", oldValue), ("@new", newValue));
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<AuditEntry> Read(long? documentId = null, int limit = 500)
    {
        using var connection = store.Open();
        using var command = Sql.Command(connection, $"""
            SELECT id, at, user_name, address, action, document_id, field, old_value, new_value FROM audit
            {(documentId is null ? "" : "WHERE document_id = @doc")} ORDER BY id DESC LIMIT @limit
            """, ("@doc", documentId), ("@limit", limit));
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        while (reader.Read())
            entries.Add(new AuditEntry(reader.GetInt64(0), Sql.ParseInstant(reader.GetString(1)), reader.GetString(2),
                Text(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetInt64(5), Text(6), Text(7), Text(8)));
        return entries;
    }
}
