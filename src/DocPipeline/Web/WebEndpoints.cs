using DocPipeline.Hosting;
using DocPipeline.Lao.Extraction;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

using DocPipeline.Views;
using DocPipeline.Worker;

namespace DocPipeline.Web;

/// <summary>The web page (static files in wwwroot/, embedded) and its JSON API.</summary>
public static class WebEndpoints
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IServiceCollection AddDocPipelineWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.Name = "docpipeline-antiforgery";
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
        });
        services.Configure<JsonOptions>(o => Json.Configure(o.SerializerOptions)); // the command line's configuration
        services.AddStaffSignIn();
        services.AddSingleton<AccessGate>();
        services.AddSingleton<StaffPages>();
        services.AddSingleton<ArchiveView>();
        services.AddSingleton<PageImages>();
        services.AddSingleton<InboxUploads>();
        return services;
    }

    public static void UseDocPipelineWeb(this WebApplication app)
    {
        app.Use(SecurityHeaders);
        app.Use(ApiErrorsAsJson);
        app.UseAuthentication();
        app.Use(app.Services.GetRequiredService<AccessGate>().InvokeAsync);
        var files = new Microsoft.Extensions.FileProviders.EmbeddedFileProvider(typeof(WebEndpoints).Assembly, "DocPipeline.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapDocPipelineApi();
    }

    private static void MapDocPipelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(AccessGate.LoginPath, () => Results.Redirect("/login.html"));
        app.MapPost(AccessGate.LoginPath, SignIn.LogInAsync).DisableAntiforgery(); // validated in LogInAsync
        app.MapPost("/logout", SignIn.LogOutAsync).DisableAntiforgery();
        app.MapGet("/api/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            Results.Ok(new { token = antiforgery.GetAndStoreTokens(context).RequestToken, header = AntiforgeryHeader }));
        app.MapGet("/api/me", (HttpContext context, StaffPages staff) => Results.Ok(staff.Me(context.User)));

        // Reader: search, read, cite, download.
        var read = app.MapGroup("").RequireAuthorization(StaffRoles.Reader);
        read.MapGet("/api/search", Search);
        read.MapGet("/api/types", () => Results.Ok(DocumentTypes.Names));
        read.MapGet("/api/suggest", (string? q, ArchiveView archive) => Results.Ok(archive.Suggest(q ?? "")));
        read.MapGet("/api/documents/{id:long}/related", (long id, ArchiveView archive) =>
            archive.Related(id) is { } related ? Results.Ok(related) : NoDocument(id));
        read.MapGet("/api/documents/{id:long}", (long id, ArchiveView archive) =>
            archive.Document(id) is { } d ? Results.Ok(d) : NoDocument(id));
        read.MapGet("/api/documents/{id:long}/history", (long id, ArchiveView archive, StaffPages staff) =>
            archive.Document(id) is null ? NoDocument(id) : Results.Ok(staff.History(id)));
        read.MapGet("/api/documents/{id:long}/citation", (long id, int? page, ArchiveView archive) =>
            archive.Citation(id, page) is { } c ? Results.Ok(new { citation = c }) : NoDocument(id));
        read.MapGet("/api/documents/{id:long}/original", (long id, ArchiveView archive) =>
            archive.Original(id) is { } o
                ? Results.File(o.Path, "application/octet-stream", o.FileName, enableRangeProcessing: true)
                : NoDocument(id));
        read.MapGet("/api/documents/{id:long}/pdf", (long id, ArchiveView archive) =>
            archive.SearchablePdf(id) is { } pdf
                ? Results.File(pdf.Path, "application/pdf", pdf.FileName, enableRangeProcessing: true)
                : archive.Original(id) is null ? NoDocument(id) : Results.NotFound(new { error = $"Document {id} has no searchable PDF (a text file, or not made yet: reindex makes it)." }));
        read.MapGet("/api/documents/{id:long}/pages/{page:int}/image", (long id, int page, ArchiveView archive, PageImages images) =>
        {
            if (archive.Original(id) is not { } original) return NoDocument(id);
            return images.For(original, page) is { } image
                ? Results.File(image.Path, image.ContentType)
                : Results.NotFound(new { error = $"Document {id} has no image for page {page}." });
        });
        read.MapGet("/api/upload/{sha256:regex(^[0-9a-fA-F]{{64}}$)}", (string sha256, InboxUploads uploads) => Results.Ok(uploads.Follow(sha256.ToLowerInvariant())));
        read.MapGet("/api/status", (StatusReport status) => Results.Ok(status.Now()));

        // Clerk: also upload, correct, retry, and the review queue.
        var clerk = app.MapGroup("").RequireAuthorization(StaffRoles.Clerk);
        clerk.MapPost("/api/upload", Upload);
        clerk.MapPut("/api/documents/{id:long}", (long id, System.Text.Json.JsonElement body, HttpContext context, StaffPages staff) =>
            staff.Correct(id, body, AccessGate.ActorOf(context)))
            .AddEndpointFilter(ValidateAntiforgery);
        clerk.MapGet("/api/review", (StaffPages staff) => Results.Ok(staff.Review()));
        clerk.MapPost("/api/status/failed/{name}/retry", (string name, FailedFolder failed, HttpContext context, Archive.Staff.IAuditLog audit) =>
        {
            if (failed.Retry(name) is not { } queued) return Results.NotFound(new { error = $"No failed file named '{name}'." });
            audit.Append(AccessGate.ActorOf(context), Archive.Staff.AuditActions.Retry, newValue: queued);
            return Results.Ok(new FileOutcome(FileOutcome.Queued, queued, null));
        }).AddEndpointFilter(ValidateAntiforgery);

        // Admin: also accounts and the audit log.
        var admin = app.MapGroup("").RequireAuthorization(StaffRoles.Admin);
        admin.MapGet("/api/audit", (long? document, int? limit, StaffPages staff) => Results.Ok(staff.Audit(document, Math.Clamp(limit ?? 500, 1, 5000))));
        admin.MapGet("/api/users", (StaffPages staff) => Results.Ok(staff.Users()));
        admin.MapPost("/api/users", (UserChange change, HttpContext context, StaffPages staff) => staff.AddUser(change, AccessGate.ActorOf(context)))
            .AddEndpointFilter(ValidateAntiforgery);
        admin.MapPut("/api/users/{name}", (string name, UserChange change, HttpContext context, StaffPages staff) => staff.ChangeUser(name, change, AccessGate.ActorOf(context)))
            .AddEndpointFilter(ValidateAntiforgery);
        admin.MapDelete("/api/users/{name}", (string name, HttpContext context, StaffPages staff) => staff.RemoveUser(name, AccessGate.ActorOf(context)))
            .AddEndpointFilter(ValidateAntiforgery);
    }

    private static IResult Search(string? q, string? type, string? issuer, string? from, string? to, int? limit, int? offset, string? sort, ArchiveView archive)
    {
        if (string.IsNullOrWhiteSpace(q)) return Results.BadRequest(new { error = "Type a word or a reference number." });
        if (!Dates.TryParseFilter(from, endOfYear: false, out var fromDate)) return Results.BadRequest(new { error = $"'from' takes a date as yyyy-MM-dd or a year, not '{from}'." });
        if (!Dates.TryParseFilter(to, endOfYear: true, out var toDate)) return Results.BadRequest(new { error = $"'to' takes a date as yyyy-MM-dd or a year, not '{to}'." });
        return Results.Ok(archive.Search(new WebSearch(q.Trim(), Blank(type), Blank(issuer), fromDate, toDate,
            Math.Clamp(limit ?? 20, 1, 100), Math.Max(0, offset ?? 0), sort == "date")));
    }

    /// <summary>
    /// POST /api/upload: one file per request as multipart/form-data, streamed into the inbox
    /// (not buffered in memory), with the anti-forgery token in the X-CSRF-TOKEN header.
    /// </summary>
    private static async Task<IResult> Upload(HttpContext context, IAntiforgery antiforgery, InboxUploads uploads, Archive.Staff.IAuditLog audit)
    {
        // The token must come in the header: looking for it in the form would buffer the whole upload.
        if (!SignIn.ByToken(context))
        {
            if (!context.Request.Headers.ContainsKey(AntiforgeryHeader))
                return Results.BadRequest(new { error = $"The {AntiforgeryHeader} header is missing: reload the page and try again." });
            await antiforgery.ValidateRequestAsync(context);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = uploads.MaxBytes + 1024 * 1024;
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var media) || HeaderUtilities.RemoveQuotes(media.Boundary).Length == 0)
            return Results.BadRequest(new { error = "Send the file as multipart/form-data." });
        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(media.Boundary).ToString(), context.Request.Body);
        for (var section = await reader.ReadNextSectionAsync(context.RequestAborted); section is not null; section = await reader.ReadNextSectionAsync(context.RequestAborted))
        {
            if (section.AsFileSection() is not { } file) continue;
            try
            {
                var saved = await uploads.SaveAsync(file.FileName, section.Body, context.RequestAborted);
                audit.Append(AccessGate.ActorOf(context), Archive.Staff.AuditActions.Upload, newValue: file.FileName);
                return Results.Ok(saved);
            }
            catch (UploadRefusedException e) { return Results.Json(new FileOutcome(FileOutcome.Failed, file.FileName, null, Stage: "upload", Error: e.Message), statusCode: e.StatusCode); }
        }
        return Results.BadRequest(new { error = "The request holds no file." });
    }

    /// <summary>
    /// Minimal APIs only enforce anti-forgery on form binding: a POST or PUT without a form is checked here. A script
    /// with an API token needs none: anti-forgery protects the login cookie, which it does not send.
    /// </summary>
    private static async ValueTask<object?> ValidateAntiforgery(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (!SignIn.ByToken(context)) await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        return await next(invocation);
    }

    private static async Task ApiErrorsAsJson(HttpContext context, RequestDelegate next)
    {
        try { await next(context); }
        catch (AntiforgeryValidationException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new { error = "The form is out of date (anti-forgery check failed): reload the page and try again." });
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("DocPipeline.Web").LogError(e, "{Path} failed", context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsJsonAsync(new { error = e.Message });
        }
    }

    /// <summary>No inline script or style anywhere, so a stray piece of markup in OCR text could not run even if it were inserted.</summary>
    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "no-referrer";
        return next(context);
    }

    private static IResult NoDocument(long id) => Results.NotFound(new { error = $"No document {id}." });

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
