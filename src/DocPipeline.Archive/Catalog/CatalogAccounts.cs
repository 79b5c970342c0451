using System.Data.Common;
using System.Globalization;
using DocPipeline.Archive.Staff;

namespace DocPipeline.Archive.Catalog;

/// <summary>Accounts and API tokens in the catalog (carried over by `reindex` like the other staff tables).</summary>
internal sealed class CatalogAccounts(CatalogStore store) : IAccountStore
{
    private const string Columns = "id, name, role, password_hash, failed_logins, locked_until, created_at";

    public int Count()
    {
        using var connection = store.Open();
        using var command = Sql.Command(connection, "SELECT COUNT(*) FROM users");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// By name, ordered here rather than by the database: SQLite's NOCASE and PostgreSQL's collation order names in
    /// other scripts (Lao, accented Latin) differently, and both backends must list alike.
    /// </summary>
    public IReadOnlyList<Account> List() =>
        Query("ORDER BY id").OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();

    public Account? Find(string name) => Query("WHERE name = @name", ("@name", name)).FirstOrDefault();

    public Account? FindByTokenHash(string tokenHash) =>
        Query("WHERE id = (SELECT user_id FROM api_tokens WHERE token_hash = @hash)", ("@hash", tokenHash)).FirstOrDefault();

    public bool Add(string name, Role role, string passwordHash)
    {
        try
        {
            return Execute("INSERT INTO users (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @now)",
                ("@name", name), ("@role", RoleNames.Of(role)), ("@hash", passwordHash), ("@now", Sql.Now())) == 1;
        }
        catch (DbException e) when (store.IsDuplicate(e)) { return false; } // the name is taken
    }

    public bool Remove(string name) => Execute("DELETE FROM users WHERE name = @name", ("@name", name)) == 1;

    public bool SetRole(string name, Role role) => Execute("UPDATE users SET role = @role WHERE name = @name", ("@name", name), ("@role", RoleNames.Of(role))) == 1;

    public bool SetPassword(string name, string passwordHash) =>
        Execute("UPDATE users SET password_hash = @hash, failed_logins = 0, locked_until = NULL WHERE name = @name", ("@name", name), ("@hash", passwordHash)) == 1;

    public Account? RecordFailedLogin(string name, int maxFailures, DateTimeOffset lockUntil)
    {
        Execute("""
            UPDATE users SET locked_until = CASE WHEN failed_logins + 1 >= @max THEN @until ELSE locked_until END,
                             failed_logins = CASE WHEN failed_logins + 1 >= @max THEN 0 ELSE failed_logins + 1 END
            WHERE name = @name
            """, ("@name", name), ("@max", maxFailures), ("@until", Sql.Instant(lockUntil.ToUniversalTime())));
        return Find(name);
    }

    public void RecordLogin(string name) => Execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = @name", ("@name", name));

    public bool Unlock(string name) => Execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = @name", ("@name", name)) == 1;

    public bool AddToken(string name, string tokenHash) => Execute("""
        INSERT INTO api_tokens (token_hash, user_id, created_at) SELECT @hash, id, @now FROM users WHERE name = @name
        """, ("@name", name), ("@hash", tokenHash), ("@now", Sql.Now())) == 1;


    private List<Account> Query(string where, params (string, object?)[] parameters)
    {
        using var connection = store.Open();
        using var command = Sql.Command(connection, $"SELECT {Columns} FROM users {where}", parameters);
        using var reader = command.ExecuteReader();
        var list = new List<Account>();
        while (reader.Read())
            list.Add(new Account(reader.GetInt64(0), reader.GetString(1), Enum.Parse<Role>(reader.GetString(2), ignoreCase: true), reader.GetString(3),
                reader.GetInt32(4), reader.IsDBNull(5) ? null : Sql.ParseInstant(reader.GetString(5)),
                Sql.ParseInstant(reader.GetString(6))));
        return list;
    }

    private int Execute(string sql, params (string, object?)[] parameters)
    {
        using var connection = store.Open();
        using var command = Sql.Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }
}
