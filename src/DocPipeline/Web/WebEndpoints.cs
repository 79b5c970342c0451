using DocPipeline.Archive;
using DocPipeline.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DocPipeline.Web;

/// <summary>The web page and its JSON API.</summary>
public static class WebEndpoints
{
    public static void MapDocPipelineWeb(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Content(SearchPage.Html, "text/html; charset=utf-8"));
        app.MapGet("/api/search", (string? q, string? type, string? issuer, DateOnly? from, DateOnly? to, int? limit, int? offset, IDocumentStore store) =>
        {
            if (string.IsNullOrWhiteSpace(q)) return Results.BadRequest(new { error = "Type a word or a reference number." });
            var hits = store.Search(new SearchRequest(q, Math.Clamp(limit ?? 20, 1, 100), Math.Max(0, offset ?? 0), type, from, to, issuer));
            return Results.Json(hits.Select(h => new
            {
                id = h.Document.Id,
                file = h.Document.FileName,
                documentNumber = h.Document.Number,
                documentDate = AnalyzeOutput.Iso(h.Document.Date),
                documentType = h.Document.Type,
                issuer = h.Document.Issuer,
                score = h.Score,
                snippet = h.Snippet,
                page = h.Page,
            }), Hosting.Json.Line);
        });
        app.MapGet("/api/documents/{id:long}", (long id, IDocumentStore store) =>
            store.Get(id) is { } d
                ? Results.Json(new { document = d, pages = store.Pages(id).Select(p => new { p.Number, p.Text }), cites = store.Cites(id), citedBy = store.CitedBy(id) }, Hosting.Json.Line)
                : Results.NotFound(new { error = $"No document {id}." }));
        app.MapGet("/api/documents/{id:long}/citation", (long id, int? page, IDocumentStore store) =>
            store.Get(id) is { } d
                ? Results.Json(new { citation = DocumentVerbs.Citation(d, page) }, Hosting.Json.Line)
                : Results.NotFound(new { error = $"No document {id}." }));
    }
}
