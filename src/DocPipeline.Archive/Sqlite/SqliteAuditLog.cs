using System.Globalization;
using DocPipeline.Archive.Staff;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>The `audit` table: triggers refuse any update or delete, so entries can only be added.</summary>
internal sealed class SqliteAuditLog(SqliteDocumentStore store) : IAuditLog
{
    public void Append(Actor actor, string action, long? documentId = null, string? field = null, string? oldValue = null, string? newValue = null)
    {
        using var connection = store.Open();
        Append(connection, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), actor, action, documentId, field, oldValue, newValue);
    }

    /// <summary>An entry written on a connection, inside the caller's transaction when it has one (a correction and its entries commit together).</summary>
    internal static void Append(SqliteConnection connection, string at, Actor actor, string action, long? documentId = null, string? field = null, string? oldValue = null, string? newValue = null)
    {
        using var command = SqliteDocumentStore.Command(connection, """
            INSERT INTO audit (at, user_name, address, action, document_id, field, old_value, new_value) VALUES ($at, $user, $address, $action, $doc, $field, $old, $new)
            """, ("$at", at), ("$user", actor.Name), ("$address", actor.Address), ("$action", action), ("$doc", documentId),
            ("$field", field), ("$old", oldValue), ("$new", newValue));
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<AuditEntry> Read(long? documentId = null, int limit = 500)
    {
        using var connection = store.Open();
        using var command = SqliteDocumentStore.Command(connection, $"""
            SELECT id, at, user_name, address, action, document_id, field, old_value, new_value FROM audit
            {(documentId is null ? "" : "WHERE document_id = $doc")} ORDER BY id DESC LIMIT $limit
            """, ("$doc", documentId), ("$limit", limit));
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        while (reader.Read())
            entries.Add(new AuditEntry(reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture), reader.GetString(2),
                Text(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetInt64(5), Text(6), Text(7), Text(8)));
        return entries;
    }
}
