using System.CommandLine;
using DocPipeline.Hosting;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Searchable;
using DocPipeline.Pipeline;
using DocPipeline.Views;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>
/// `analyze FILE... [--json] [--searchable-pdf OUT.pdf]`: the pipeline without storage, one result
/// per input; with one input, its searchable PDF written to OUT.pdf.
/// </summary>
internal static class AnalyzeVerb
{
    public static Command Command()
    {
        var files = Verb.Files("FILE", "scans (PDF, TIFF, PNG, JPEG) or .txt exports");
        var json = new Option<bool>("--json") { Description = "one JSON object per input per line" };
        var searchablePdf = new Option<string>("--searchable-pdf") { HelpName = "OUT.pdf", Description = "with one FILE: also write its searchable PDF there" };
        var command = Verb.Create("analyze", "Runs the pipeline without storing anything and prints what it finds.", "analyze scan.pdf --json",
            files, json, searchablePdf, SettingOptions.Tessdata(), SettingOptions.Lang(), SettingOptions.Any());
        command.SetAction(r => Run(r.GetRequiredValue(files), r.GetValue(json), r.GetValue(searchablePdf),
            SettingOptions.Configuration(r), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, bool json, string? searchablePdf, IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        if (searchablePdf is not null && inputs.Count != 1) throw new UsageException("--searchable-pdf takes one input FILE.");
        using var services = AppServices.ForVerb(configuration);
        var analyzer = services.GetRequiredService<DocumentAnalyzer>();
        int failed = 0;
        foreach (string file in inputs)
        {
            try
            {
                var analysis = analyzer.Analyze(file);
                if (searchablePdf is not null && !WriteSearchablePdf(services.GetRequiredService<SearchablePdfs>(), analysis, file, searchablePdf, errors)) failed++;
                if (json) output.WriteLine(Json.Write(AnalyzeOutput.From(analysis)));
                else WriteReadable(analysis, output);
            }
            catch (RejectedFileException e)
            {
                failed++;
                if (json) output.WriteLine(Json.Write(new FileOutcome(FileOutcome.Failed, Path.GetFileName(file), null, Stage: e.Stage, Error: e.Message)));
                else errors.WriteLine($"{file}: failed at {e.Stage}: {e.Message}");
            }
        }
        return failed == 0 ? CommandLine.Ok : CommandLine.SomeFailed;
    }

    /// <summary>The searchable PDF through a temporary name; false (and why, on stderr) when it cannot be made.</summary>
    private static bool WriteSearchablePdf(SearchablePdfs pdfs, DocumentAnalysis analysis, string file, string target, TextWriter errors)
    {
        if (!SearchablePdfs.CanMake(analysis.Kind)) throw new UsageException($"A {analysis.Kind} file has no page images for a searchable PDF.");
        string temp = target + ".tmp";
        try
        {
            SearchablePdfResult result;
            using (var stream = File.Create(temp)) result = pdfs.Write(analysis, file, stream);
            File.Move(temp, target, overwrite: true);
            errors.WriteLine(result.PdfA
                ? $"{target}: searchable PDF, {result.Pages} pages, PDF/A-2b"
                : $"{target}: searchable PDF, {result.Pages} pages, not PDF/A: {result.NotPdfA}");
            return true;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or Ocr.Tesseract.OcrUnavailableException))
        {
            errors.WriteLine($"{file}: no searchable PDF: {e.Message}");
            return false;
        }
        finally { File.Delete(temp); }
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
