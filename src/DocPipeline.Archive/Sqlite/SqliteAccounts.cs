using System.Globalization;
using DocPipeline.Archive.Staff;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>Accounts and API tokens in the catalog (carried over by `reindex` like the other staff tables).</summary>
internal sealed class SqliteAccounts(SqliteDocumentStore store) : IAccountStore
{
    private const string Columns = "id, name, role, password_hash, failed_logins, locked_until, created_at";

    public int Count()
    {
        using var connection = store.Open();
        using var command = SqliteDocumentStore.Command(connection, "SELECT COUNT(*) FROM users");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<Account> List() => Query("ORDER BY name");

    public Account? Find(string name) => Query("WHERE name = $name", ("$name", name)).FirstOrDefault();

    public Account? FindByTokenHash(string tokenHash) =>
        Query("WHERE id = (SELECT user_id FROM api_tokens WHERE token_hash = $hash)", ("$hash", tokenHash)).FirstOrDefault();

    public bool Add(string name, Role role, string passwordHash)
    {
        try
        {
            return Execute("INSERT INTO users (name, role, password_hash, created_at) VALUES ($name, $role, $hash, $now)",
                ("$name", name), ("$role", RoleNames.Of(role)), ("$hash", passwordHash), ("$now", Now())) == 1;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) { return false; } // the name is taken
    }

    public bool Remove(string name) => Execute("DELETE FROM users WHERE name = $name", ("$name", name)) == 1;

    public bool SetRole(string name, Role role) => Execute("UPDATE users SET role = $role WHERE name = $name", ("$name", name), ("$role", RoleNames.Of(role))) == 1;

    public bool SetPassword(string name, string passwordHash) =>
        Execute("UPDATE users SET password_hash = $hash, failed_logins = 0, locked_until = NULL WHERE name = $name", ("$name", name), ("$hash", passwordHash)) == 1;

    public Account? RecordFailedLogin(string name, int maxFailures, DateTimeOffset lockUntil)
    {
        Execute("""
            UPDATE users SET locked_until = CASE WHEN failed_logins + 1 >= $max THEN $until ELSE locked_until END,
                             failed_logins = CASE WHEN failed_logins + 1 >= $max THEN 0 ELSE failed_logins + 1 END
            WHERE name = $name
            """, ("$name", name), ("$max", maxFailures), ("$until", lockUntil.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        return Find(name);
    }

    public void RecordLogin(string name) => Execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = $name", ("$name", name));

    public bool Unlock(string name) => Execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = $name", ("$name", name)) == 1;

    public bool AddToken(string name, string tokenHash) => Execute("""
        INSERT INTO api_tokens (token_hash, user_id, created_at) SELECT $hash, id, $now FROM users WHERE name = $name
        """, ("$name", name), ("$hash", tokenHash), ("$now", Now())) == 1;


    private List<Account> Query(string where, params (string, object?)[] parameters)
    {
        using var connection = store.Open();
        using var command = SqliteDocumentStore.Command(connection, $"SELECT {Columns} FROM users {where}", parameters);
        using var reader = command.ExecuteReader();
        var list = new List<Account>();
        while (reader.Read())
            list.Add(new Account(reader.GetInt64(0), reader.GetString(1), Enum.Parse<Role>(reader.GetString(2), ignoreCase: true), reader.GetString(3),
                reader.GetInt32(4), reader.IsDBNull(5) ? null : DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture)));
        return list;
    }

    private int Execute(string sql, params (string, object?)[] parameters)
    {
        using var connection = store.Open();
        using var command = SqliteDocumentStore.Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
