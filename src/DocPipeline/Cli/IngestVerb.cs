using DocPipeline.Hosting;
using DocPipeline.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>
/// `ingest FILE|DIR... [--no-progress]`: archive and index; one JSON line per input; folders are walked.
/// On a terminal a progress bar runs on stderr; otherwise stdout carries only the JSON lines.
/// </summary>
internal static class IngestVerb
{
    public static int Run(CliArguments args, IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        if (args.Positional.Count == 0) throw new UsageException("ingest needs at least one FILE or DIR.");
        using var services = AppServices.ForVerb(configuration);
        var ingestor = services.GetRequiredService<Ingestor>();
        var files = InputFiles.Expand(args.Positional).ToList();
        var bar = ProgressBar.ForTerminal(errors, files.Count, enabled: !args.Has("--no-progress"));
        int failed = 0;
        foreach (var (file, index) in files.Select((f, i) => (f, i)))
        {
            bar?.Show(index, Path.GetFileName(file), pagesDone: 0);
            var result = ingestor.Ingest(file, pageDone: pages => bar?.Show(index, Path.GetFileName(file), pages));
            if (result.Status == IngestResult.Failed) failed++;
            bar?.Clear();
            output.WriteLine(Json.Write(new { id = result.Id, file = result.File, status = result.Status, error = result.Error }));
            output.Flush();
        }
        bar?.Clear();
        return failed == 0 ? CommandLine.Ok : CommandLine.SomeFailed;
    }
}
