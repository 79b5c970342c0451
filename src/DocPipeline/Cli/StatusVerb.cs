using DocPipeline.Archive;
using DocPipeline.Archive.Jobs;
using DocPipeline.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DocPipeline.Cli;

/// <summary>`status [--json]`: what is archived, waiting in the inbox, queued, running (with page progress), and what failed lately.</summary>
internal static class StatusVerb
{
    private const int RecentFailures = 10;

    public static int Run(CliArguments args, IConfiguration configuration, TextWriter output)
    {
        using var services = AppServices.ForVerb(configuration);
        var options = services.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
        int documents = services.GetRequiredService<IDocumentStore>().Count();
        int waiting = Pipeline.IgnoredFiles.WaitingIn(options.InboxPath).Count();
        var queue = services.GetRequiredService<IJobQueue>().Status(RecentFailures);
        var running = queue.Running.Select(j => new { id = j.Id, file = j.FileName, pagesDone = j.PagesDone, attempt = j.Attempts, updatedAt = j.UpdatedAt }).ToList();
        var failures = queue.RecentFailures.Select(j => new { file = j.FileName, stage = j.Stage, message = j.Message, time = j.UpdatedAt, path = j.FailedPath }).ToList();
        if (args.Has("--json"))
        {
            output.WriteLine(Json.Write(new
            {
                documents, inbox = waiting, queued = queue.Queued, running, failed = queue.Failed, duplicates = queue.Duplicates, recentFailures = failures,
            }));
            return CommandLine.Ok;
        }
        output.WriteLine($"documents: {documents}");
        output.WriteLine($"inbox: {waiting} waiting");
        output.WriteLine($"queue: {queue.Queued} queued, {running.Count} running");
        foreach (var r in running) output.WriteLine($"  running: {r.file}, {r.pagesDone} pages done (attempt {r.attempt})");
        output.WriteLine($"duplicates: {queue.Duplicates}");
        output.WriteLine($"failed: {queue.Failed}");
        foreach (var f in failures) output.WriteLine($"  {f.time:yyyy-MM-dd HH:mm} {f.file} ({f.stage}): {f.message}");
        return CommandLine.Ok;
    }
}
