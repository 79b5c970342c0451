using System.Security.Claims;
using System.Text.Encodings.Web;
using DocPipeline.Archive.Staff;
using DocPipeline.Hosting;
using DocPipeline.Staff;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocPipeline.Web;

/// <summary>
/// ASP.NET Core authentication set up for staff: a login cookie (HttpOnly, SameSite=Strict, protected by Data Protection
/// keys kept in DATA/keys so a login outlives a restart) checked against the account on every request (a removed account
/// is out at once, a changed role applies at once), or an API token for scripts. Login and logout are form posts
/// with the anti-forgery token.
/// </summary>
public static class SignIn
{
    public const string CookieName = "docpipeline-login";
    private const string Either = "docpipeline", Token = "api-token";

    public static IServiceCollection AddStaffSignIn(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("DocPipeline");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<DocPipelineOptions>, ILoggerFactory>((keys, o, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(o.Value.KeysPath), logs));
        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, "login cookie or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal) ? Token : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.LoginPath = AccessGate.LoginPath;
                o.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized, "Log in first.");
                o.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden, "Your account may not do this; ask an administrator.");
                o.Events.OnValidatePrincipal = ValidateAccount;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(Token, null);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<DocPipelineOptions>>((cookie, o) => cookie.ExpireTimeSpan = TimeSpan.FromHours(o.Value.LoginHours));
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.Reader, p => p.RequireRole(StaffRoles.AtLeast(Role.Reader)))
            .AddPolicy(StaffRoles.Clerk, p => p.RequireRole(StaffRoles.AtLeast(Role.Clerk)))
            .AddPolicy(StaffRoles.Admin, p => p.RequireRole(StaffRoles.AtLeast(Role.Admin)));
        return services;
    }

    /// <summary>POST /login: checks the anti-forgery token, then the name and password; too many wrong passwords lock the account.</summary>
    public static async Task<IResult> LogInAsync(HttpContext context, IAntiforgery antiforgery, AccountService accounts)
    {
        await antiforgery.ValidateRequestAsync(context);
        var form = await context.Request.ReadFormAsync();
        var result = accounts.LogIn(form["name"].ToString(), form["password"].ToString(), context.Connection.RemoteIpAddress?.ToString());
        if (result.Outcome == LoginOutcome.Locked) return Results.Redirect(AccessGate.LoginPath + "?locked=1");
        if (result.Account is not { } account) return Results.Redirect(AccessGate.LoginPath + "?failed=1");
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            StaffRoles.Principal(account.Name, account.Role, CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.Redirect("/");
    }

    public static async Task<IResult> LogOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        await antiforgery.ValidateRequestAsync(context);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect(AccessGate.LoginPath);
    }

    /// <summary>The account behind a login cookie, as it is now.</summary>
    private static async Task ValidateAccount(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountService>();
        var account = context.Principal?.Identity?.Name is { } name ? accounts.Find(name) : null;
        if (account is null || account.IsLocked(DateTimeOffset.UtcNow))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        if (StaffRoles.Of(context.Principal!) != account.Role)
        {
            context.ReplacePrincipal(StaffRoles.Principal(account.Name, account.Role, CookieAuthenticationDefaults.AuthenticationScheme));
            context.ShouldRenew = true;
        }
    }

    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status, string error)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(status == StatusCodes.Status401Unauthorized ? context.RedirectUri : "/?forbidden=1");
            return Task.CompletedTask;
        }
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error });
    }

    /// <summary>`Authorization: Bearer TOKEN` with a token from `users token NAME`.</summary>
    private sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logs, UrlEncoder encoder, AccountService accounts)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logs, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            string header = Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.Ordinal)) return Task.FromResult(AuthenticateResult.NoResult());
            return Task.FromResult(accounts.FromToken(header["Bearer ".Length..]) is { } account
                ? AuthenticateResult.Success(new AuthenticationTicket(StaffRoles.Principal(account.Name, account.Role, Scheme.Name), Scheme.Name))
                : AuthenticateResult.Fail("Unknown API token."));
        }

        protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            await Response.WriteAsJsonAsync(new { error = "Your account may not do this; ask an administrator." });
        }
    }

    /// <summary>Whether the request came with an API token (a script: no anti-forgery token, which protects cookies only).</summary>
    public static bool ByToken(HttpContext context) => context.User.Identity?.AuthenticationType == Token;
}
