using DocPipeline.Archive;
using DocPipeline.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>
/// `search QUERY [--limit N] [--type T] [--issuer I] [--from D] [--to D] [--year Y] [--newest] [--json]`: hits, best first (or newest first).
/// QUERY: Lao words, "a phrase", -excluded words, reference numbers.
/// </summary>
internal static class SearchVerb
{
    public static int Run(CliArguments args, IConfiguration configuration, TextWriter output)
    {
        string query = string.Join(' ', args.Positional);
        if (string.IsNullOrWhiteSpace(query)) throw new UsageException("search needs a QUERY: Lao words, a reference number, or both.");
        using var services = AppServices.ForVerb(configuration);
        var store = services.GetRequiredService<IDocumentStore>();
        var (from, to) = (args.GetDate("--from"), args.GetDate("--to"));
        if (args.Get("--year") is { } y)
        {
            if (!int.TryParse(y, out int year) || year is < 1900 or > 2200) throw new UsageException($"--year takes a year such as 2023, not '{y}'.");
            (from, to) = (Later(from, new DateOnly(year, 1, 1)), Earlier(to, new DateOnly(year, 12, 31)));
        }
        var hits = store.Search(new SearchRequest(query, args.GetInt("--limit", 10), 0, args.Get("--type"), from, to, args.Get("--issuer"), NewestFirst: args.Has("--newest")));
        foreach (var hit in hits)
        {
            var d = hit.Document;
            if (args.Has("--json"))
                output.WriteLine(Json.Write(new
                {
                    id = d.Id,
                    file = d.FileName,
                    documentNumber = d.Number,
                    documentDate = AnalyzeOutput.Iso(d.Date),
                    documentType = d.Type,
                    score = Math.Round(hit.Score, 4),
                    snippet = hit.Snippet,
                    page = hit.Page,
                }));
            else
            {
                output.WriteLine($"[{d.Id}] {d.Type ?? "?"} {d.Number ?? "(no number)"} {AnalyzeOutput.Iso(d.Date) ?? ""}  {d.FileName}  p.{hit.Page}");
                output.WriteLine("    " + hit.Snippet);
            }
        }
        if (hits.Count == 0 && !args.Has("--json")) output.WriteLine("No document matches.");
        return hits.Count == 0 ? CommandLine.SomeFailed : CommandLine.Ok;
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
