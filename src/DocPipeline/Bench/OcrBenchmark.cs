using System.CommandLine;
using System.Globalization;
using DocPipeline.Hosting;
using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Tesseract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DocPipeline.Bench;

/// <summary>
/// `bench ocr [FILES] [--pages N] [--runs N] [--only pipeline,tesseract,ocrmypdf]`: the same
/// scanned PDFs through the pipeline (`analyze --json --searchable-pdf`, a process of its own),
/// raw Tesseract (one process per page image, one thread, the pipeline's model and page
/// layout) and OCRmyPDF (`-l lao`, its defaults: PDF/A output, all cores) when installed, runs
/// alternating so that a busy machine slows all alike. Prints pages per second, CPU seconds per
/// page and peak memory of each (medians over runs; peak is the highest), and the ratios. Without
/// FILES, a generated N-page image-only scan (20 pages) is the input (`--save-input PATH` keeps it).
/// </summary>
internal static class OcrBenchmark
{

    private sealed record Engine(string Name, Func<string, string, Cost> Run);

    public static Command Command()
    {
        var files = Cli.Verb.Files("FILES", "scanned PDFs (default: a generated image-only JPEG scan)");
        files.Arity = ArgumentArity.ZeroOrMore;
        var pages = SearchBenchmark.Positive("--pages", "N", "pages of the generated scan (default 20)", 20);
        var runs = SearchBenchmark.Positive("--runs", "N", "alternating runs of each engine (default 2)", 2);
        var only = new Option<string>("--only") { HelpName = "pipeline,tesseract,ocrmypdf", Description = "only these engines" };
        only.Validators.Add(r =>
        {
            foreach (string name in Names(r.GetValueOrDefault<string>()) ?? [])
                if (name is not ("pipeline" or "tesseract" or "ocrmypdf")) r.AddError($"--only takes pipeline, tesseract or ocrmypdf, not '{name}'.");
        });
        var saveInput = new Option<string>("--save-input") { HelpName = "PATH", Description = "keep the generated scan there" };
        var command = Cli.Verb.Create("ocr", "The pipeline (with its searchable PDF), raw one-thread tesseract and ocrmypdf on the same scanned PDFs: pages/s, CPU s/page, peak MB.",
            "bench ocr --pages 10 --runs 3 --only pipeline,tesseract",
            files, pages, runs, only, saveInput, Cli.SettingOptions.Tessdata(), Cli.SettingOptions.Lang(), Cli.SettingOptions.Any());
        command.SetAction(r => Run(r.GetValue(files) ?? [], r.GetValue(pages), r.GetValue(runs), Names(r.GetValue(only)), r.GetValue(saveInput),
            Cli.SettingOptions.Configuration(r), r.InvocationConfiguration.Output));
        return command;
    }

    private static HashSet<string>? Names(string? list) => list?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();

    public static int Run(IReadOnlyList<string> files, int pages, int runs, HashSet<string>? only, string? saveInput, IConfiguration configuration, TextWriter output)
    {
        var options = new DocPipelineOptions();
        configuration.GetSection(DocPipelineOptions.Section).Bind(options);
        string scratch = Directory.CreateTempSubdirectory("docpipeline-bench-ocr-").FullName;
        try
        {
            var inputs = files.ToList();
            if (inputs.Count == 0)
            {
                string generated = saveInput ?? Path.Combine(scratch, $"scan-{pages}-pages.pdf");
                ScannedPdf.Write(generated, pages);
                inputs.Add(generated);
            }
            var engines = Engines(options, scratch).Where(e => only is null || only.Contains(e.Name)).ToList();
            output.WriteLine($"bench ocr: {Environment.ProcessorCount} cores, {runs} alternating runs; model {options.OcrLanguage}, layout {options.OcrLayout}");
            foreach (string input in inputs) Measure(input, engines, runs, scratch, output);
            return Cli.CommandLine.Ok;
        }
        finally { Directory.Delete(scratch, recursive: true); }
    }

    private static void Measure(string input, List<Engine> engines, int runs, string scratch, TextWriter output)
    {
        int pages;
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(input)) pages = pdf.NumberOfPages;
        output.WriteLine($"{Path.GetFileName(input)}: {pages} pages, {new FileInfo(input).Length / 1048576.0:0.0} MB");
        var costs = engines.ToDictionary(e => e.Name, _ => new List<Cost>());
        for (int run = 0; run < runs; run++)
            foreach (var engine in engines)
            {
                var cost = engine.Run(input, Path.Combine(scratch, $"{engine.Name}-{run}.pdf"));
                costs[engine.Name].Add(cost);
                output.WriteLine(Invariant($"  run {run + 1} {engine.Name,-10} {cost.WallSeconds,7:0.0} s wall {cost.CpuSeconds,7:0.0} CPU-s {cost.PeakMegabytes,6:0} MB"));
            }
        var summary = costs.ToDictionary(c => c.Key, c => (
            PagesPerSecond: pages / Median(c.Value.Select(x => x.WallSeconds)),
            CpuPerPage: Median(c.Value.Select(x => x.CpuSeconds)) / pages,
            Peak: c.Value.Max(x => x.PeakMegabytes)));
        foreach (var (name, s) in summary)
            output.WriteLine(Invariant($"  {name,-10} {s.PagesPerSecond,6:0.00} pages/s  {s.CpuPerPage,6:0.00} CPU-s/page  peak {s.Peak,5:0} MB"));
        if (summary.TryGetValue("pipeline", out var p))
        {
            if (summary.TryGetValue("ocrmypdf", out var o))
                output.WriteLine(Invariant($"  pipeline / ocrmypdf: {p.PagesPerSecond / o.PagesPerSecond:0.00}× the pages per second, {p.CpuPerPage / o.CpuPerPage:0.00}× the CPU per page"));
            if (summary.TryGetValue("tesseract", out var t))
                output.WriteLine(Invariant($"  pipeline / raw tesseract: {p.CpuPerPage / t.CpuPerPage:0.00}× the CPU per page, {p.PagesPerSecond / t.PagesPerSecond:0.00}× the pages per second"));
        }
    }

    private static IEnumerable<Engine> Engines(DocPipelineOptions options, string scratch)
    {
        string program = typeof(OcrBenchmark).Assembly.Location;
        yield return new Engine("pipeline", (input, output) => ProcessTreeMeter.Run(Environment.ProcessPath!,
            [program, "analyze", input, "--json", "--searchable-pdf", output]));
        string tessdata = TessdataLocator.Find(options.Tessdata, options.OcrLanguage);
        string psm = options.OcrLayout == PageLayout.SingleBlock ? "6" : "3";
        yield return new Engine("tesseract", (input, _) => Sum(PageImages(input, scratch).Select(image => ProcessTreeMeter.Run("tesseract",
            [image, "-", "-l", options.OcrLanguage, "--tessdata-dir", tessdata, "--psm", psm],
            new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" })).ToList()));
        if (OnPath("ocrmypdf"))
            yield return new Engine("ocrmypdf", (input, output) => ProcessTreeMeter.Run("ocrmypdf", ["-q", "-l", "lao", input, output]));
    }

    /// <summary>The page images as the PDF holds them (pdfimages -all: the JPEGs themselves), extracted once and not timed.</summary>
    private static List<string> PageImages(string pdf, string scratch)
    {
        string folder = Path.Combine(scratch, "images-" + Path.GetFileNameWithoutExtension(pdf));
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            var run = ExternalTool.Run("pdfimages", ["-all", pdf, Path.Combine(folder, "page")], TimeSpan.FromMinutes(5), "poppler-utils");
            if (run.ExitCode != 0) throw new InvalidOperationException("pdfimages failed: " + run.StandardError);
        }
        return Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
    }

    private static Cost Sum(List<Cost> costs) =>
        new(costs.Sum(c => c.WallSeconds), costs.Sum(c => c.CpuSeconds), costs.Count == 0 ? 0 : costs.Max(c => c.PeakMegabytes));

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
