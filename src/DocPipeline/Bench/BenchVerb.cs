using System.CommandLine;

namespace DocPipeline.Bench;

/// <summary>
/// `bench KIND [options]`: measurements printed for the README, never enforced by tests.
/// Each benchmark is a small class of its own with its command, composed here.
/// </summary>
internal static class BenchVerb
{
    public static Command Command() => Cli.Verb.Create("bench",
        "Measurements for the README: text engine throughput, extraction precision and recall, search at scale, OCR speed, OCR workers side by side.",
        "bench search --documents 10000",
        TextBenchmark.Command(),
        ExtractionBenchmark.Command(),
        SearchBenchmark.Command(),
        OcrBenchmark.Command(),
        WorkerBenchmark.Command());
}
