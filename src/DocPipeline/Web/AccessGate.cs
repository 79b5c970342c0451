using System.Net;
using System.Security.Claims;
using DocPipeline.Archive.Staff;
using DocPipeline.Staff;
using Microsoft.AspNetCore.Http;

namespace DocPipeline.Web;

/// <summary>
/// Who may come in. Without any account, one person on one machine: requests from loopback act as a local
/// administrator, and `serve` listens on loopback only (see ServeVerb). Once an account exists, every request needs a
/// login (the cookie of /login) or an API token (`Authorization: Bearer TOKEN`); pages redirect to /login, the API
/// answers 401. What each role may do is on the endpoints (<see cref="StaffRoles"/>).
/// </summary>
public sealed class AccessGate(AccountService accounts)
{
    public const string LoginPath = "/login";
    public const string LocalUser = "local";

    /// <summary>What may be fetched before logging in: the login page, its style and the anti-forgery token it posts.</summary>
    private static readonly string[] OpenPaths = [LoginPath, "/login.html", "/site.css", "/site.js", "/login.js", "/api/antiforgery", "/api/me"];

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.User.Identity?.IsAuthenticated != true && IsLoopback(context) && accounts.None)
            context.User = StaffRoles.Principal(LocalUser, Role.Admin, "local");
        if (context.User.Identity?.IsAuthenticated == true || OpenPaths.Contains(context.Request.Path.Value))
        {
            await next(context);
            return;
        }
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "Log in first, or send your API token as 'Authorization: Bearer TOKEN'." });
        }
        else context.Response.Redirect(LoginPath);
    }

    /// <summary>Who did it, for the audit log: the account and the address the request came from.</summary>
    public static Actor ActorOf(HttpContext context) =>
        new(context.User.Identity?.Name ?? "anonymous", context.Connection.RemoteIpAddress?.ToString());

    private static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);
}

/// <summary>The roles as claims and as authorization policies: each policy admits its role and the roles above it.</summary>
public static class StaffRoles
{
    public const string Reader = "reader", Clerk = "clerk", Admin = "admin";

    public static ClaimsPrincipal Principal(string name, Role role, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, RoleNames.Of(role))], scheme));

    /// <summary>The roles a policy admits.</summary>
    public static string[] AtLeast(Role role) => Enum.GetValues<Role>().Where(r => r >= role).Select(RoleNames.Of).ToArray();

    public static Role Of(ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), ignoreCase: true, out var role) ? role : Role.Reader;
}
