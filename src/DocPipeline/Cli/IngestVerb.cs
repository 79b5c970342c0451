using System.CommandLine;
using DocPipeline.Hosting;
using DocPipeline.Pipeline;
using DocPipeline.Views;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>
/// `ingest FILE|DIR... [--data DIR] [--no-progress]`: archive and index; one JSON line per input; folders are walked.
/// On a terminal a progress bar runs on stderr; otherwise stdout carries only the JSON lines.
/// </summary>
internal static class IngestVerb
{
    public static Command Command()
    {
        var inputs = Verb.Files("FILE|DIR", "files to archive; folders are walked");
        var noProgress = new Option<bool>("--no-progress") { Description = "no progress bar on the terminal" };
        var command = Verb.Create("ingest", "Archives and indexes files: one JSON line per input (status indexed, duplicate or failed). Your files are copied, never moved or changed.",
            "ingest scans/ --data /srv/archive",
            inputs, noProgress, SettingOptions.Data(), SettingOptions.Catalog(), SettingOptions.Originals(), SettingOptions.Tessdata(), SettingOptions.Lang(), SettingOptions.Any());
        command.SetAction(r => Run(r.GetRequiredValue(inputs), r.GetValue(noProgress), SettingOptions.Configuration(r),
            r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, bool noProgress, IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        using var services = AppServices.ForVerb(configuration);
        var ingestor = services.GetRequiredService<Ingestor>();
        var files = InputFiles.Expand(inputs).ToList();
        var bar = ProgressBar.ForTerminal(errors, files.Count, enabled: !noProgress);
        int failed = 0;
        foreach (var (file, index) in files.Select((f, i) => (f, i)))
        {
            bar?.Show(index, Path.GetFileName(file), pagesDone: 0);
            var result = ingestor.Ingest(file, pageDone: pages => bar?.Show(index, Path.GetFileName(file), pages));
            if (result.Status == FileOutcome.Failed) failed++;
            bar?.Clear();
            output.WriteLine(Json.Write(result));
            output.Flush();
        }
        bar?.Clear();
        return failed == 0 ? CommandLine.Ok : CommandLine.SomeFailed;
    }
}
