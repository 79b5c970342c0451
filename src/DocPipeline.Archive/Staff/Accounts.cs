namespace DocPipeline.Archive.Staff;

/// <summary>What an account may do; each role can do what the one before it can.</summary>
public enum Role
{
    /// <summary>Search, read, cite, download.</summary>
    Reader,
    /// <summary>Also upload, correct, retry failed files.</summary>
    Clerk,
    /// <summary>Also accounts and the audit log.</summary>
    Admin,
}

/// <summary>An account as stored: the password only as a hash (ASP.NET Core Identity's format).</summary>
public sealed record Account(long Id, string Name, Role Role, string PasswordHash, int FailedLogins, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt)
{
    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;
}

/// <summary>The accounts table and each account's API tokens (stored as SHA-256 hashes, never the token itself).</summary>
public interface IAccountStore
{
    int Count();
    IReadOnlyList<Account> List();
    Account? Find(string name);
    Account? FindByTokenHash(string tokenHash);

    /// <summary>False when an account of that name exists already.</summary>
    bool Add(string name, Role role, string passwordHash);
    bool Remove(string name);
    bool SetRole(string name, Role role);
    bool SetPassword(string name, string passwordHash);

    /// <summary>
    /// Counts a failed login; locks the account until <paramref name="lockUntil"/> when it reaches <paramref name="maxFailures"/>,
    /// and starts the count again (after the lock, the account has as many tries as before). Returns the account after.
    /// </summary>
    Account? RecordFailedLogin(string name, int maxFailures, DateTimeOffset lockUntil);
    void RecordLogin(string name);
    bool Unlock(string name);
    bool AddToken(string name, string tokenHash);
}

/// <summary>A role as the table, the command line and the audit log write it: reader, clerk, admin.</summary>
public static class RoleNames
{
    public static string Of(Role role) => role.ToString().ToLowerInvariant();
}
