using System.CommandLine;
using DocPipeline.Archive;
using DocPipeline.Hosting;
using DocPipeline.Views;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>
/// `search QUERY... [--limit N] [--type T] [--issuer I] [--year Y] [--from D] [--to D] [--newest] [--json]`: hits, best
/// first (or newest first). QUERY: Lao words, "a phrase", -excluded words, reference numbers.
/// </summary>
internal static class SearchVerb
{
    public static Command Command()
    {
        var query = Verb.Words("QUERY", "Lao words, \"a phrase\", -excluded words, a reference number in any digits, or a mix");
        var limit = new Option<int>("--limit") { HelpName = "N", Description = "at most N hits", DefaultValueFactory = _ => 10 };
        limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--limit takes a positive whole number."); });
        var type = new Option<string>("--type") { HelpName = "T", Description = "only this type of directive (ດຳລັດ, ຂໍ້ຕົກລົງ, …)" };
        var issuer = new Option<string>("--issuer") { HelpName = "I", Description = "only this issuer" };
        var year = new Option<int?>("--year") { HelpName = "Y", Description = "only documents dated in this year" };
        year.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1900 or > 2200) r.AddError("--year takes a year such as 2023."); });
        var from = DateOption("--from", "dated on or after D (yyyy-MM-dd or a year)", endOfYear: false);
        var to = DateOption("--to", "dated on or before D (yyyy-MM-dd or a year)", endOfYear: true);
        var newest = new Option<bool>("--newest") { Description = "every match by date, newest first, instead of by relevance" };
        var json = new Option<bool>("--json") { Description = "one JSON hit per line" };
        var command = Verb.Create("search", "Finds documents: the one bearing a reference number first, then those citing it; words matched in «».",
            "search ງົບປະມານ --year 2022 --limit 3",
            query, limit, type, issuer, year, from, to, newest, json, SettingOptions.Data(), SettingOptions.Catalog(), SettingOptions.Any());
        command.SetAction(r =>
        {
            var (start, end) = (r.GetValue(from), r.GetValue(to));
            if (r.GetValue(year) is int y) (start, end) = (Later(start, new DateOnly(y, 1, 1)), Earlier(end, new DateOnly(y, 12, 31)));
            var request = new SearchRequest(string.Join(' ', r.GetRequiredValue(query)), r.GetValue(limit), 0, r.GetValue(type), start, end, r.GetValue(issuer), NewestFirst: r.GetValue(newest));
            return Run(request, r.GetValue(json), SettingOptions.Configuration(r), r.InvocationConfiguration.Output);
        });
        return command;
    }

    public static int Run(SearchRequest request, bool json, IConfiguration configuration, TextWriter output)
    {
        if (string.IsNullOrWhiteSpace(request.Text)) throw new UsageException("search needs a QUERY: Lao words, a reference number, or both.");
        using var services = AppServices.ForExistingArchive(configuration);
        var hits = services.GetRequiredService<IDocumentStore>().Search(request);
        foreach (var hit in hits.Select(SearchHitView.From))
        {
            if (json) output.WriteLine(Json.Write(hit));
            else
            {
                output.WriteLine($"[{hit.Id}] {hit.DocumentType ?? "?"} {hit.DocumentNumber ?? "(no number)"} {hit.DocumentDate ?? ""}  {hit.File}  p.{hit.Page}");
                output.WriteLine("    " + hit.Snippet);
            }
        }
        if (hits.Count == 0 && !json) output.WriteLine("No document matches.");
        return hits.Count == 0 ? CommandLine.SomeFailed : CommandLine.Ok;
    }

    /// <summary>A date as yyyy-MM-dd, or a year: its first day for --from, its last for --to.</summary>
    private static Option<DateOnly?> DateOption(string name, string description, bool endOfYear) => new(name)
    {
        HelpName = "D",
        Description = description,
        CustomParser = r =>
        {
            string v = r.Tokens.Single().Value;
            if (Dates.TryParseFilter(v, endOfYear, out var date) && date is not null) return date;
            r.AddError($"{name} takes a date as yyyy-MM-dd or a year, not '{v}'.");
            return null;
        },
    };

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
