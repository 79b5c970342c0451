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
    public static int Run(CliArguments args, IConfiguration configuration, TextWriter output)
    {
        var review = new ReviewArguments(args.Has("--json"), args.GetInt("--limit", 200));
        using var services = AppServices.ForVerb(configuration);
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
                output.WriteLine(Json.Write(new
                {
                    id = d.Id, file = d.FileName, documentNumber = d.Number, documentDate = AnalyzeOutput.Iso(d.Date), documentType = d.Type,
                    score = item.Score, reasons = item.Reasons.Select(r => new { code = r.Code, detail = r.Detail }),
                }));
            else
                output.WriteLine($"[{d.Id}] {d.FileName} ({item.Score}): {string.Join("; ", item.Reasons.Select(r => r.Detail))}");
        }
        return CommandLine.Ok;
    }
}
