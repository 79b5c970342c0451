using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace DocPipeline.Web;

/// <summary>
/// The access token an administrator sets (DocPipeline:AccessToken) to serve other machines.
/// When it is set, every request must carry it: programs send `Authorization: Bearer TOKEN`,
/// people log in once on /login and get a cookie (HttpOnly, SameSite=Strict) holding a key
/// derived from the token, so the token itself is never stored in the browser. Without a
/// token, `serve` only listens on 127.0.0.1 (see ServeVerb) and the gate is open.
/// </summary>
public sealed class AccessGate(IConfiguration configuration)
{
    public const string CookieName = "docpipeline-login";
    public const string LoginPath = "/login";

    /// <summary>What may be fetched before logging in: the login page, its style and the anti-forgery token it posts.</summary>
    private static readonly string[] OpenPaths = [LoginPath, "/login.html", "/site.css", "/site.js", "/login.js", "/api/antiforgery"];

    private readonly string? _token = configuration["DocPipeline:AccessToken"] is { Length: > 0 } t ? t : null;

    public bool Enabled => _token is not null;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (_token is null || OpenPaths.Contains(context.Request.Path.Value) || HasToken(context.Request))
        {
            await next(context);
            return;
        }
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "Log in first, or send the access token as 'Authorization: Bearer TOKEN'." });
        }
        else context.Response.Redirect(LoginPath);
    }

    /// <summary>POST /login: checks the anti-forgery token and the access token, then sets the login cookie.</summary>
    public async Task<IResult> LogInAsync(HttpContext context, IAntiforgery antiforgery)
    {
        await antiforgery.ValidateRequestAsync(context);
        var form = await context.Request.ReadFormAsync();
        if (_token is null || !Same(form["token"].ToString(), _token))
            return Results.Redirect(LoginPath + "?failed=1");
        context.Response.Cookies.Append(CookieName, LoginKey(_token), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
        return Results.Redirect("/");
    }

    private bool HasToken(HttpRequest request)
    {
        string auth = request.Headers.Authorization.ToString();
        if (auth.StartsWith("Bearer ", StringComparison.Ordinal) && Same(auth["Bearer ".Length..].Trim(), _token!)) return true;
        return request.Cookies.TryGetValue(CookieName, out var cookie) && Same(cookie, LoginKey(_token!));
    }

    private static string LoginKey(string token) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(token), "docpipeline-login"u8));

    private static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}
