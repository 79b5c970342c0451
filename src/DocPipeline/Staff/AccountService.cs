using System.Security.Cryptography;
using System.Text;
using DocPipeline.Archive.Staff;
using DocPipeline.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DocPipeline.Staff;

/// <summary>How a login attempt ended.</summary>
public enum LoginOutcome { LoggedIn, Wrong, Locked }

/// <summary>A login attempt's outcome and, when it succeeded, the account.</summary>
public sealed record LoginResult(LoginOutcome Outcome, Account? Account);

/// <summary>Accounts refuse what would leave them unusable: a short password, a bad name, an unknown role.</summary>
public sealed class AccountRefusedException(string message) : Exception(message);

/// <summary>
/// Accounts for the command line and the web: passwords hashed by ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2, salted, its version in the hash), lockout after <see cref="DocPipelineOptions.LockoutFailures"/> wrong passwords,
/// API tokens stored as SHA-256 hashes. Every change and every login, failed or not, goes to the audit log.
/// </summary>
public sealed class AccountService(IAccountStore accounts, IAuditLog audit, IOptions<DocPipelineOptions> options, TimeProvider? clock = null)
{
    public const int MinimumPasswordLength = 8;

    private readonly PasswordHasher<Account> _hasher = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>No account yet: one person on one machine, on loopback only.</summary>
    public bool None => accounts.Count() == 0;

    public IReadOnlyList<Account> List() => accounts.List();

    public Account? Find(string name) => accounts.Find(name);

    public LoginResult LogIn(string name, string password, string? address)
    {
        var now = _clock.GetUtcNow();
        var account = accounts.Find(name.Trim());
        if (account is null)
        {
            audit.Append(new Actor(name.Trim(), address), AuditActions.LoginFailed, newValue: "no such account");
            return new LoginResult(LoginOutcome.Wrong, null);
        }
        if (account.IsLocked(now))
        {
            audit.Append(new Actor(account.Name, address), AuditActions.LoginLocked);
            return new LoginResult(LoginOutcome.Locked, null);
        }
        var verdict = _hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var after = accounts.RecordFailedLogin(account.Name, options.Value.LockoutFailures, now.AddMinutes(options.Value.LockoutMinutes));
            bool locked = after?.IsLocked(now) == true;
            audit.Append(new Actor(account.Name, address), locked ? AuditActions.LoginLocked : AuditActions.LoginFailed,
                newValue: locked ? $"locked until {after!.LockedUntil:yyyy-MM-dd HH:mm} UTC" : $"{after?.FailedLogins} wrong in a row");
            return new LoginResult(locked ? LoginOutcome.Locked : LoginOutcome.Wrong, null);
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded) accounts.SetPassword(account.Name, _hasher.HashPassword(account, password));
        accounts.RecordLogin(account.Name);
        audit.Append(new Actor(account.Name, address), AuditActions.Login);
        return new LoginResult(LoginOutcome.LoggedIn, account);
    }

    /// <summary>The account an API token belongs to; null for an unknown token or a locked account.</summary>
    public Account? FromToken(string token) =>
        accounts.FindByTokenHash(TokenHash(token)) is { } account && !account.IsLocked(_clock.GetUtcNow()) ? account : null;

    public void Add(string name, Role role, string password, Actor actor)
    {
        name = CheckedName(name);
        CheckPassword(password);
        if (!accounts.Add(name, role, _hasher.HashPassword(null!, password)))
            throw new AccountRefusedException($"There is already an account named '{name}'.");
        audit.Append(actor, AuditActions.UserAdded, field: name, newValue: RoleNames.Of(role));
    }

    public void Remove(string name, Actor actor)
    {
        var account = Existing(name);
        accounts.Remove(account.Name);
        audit.Append(actor, AuditActions.UserRemoved, field: account.Name, oldValue: RoleNames.Of(account.Role));
    }

    public void SetRole(string name, Role role, Actor actor)
    {
        var account = Existing(name);
        accounts.SetRole(account.Name, role);
        audit.Append(actor, AuditActions.UserRole, field: account.Name, oldValue: RoleNames.Of(account.Role), newValue: RoleNames.Of(role));
    }

    public void SetPassword(string name, string password, Actor actor)
    {
        var account = Existing(name);
        CheckPassword(password);
        accounts.SetPassword(account.Name, _hasher.HashPassword(account, password));
        audit.Append(actor, AuditActions.UserPassword, field: account.Name);
    }

    public void Unlock(string name, Actor actor)
    {
        var account = Existing(name);
        accounts.Unlock(account.Name);
        audit.Append(actor, AuditActions.UserUnlocked, field: account.Name);
    }

    /// <summary>A new API token for scripts, shown once: only its hash is kept.</summary>
    public string IssueToken(string name, Actor actor)
    {
        var account = Existing(name);
        string token = "dp_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        accounts.AddToken(account.Name, TokenHash(token));
        audit.Append(actor, AuditActions.TokenIssued, field: account.Name);
        return token;
    }

    public static Role ParseRole(string? role) =>
        Enum.TryParse<Role>(role, ignoreCase: true, out var r) && Enum.IsDefined(r) && !int.TryParse(role, out _)
            ? r : throw new AccountRefusedException($"The role is reader, clerk or admin, not '{role}'.");

    private Account Existing(string name) => accounts.Find(name.Trim()) ?? throw new AccountRefusedException($"There is no account named '{name}'.");

    private static string CheckedName(string name)
    {
        name = name.Trim();
        if (name.Length is 0 or > 64 || name.Any(char.IsControl) || name.Any(char.IsWhiteSpace))
            throw new AccountRefusedException("An account name is 1 to 64 characters without spaces.");
        return name;
    }

    private static void CheckPassword(string password)
    {
        if (password.Length < MinimumPasswordLength)
            throw new AccountRefusedException($"A password needs at least {MinimumPasswordLength} characters.");
    }

    private static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));
}
