using DocPipeline.Hosting;
using DocPipeline.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>`ingest FILE|DIR...`: archive and index; one JSON line per input; folders are walked.</summary>
internal static class IngestVerb
{
    public static int Run(CliArguments args, IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        if (args.Positional.Count == 0) throw new UsageException("ingest needs at least one FILE or DIR.");
        using var services = AppServices.ForVerb(configuration);
        var ingestor = services.GetRequiredService<Ingestor>();
        var files = InputFiles.Expand(args.Positional).ToList();
        int failed = 0;
        foreach (var file in files)
        {
            var result = ingestor.Ingest(file);
            if (result.Status == IngestResult.Failed) failed++;
            output.WriteLine(Json.Write(new { id = result.Id, file = result.File, status = result.Status, error = result.Error }));
            output.Flush();
        }
        return failed == 0 ? CommandLine.Ok : CommandLine.SomeFailed;
    }
}
