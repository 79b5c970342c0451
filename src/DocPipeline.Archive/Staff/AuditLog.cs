namespace DocPipeline.Archive.Staff;

/// <summary>One thing someone did: who, when, from where, what (and to which document, which field, from what to what).</summary>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    string User,
    string? Address,
    string Action,
    long? DocumentId = null,
    string? Field = null,
    string? OldValue = null,
    string? NewValue = null);

/// <summary>The actions the audit log records.</summary>
public static class AuditActions
{
    public const string Login = "login", LoginFailed = "login-failed", LoginLocked = "login-locked", Upload = "upload", Correct = "correct",
        Checked = "checked", Retry = "retry", UserAdded = "user-added", UserRemoved = "user-removed", UserRole = "user-role",
        UserPassword = "user-password", UserUnlocked = "user-unlocked", TokenIssued = "token-issued";
}

/// <summary>The append-only audit log in the catalog: entries are added, never changed or removed (the catalog refuses it).</summary>
public interface IAuditLog
{
    void Append(Actor actor, string action, long? documentId = null, string? field = null, string? oldValue = null, string? newValue = null);

    /// <summary>Newest first; only one document's entries when <paramref name="documentId"/> is given.</summary>
    IReadOnlyList<AuditEntry> Read(long? documentId = null, int limit = 500);
}
