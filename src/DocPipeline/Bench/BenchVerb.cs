using Microsoft.Extensions.Configuration;

namespace DocPipeline.Bench;

/// <summary>
/// `bench KIND [options]`: measurements printed for the README, never enforced by tests.
/// Each benchmark is a small class of its own, registered here by name.
/// </summary>
internal static class BenchVerb
{
    private static readonly Dictionary<string, (string Help, Func<Cli.CliArguments, IConfiguration, TextWriter, int> Run)> Benchmarks = new()
    {
        ["extraction"] = (ExtractionBenchmark.Help, ExtractionBenchmark.Run),
        ["text"] = (TextBenchmark.Help, (args, _, output) => TextBenchmark.Run(args, output)),
        ["search"] = (SearchBenchmark.Help, SearchBenchmark.Run),
        ["ocr"] = (OcrBenchmark.Help, OcrBenchmark.Run),
    };

    public static int Run(Cli.CliArguments args, IConfiguration configuration, TextWriter output)
    {
        string? kind = args.Positional.FirstOrDefault();
        if (kind is null || !Benchmarks.TryGetValue(kind, out var bench))
        {
            output.WriteLine("Usage: ./docpipeline bench KIND [options]");
            foreach (var (name, b) in Benchmarks) output.WriteLine($"  {name,-12} {b.Help}");
            return kind is null ? Cli.CommandLine.Usage : throw new Cli.UsageException($"Unknown benchmark '{kind}'.");
        }
        return bench.Run(args, configuration, output);
    }
}
