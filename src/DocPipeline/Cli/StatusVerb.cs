using DocPipeline.Archive;
using DocPipeline.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DocPipeline.Cli;

/// <summary>`status [--json]`: what is archived, waiting in the inbox, and failed.</summary>
internal static class StatusVerb
{
    public static int Run(CliArguments args, IConfiguration configuration, TextWriter output)
    {
        using var services = AppServices.ForVerb(configuration);
        var options = services.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
        int documents = services.GetRequiredService<IDocumentStore>().Count();
        int waiting = CountFiles(options.InboxPath, f => !Pipeline.IgnoredFiles.IsIgnored(f));
        var failed = Directory.Exists(options.FailedPath)
            ? Directory.EnumerateFiles(options.FailedPath, "*.error.json").Select(File.ReadAllText).ToList()
            : [];
        if (args.Has("--json"))
            output.WriteLine(Json.Write(new { documents, inbox = waiting, failed = failed.Count }));
        else
            output.WriteLine($"documents: {documents}\ninbox: {waiting} waiting\nfailed: {failed.Count}");
        return CommandLine.Ok;
    }

    private static int CountFiles(string dir, Func<string, bool> keep) =>
        Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Count(keep) : 0;
}
