using System.CommandLine;
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
    private sealed record Reading(double Cer, int DigitsRight, int Digits, int Numbers, int Dates, double Seconds, IReadOnlyList<DigitAccuracy.Miss> Misses, int SaladLines, bool HeaderRead);

    private sealed record Row(CorpusScan Scan, int Pages, Reading Pipeline, Reading Raw, double EngineSeconds);

    public static Command Command()
    {
        var corpus = Verb.One("CORPUS", "the corpus folder with ground truth (corpus/)");
        var part = new Option<string>("--part") { HelpName = "heldout|tuning", Description = "only the held-out part (the figures to quote) or the tuning part" }
            .AcceptOnlyFromAmong("heldout", "held-out", "tuning");
        var only = new Option<string>("--only") { HelpName = "TEXT", Description = "only scans whose variant name contains TEXT" };
        var show = new Option<string>("--show") { HelpName = "digits", Description = "list each misread Lao digit in context" }.AcceptOnlyFromAmong("digits");
        var rawLang = new Option<string>("--raw-lang") { HelpName = "L", Description = $"the model of the raw tesseract baseline (default {TessdataLocator.StockModel})" };
        var command = Verb.Create("eval", "The pipeline against raw one-thread tesseract on a corpus with ground truth: CER, Lao digits, reference and date recall, s/page; tuning and held-out parts apart.",
            "eval corpus/ --part heldout",
            corpus, part, only, show, rawLang, SettingOptions.Tessdata(), SettingOptions.Lang(), SettingOptions.Any());
        command.SetAction(r => Run(r.GetRequiredValue(corpus),
            r.GetValue(part) switch { null => null, "tuning" => CorpusPart.Tuning, _ => CorpusPart.HeldOut },
            r.GetValue(only), r.GetValue(show) == "digits", r.GetValue(rawLang), SettingOptions.Configuration(r), r.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string corpus, CorpusPart? part, string? only, bool showDigits, string? rawLang, IConfiguration configuration, TextWriter output)
    {
        var scans = CorpusScan.Find(corpus)
            .Where(s => only is null || Path.GetRelativePath(corpus, s.Path).Contains(only, StringComparison.Ordinal))
            .Where(s => part is null || s.Part == part)
            .ToList();
        if (scans.Count == 0) throw new UsageException($"No scans with ground truth under {corpus}.");
        var oneWorker = new ConfigurationBuilder().AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{DocPipelineOptions.Section}:{nameof(DocPipelineOptions.OcrWorkers)}"] = "1" })
            .Build();
        // Read as a fresh archive reads: nothing learned from whatever catalog the data folder holds (the last registration wins).
        using var services = new ServiceCollection().AddDocPipeline(oneWorker).AddSingleton(new DirectiveExtractor()).BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
        var analyzer = services.GetRequiredService<DocumentAnalyzer>();
        var engines = services.GetRequiredService<TesseractEnginePool>();
        var textEngine = services.GetRequiredService<LaoTextEngine>();
        var extractor = services.GetRequiredService<DirectiveExtractor>();
        var salad = new LetterSalad(services.GetRequiredService<Lexicon>());
        // The baseline is always the stock model, whatever model the pipeline is set to use.
        string rawLanguage = rawLang ?? TessdataLocator.StockModel;
        var raw = new RawTesseract(TessdataLocator.Find(options.Tessdata, rawLanguage), rawLanguage);

        output.WriteLine($"eval {corpus}: {scans.Count} scans; pipeline ({options.OcrLanguage}) vs {raw}; CER = character error rate (NFC, no whitespace)");
        output.WriteLine($"{"scan",-44} {"pages",5} {"CER",7} {"raw",7} {"digits",9} {"raw",9} {"refs",5} {"raw",5} {"dates",5} {"raw",5} {"s/page",7} {"engine",7} {"raw",7} {"salad",5} {"raw",4} {"hdr",4} {"raw",4}");
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
                Score(scan, analysis.Text, analysis.Facts, pipelineSeconds, salad),
                Score(scan, rawText, rawFacts, rawSeconds, salad),
                engineSeconds);
            rows.Add(row);
            output.WriteLine(Line(scan.Variant, [row]));
            if (showDigits)
                foreach (var miss in row.Pipeline.Misses)
                    output.WriteLine($"    {miss.Truth} → {(miss.Read.Length == 0 ? "(dropped)" : miss.Read)}    truth …{miss.TruthContext}…    read …{miss.ReadContext}…");
        }
        foreach (var eachPart in new[] { CorpusPart.Tuning, CorpusPart.HeldOut })
            Summary(eachPart, rows.Where(r => r.Scan.Part == eachPart).ToList(), output);
        if (showDigits) Confusions(rows, output);
        output.WriteLine("columns: digits = Lao digits of the truth read as that digit; refs, dates = recall of the truth's reference numbers and dates; s/page = pipeline; engine = Tesseract alone in-process on the same pages; raw = the tesseract command; salad = lines of letter salad; hdr = scans whose issuer, number and date were all extracted");
        return CommandLine.Ok;
    }

    /// <summary>
    /// One part's figures: every scan, the scan-like and the clean ones apart, the pages with Lao digits, then the
    /// ratios the targets are stated in. The held-out part is the one to quote; the tuning part shows how far the
    /// figures on pages the work was fitted to overstate it.
    /// </summary>
    private static void Summary(CorpusPart part, IReadOnlyList<Row> rows, TextWriter output)
    {
        if (rows.Count == 0) return;
        string name = part == CorpusPart.HeldOut ? "held-out" : "tuning";
        output.WriteLine();
        output.WriteLine($"{name} part ({rows.Count} scans){(part == CorpusPart.HeldOut ? ": texts, fonts, resolutions and damage no training, template or threshold saw" : ": the pages the digit templates, thresholds and rules were fitted on")}");
        var scanLike = rows.Where(r => r.Scan.ScanLike).ToList();
        var clean = rows.Where(r => !r.Scan.ScanLike).ToList();
        output.WriteLine(Line($"{name}: all", rows));
        output.WriteLine(Line($"{name}: scan-like", scanLike));
        output.WriteLine(Line($"{name}: clean", clean));
        output.WriteLine(Line($"{name}: Lao digits", rows.Where(r => r.Scan.UsesLaoDigits).ToList()));
        var layout = rows.Where(r => r.Scan.IsLayout).ToList();
        if (layout.Count > 0)
        {
            var prose = rows.Where(r => !r.Scan.IsLayout).ToList();
            output.WriteLine(Line($"{name}: prose pages", prose));
            output.WriteLine(Line($"{name}: layout pages", layout));
            var headed = layout.Where(r => r.Scan.Header is { Any: true }).ToList();
            output.WriteLine(Invariant($"{name}: layout pages: CER pipeline / raw {CerRatio(layout)} (target ≤ 0.50); ") +
                $"letter-salad lines (20+ Lao letters without a lexicon word) pipeline {layout.Sum(r => r.Pipeline.SaladLines)}, raw {layout.Sum(r => r.Raw.SaladLines)} (target 0); " +
                $"header identity (issuer, number, date) read pipeline {Recall(headed.Count(r => r.Pipeline.HeaderRead), headed.Count)}, raw {Recall(headed.Count(r => r.Raw.HeaderRead), headed.Count)} (target ≥ 0.95)");
        }
        // PDFs are left out of the time comparison: rasterizing them (pdftoppm) is not OCR and raw tesseract cannot read them.
        var images = rows.Where(r => !r.Scan.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToList();
        double overRaw = images.Sum(r => r.Pipeline.Seconds) / Math.Max(1e-9, images.Sum(r => r.Raw.Seconds));
        double overEngine = images.Sum(r => r.Pipeline.Seconds) / Math.Max(1e-9, images.Sum(r => r.EngineSeconds)) - 1;
        output.WriteLine(Invariant(
            $"{name}: CER pipeline / raw: scan-like {CerRatio(scanLike)}, clean {CerRatio(clean)} (target ≤ 0.40); ") +
            $"Lao digits {Digit(rows, r => r.Pipeline)} (target ≥ 99%); references on scan-like pages {Recall(scanLike.Sum(r => r.Pipeline.Numbers), scanLike.Sum(r => r.Scan.Numbers.Count))} (target ≥ 0.97); " +
            Invariant($"time pipeline / raw {overRaw:0.00} (target ≤ 1.15), over Tesseract alone in-process {overEngine:+0%;-0%}"));
    }

    private static string CerRatio(IReadOnlyList<Row> rows) =>
        rows.Count == 0 ? "-" : Invariant($"{rows.Average(r => r.Pipeline.Cer) / Math.Max(1e-9, rows.Average(r => r.Raw.Cer)):0.00}");

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

    private static Reading Score(CorpusScan scan, string text, DirectiveFacts facts, double seconds, LetterSalad salad)
    {
        var (right, total, misses) = DigitAccuracy.Compare(text, scan.Truth);
        var numbers = facts.References.Select(r => r.Number).Append(facts.DocumentNumber).OfType<string>().Select(Digits.ToAscii).ToHashSet();
        var dates = facts.Dates.Select(d => d.Date).ToHashSet();
        return new Reading(CharacterErrorRate.Of(text, scan.Truth), right, total,
            scan.Numbers.Count(numbers.Contains), scan.Dates.Count(dates.Contains), seconds, misses,
            salad.Lines(text), scan.Header is { Any: true } h && h.ReadIn(facts));
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
            Invariant($"{rows.Sum(r => r.Pipeline.Seconds) / pages,7:0.00} {rows.Sum(r => r.EngineSeconds) / pages,7:0.00} {rows.Sum(r => r.Raw.Seconds) / pages,7:0.00} ") +
            $"{rows.Sum(r => r.Pipeline.SaladLines),5} {rows.Sum(r => r.Raw.SaladLines),4} {rows.Count(r => r.Pipeline.HeaderRead),4} {rows.Count(r => r.Raw.HeaderRead),4}";
    }

    private static string Digit(IReadOnlyList<Row> rows, Func<Row, Reading> of)
    {
        int total = rows.Sum(r => of(r).Digits);
        return total == 0 ? "-" : Invariant($"{100.0 * rows.Sum(r => of(r).DigitsRight) / total:0.0}%");
    }

    private static string Recall(int found, int total) => total == 0 ? "-" : Invariant($"{(double)found / total:0.00}");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
