using DocPipeline.Hosting;
using DocPipeline.Ocr.Intake;
using DocPipeline.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>`analyze FILE... [--json]`: the pipeline without storage, one result per input.</summary>
internal static class AnalyzeVerb
{
    public static int Run(CliArguments args, IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        if (args.Positional.Count == 0) throw new UsageException("analyze needs at least one FILE.");
        using var services = AppServices.ForVerb(configuration);
        var analyzer = services.GetRequiredService<DocumentAnalyzer>();
        int failed = 0;
        foreach (string file in args.Positional)
        {
            try
            {
                var analysis = analyzer.Analyze(file);
                if (args.Has("--json")) output.WriteLine(Json.Write(AnalyzeOutput.From(analysis)));
                else WriteReadable(analysis, output);
            }
            catch (RejectedFileException e)
            {
                failed++;
                if (args.Has("--json")) output.WriteLine(Json.Write(new { file = Path.GetFileName(file), error = e.Message, stage = e.Stage }));
                else errors.WriteLine($"{file}: failed at {e.Stage}: {e.Message}");
            }
        }
        return failed == 0 ? CommandLine.Ok : CommandLine.SomeFailed;
    }

    private static void WriteReadable(DocumentAnalysis a, TextWriter output)
    {
        var f = a.Facts;
        output.WriteLine($"== {a.File} ({a.Pages.Count} pages, {a.Kind})");
        output.WriteLine($"number: {f.DocumentNumber ?? "-"}   date: {f.DocumentDate?.ToString("yyyy-MM-dd") ?? "-"}   type: {f.DocumentType ?? "-"}");
        output.WriteLine($"issuer: {f.Issuer ?? "-"}");
        foreach (var r in f.References) output.WriteLine($"cites: {r.Type} {r.Number} {r.Date:yyyy-MM-dd}");
        if (a.Ocr is { } ocr) output.WriteLine($"ocr: {ocr.Engine}, mean confidence {ocr.MeanConfidence}");
        output.WriteLine();
        output.WriteLine(a.Text);
    }
}
