using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Extraction.Evaluation;
using DocPipeline.Lao.Text;
using System.CommandLine;

namespace DocPipeline.Bench;

/// <summary>
/// `bench extraction [--set DIR]`: extraction over the labeled set (`corpus/extraction`, one `NAME.txt` with its
/// `NAME.json`); prints precision and recall for references, their dates and dates, field accuracies, then
/// each disagreement.
/// </summary>
internal static class ExtractionBenchmark
{
    public static Command Command()
    {
        var labeled = new Option<string>("--set") { HelpName = "DIR", Description = "the labeled set (default corpus/extraction)" };
        var command = Cli.Verb.Create("extraction", "Precision and recall of references and dates over the labeled set, field accuracies, each disagreement.",
            "bench extraction --set corpus/extraction",
            labeled);
        command.SetAction(r => Run(r.GetValue(labeled), r.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string? labeled, TextWriter output)
    {
        string set = labeled ?? DefaultSet()
            ?? throw new Cli.UsageException("No labeled set: run from the repository or give --set DIR (corpus/extraction).");
        var cases = Load(set);
        if (cases.Count == 0) throw new Cli.UsageException($"No labeled cases (NAME.txt + NAME.json) in {set}.");

        var engine = new LaoTextEngine();
        var extractor = new DirectiveExtractor();
        var score = new ExtractionScore(engine.Normalize);
        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var c in cases) score.Add(c, extractor.Extract(engine.Normalize(c.Text)));
        started.Stop();

        foreach (string line in score.Report()) output.WriteLine(line);
        output.WriteLine($"time: {started.Elapsed.TotalMilliseconds:0} ms for {cases.Count} cases (text chain + extraction)");
        if (score.Misses.Count > 0) output.WriteLine("disagreements:");
        foreach (string miss in score.Misses) output.WriteLine("  " + miss);
        return Cli.CommandLine.Ok;
    }

    /// <summary>Every `NAME.txt` with a `NAME.json` beside it, in name order.</summary>
    public static IReadOnlyList<LabeledDirective> Load(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Where(txt => File.Exists(Path.ChangeExtension(txt, ".json")))
            .Select(txt => LabeledDirective.Parse(Path.GetFileNameWithoutExtension(txt), File.ReadAllText(txt), File.ReadAllText(Path.ChangeExtension(txt, ".json"))))
            .ToList();

    private static string? DefaultSet()
    {
        string here = Path.Combine(Directory.GetCurrentDirectory(), "corpus", "extraction");
        if (Directory.Exists(here)) return here;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus", "extraction"))) return Path.Combine(dir.FullName, "corpus", "extraction");
        return null;
    }
}
