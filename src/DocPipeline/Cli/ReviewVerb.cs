using System.CommandLine;
using DocPipeline.Archive.Staff;
using DocPipeline.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DocPipeline.Cli;

/// <summary>`review`'s arguments.</summary>
public sealed record ReviewArguments(bool Json, int Limit);

/// <summary>`review [--json] [--limit N]`: the documents a person should check, worst first, each with its reasons.</summary>
internal static class ReviewVerb
{
    public static Command Command()
    {
        var json = new Option<bool>("--json") { Description = "one JSON object per document: id, file, identity, score, reasons [{code, detail}]" };
        var limit = new Option<int>("--limit") { HelpName = "N", Description = "at most N documents (default 200)", DefaultValueFactory = _ => 200 };
        var command = Verb.Create("review", "The documents a person should check, worst first, each with its reasons: no number, date or type, a page read with low confidence, a date before what it cites, a reference linked through OCR damage.",
            "review --json --limit 20",
            json, limit, SettingOptions.Data(), SettingOptions.Catalog(), SettingOptions.Any());
        command.SetAction(r => Run(new ReviewArguments(r.GetValue(json), r.GetValue(limit)), SettingOptions.Configuration(r), r.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(ReviewArguments review, IConfiguration configuration, TextWriter output)
    {
        using var services = AppServices.ForExistingArchive(configuration);
        var options = services.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
        return new ReviewListing(services.GetRequiredService<IReviewQueue>(), options.ReviewConfidence).Write(review, output);
    }
}

/// <summary>The review queue as JSON lines or as text.</summary>
internal sealed class ReviewListing(IReviewQueue queue, int reviewConfidence)
{
    public int Write(ReviewArguments review, TextWriter output)
    {
        foreach (var item in queue.ReviewQueue(reviewConfidence, review.Limit))
        {
            var d = item.Document;
            if (review.Json)
                output.WriteLine(Json.Write(Views.ReviewItemView.From(item))); // the shape of GET /api/review
            else
                output.WriteLine($"[{d.Id}] {d.FileName} ({item.Score}): {string.Join("; ", item.Reasons.Select(r => r.Detail))}");
        }
        return CommandLine.Ok;
    }
}
