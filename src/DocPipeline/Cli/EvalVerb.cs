using System.Diagnostics;
using System.Globalization;
using DocPipeline.Evaluation;
using DocPipeline.Hosting;
using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Quality;
using DocPipeline.Lao.Text;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Tesseract;
using DocPipeline.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DocPipeline.Cli;

/// <summary>
/// `eval CORPUS`: the pipeline against raw Tesseract on every scan of a corpus with ground truth,
/// per scan and overall: character error rate, Lao digits read right, reference numbers and
/// dates found, seconds per page. Both run one page at a time on one thread, interleaved scan by
/// scan so that the machine's load falls on both alike.
/// </summary>
internal static class EvalVerb
{
    private sealed record Reading(double Cer, int DigitsRight, int Digits, int Numbers, int Dates, double Seconds, IReadOnlyList<DigitAccuracy.Miss> Misses);

    private sealed record Row(CorpusScan Scan, int Pages, Reading Pipeline, Reading Raw, double EngineSeconds);

    public static int Run(CliArguments args, IConfiguration configuration, TextWriter output)
    {
        string corpus = args.Positional.FirstOrDefault() ?? throw new UsageException("eval needs the corpus folder (corpus/).");
        string? only = args.Get("--only");
        bool showDigits = args.Get("--show") == "digits";
        var scans = CorpusScan.Find(corpus).Where(s => only is null || s.Variant.Contains(only, StringComparison.Ordinal)).ToList();
        if (scans.Count == 0) throw new UsageException($"No scans with ground truth under {corpus}.");
        var oneWorker = new ConfigurationBuilder().AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{DocPipelineOptions.Section}:{nameof(DocPipelineOptions.OcrWorkers)}"] = "1" })
            .Build();
        using var services = AppServices.ForVerb(oneWorker);
        var options = services.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
        var analyzer = services.GetRequiredService<DocumentAnalyzer>();
        var engines = services.GetRequiredService<TesseractEnginePool>();
        var textEngine = services.GetRequiredService<LaoTextEngine>();
        var extractor = services.GetRequiredService<DirectiveExtractor>();
        var raw = new RawTesseract(TessdataLocator.Find(options.Tessdata, options.OcrLanguage), options.OcrLanguage);

        output.WriteLine($"eval {corpus}: {scans.Count} scans; pipeline vs {raw}; CER = character error rate (NFC, no whitespace)");
        output.WriteLine($"{"scan",-44} {"pages",5} {"CER",7} {"raw",7} {"digits",9} {"raw",9} {"refs",5} {"raw",5} {"dates",5} {"raw",5} {"s/page",7} {"engine",7} {"raw",7}");
        EngineOnly(scans[0].Path, engines); // the model loads once, outside the timings
        var rows = new List<Row>();
        foreach (var scan in scans)
        {
            double engineSeconds = EngineOnly(scan.Path, engines);
            var watch = Stopwatch.StartNew();
            var analysis = analyzer.Analyze(scan.Path);
            double pipelineSeconds = watch.Elapsed.TotalSeconds;
            var (rawText, rawSeconds) = raw.Read(scan.Path);
            var rawFacts = extractor.Extract(string.Join("\n\n", rawText.Split('\f').Select((p, i) => textEngine.CleanPage(p, i + 1).Text)));
            var row = new Row(scan, analysis.Pages.Count,
                Score(scan, analysis.Text, analysis.Facts, pipelineSeconds),
                Score(scan, rawText, rawFacts, rawSeconds),
                engineSeconds);
            rows.Add(row);
            output.WriteLine(Line(scan.Variant, [row]));
            if (showDigits)
                foreach (var miss in row.Pipeline.Misses)
                    output.WriteLine($"    {miss.Truth} → {(miss.Read.Length == 0 ? "(dropped)" : miss.Read)}    truth …{miss.TruthContext}…    read …{miss.ReadContext}…");
        }
        output.WriteLine();
        output.WriteLine(Line("all", rows));
        output.WriteLine(Line("scan-like", rows.Where(r => r.Scan.ScanLike).ToList()));
        output.WriteLine(Line("Lao digits", rows.Where(r => r.Scan.UsesLaoDigits).ToList()));
        var scanLike = rows.Where(r => r.Scan.ScanLike).ToList();
        if (scanLike.Count > 0)
        {
            double ratio = scanLike.Average(r => r.Pipeline.Cer) / Math.Max(1e-9, scanLike.Average(r => r.Raw.Cer));
            // PDFs are left out of the time comparison: rasterizing them (pdftoppm) is not OCR and raw tesseract cannot read them.
            var images = rows.Where(r => !r.Scan.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToList();
            double overhead = images.Sum(r => r.Pipeline.Seconds) / Math.Max(1e-9, images.Sum(r => r.EngineSeconds)) - 1;
            output.WriteLine(Invariant($"scan-like mean CER, pipeline / raw: {ratio:0.00} (target ≤ 0.60); time over Tesseract alone in-process, image scans: {overhead:+0%;-0%} (target ≤ +10%)"));
        }
        if (showDigits) Confusions(rows, output);
        output.WriteLine("columns: digits = Lao digits of the truth read as that digit; refs, dates = recall of the truth's reference numbers and dates; s/page = pipeline; engine = Tesseract alone in-process on the same pages; raw = the tesseract command");
        return CommandLine.Ok;
    }

    /// <summary>Which truth digit was read as what, over all scans, most frequent first.</summary>
    private static void Confusions(IReadOnlyList<Row> rows, TextWriter output)
    {
        var counts = rows.SelectMany(r => r.Pipeline.Misses)
            .GroupBy(m => $"{m.Truth}→{(m.Read.Length == 0 ? "∅" : m.Read)}")
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"digit misses (truth→read, ∅ dropped): {string.Join(", ", counts)}");
    }

    /// <summary>Seconds for Tesseract alone, in-process, on the file's pages as they are read.</summary>
    private static double EngineOnly(string path, TesseractEnginePool engines)
    {
        var pages = new PageReader(new PageLimits()).Read(path, FileSniffer.Detect(path));
        var watch = new Stopwatch();
        foreach (var page in pages)
            using (page)
                if (page is ImagePage image)
                {
                    watch.Start();
                    engines.Use(e => e.Recognize(image.Image, TimeSpan.FromMinutes(5)));
                    watch.Stop();
                }
        return watch.Elapsed.TotalSeconds;
    }

    private static Reading Score(CorpusScan scan, string text, DirectiveFacts facts, double seconds)
    {
        var (right, total, misses) = DigitAccuracy.Compare(text, scan.Truth);
        var numbers = facts.References.Select(r => r.Number).Append(facts.DocumentNumber).OfType<string>().Select(Digits.ToAscii).ToHashSet();
        var dates = facts.Dates.Select(d => d.Date).ToHashSet();
        return new Reading(CharacterErrorRate.Of(text, scan.Truth), right, total,
            scan.Numbers.Count(numbers.Contains), scan.Dates.Count(dates.Contains), seconds, misses);
    }

    private static string Line(string name, IReadOnlyList<Row> rows)
    {
        if (rows.Count == 0) return $"{name,-44} (none)";
        int pages = rows.Sum(r => r.Pages);
        int numbers = rows.Sum(r => r.Scan.Numbers.Count), dates = rows.Sum(r => r.Scan.Dates.Count);
        return Invariant($"{name,-44} {pages,5} {rows.Average(r => r.Pipeline.Cer),7:0.0000} {rows.Average(r => r.Raw.Cer),7:0.0000} ") +
            $"{Digit(rows, r => r.Pipeline),9} {Digit(rows, r => r.Raw),9} " +
            $"{Recall(rows.Sum(r => r.Pipeline.Numbers), numbers),5} {Recall(rows.Sum(r => r.Raw.Numbers), numbers),5} " +
            $"{Recall(rows.Sum(r => r.Pipeline.Dates), dates),5} {Recall(rows.Sum(r => r.Raw.Dates), dates),5} " +
            Invariant($"{rows.Sum(r => r.Pipeline.Seconds) / pages,7:0.00} {rows.Sum(r => r.EngineSeconds) / pages,7:0.00} {rows.Sum(r => r.Raw.Seconds) / pages,7:0.00}");
    }

    private static string Digit(IReadOnlyList<Row> rows, Func<Row, Reading> of)
    {
        int total = rows.Sum(r => of(r).Digits);
        return total == 0 ? "-" : Invariant($"{100.0 * rows.Sum(r => of(r).DigitsRight) / total:0.0}%");
    }

    private static string Recall(int found, int total) => total == 0 ? "-" : Invariant($"{(double)found / total:0.00}");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
