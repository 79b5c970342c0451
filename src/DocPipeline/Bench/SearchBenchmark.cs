using System.CommandLine;
using System.Globalization;
using DocPipeline.Archive.Benchmarking;
using DocPipeline.Archive.FullText;
using DocPipeline.Hosting;
using DocPipeline.Lao.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DocPipeline.Bench;

/// <summary>
/// `bench search [--documents N] [--queries Q] [--keep DIR] [--ranking tiers|boosted]`: N synthetic directives (default
/// 100,000; text only, no OCR) into a scratch catalog, then ingest rate, index size per document and
/// query latency p50/p99 per kind. With --keep the catalog stays in DIR, and a later run with the
/// same N measures queries on it without ingesting again. Targets on the 2-core machine: p99 under 20 ms at 100,000 (60 ms at 1,000,000), over 1,500 documents/s.
/// </summary>
internal static class SearchBenchmark
{
    public static Command Command()
    {
        var documents = Positive("--documents", "N", "synthetic directives (default 100,000)", 100_000);
        var queries = Positive("--queries", "Q", "queries of each kind (default 200)", 200);
        var keep = new Option<string>("--keep") { HelpName = "DIR", Description = "keep the catalog in DIR; a later run with the same N only measures queries" };
        var ranking = new Option<WordRanking>("--ranking")
        {
            HelpName = "tiers|boosted",
            Description = "spelling grades as tiers (what search uses) or as boosted clauses of one query, to compare",
            DefaultValueFactory = _ => WordRanking.Tiers,
        };
        var command = Cli.Verb.Create("search", "Synthetic directives: ingest rate, index size, query latency p50/p99.", "bench search --documents 10000 --keep /tmp/bench",
            documents, queries, keep, ranking, Cli.SettingOptions.Any());
        command.SetAction(r => Run(r.GetValue(documents), r.GetValue(queries), r.GetValue(keep), r.GetValue(ranking), Cli.SettingOptions.Configuration(r), r.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>A count option: a positive whole number.</summary>
    internal static Option<int> Positive(string name, string helpName, string description, int fallback)
    {
        var option = new Option<int>(name) { HelpName = helpName, Description = description, DefaultValueFactory = _ => fallback };
        option.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError($"{name} takes a positive whole number."); });
        return option;
    }

    public static int Run(int documents, int queries, string? keep, WordRanking ranking, IConfiguration configuration, TextWriter output)
    {
        string folder = keep ?? Directory.CreateTempSubdirectory("docpipeline-bench-").FullName;
        Directory.CreateDirectory(folder);
        using var services = AppServices.ForVerb(configuration);
        int parallelFrom = services.GetRequiredService<IOptions<DocPipelineOptions>>().Value.SearchInParallelFrom;
        var run = new SearchBenchmarkRun(services.GetRequiredService<SearchAnalyzer>(), services.GetRequiredService<LaoTextEngine>(), ranking, parallelFrom);
        try
        {
            output.WriteLine($"search benchmark: {documents:N0} synthetic documents in {folder}; segments searched in parallel from {parallelFrom:N0} documents (0: never)");
            var report = run.Run(folder, documents, queries, line => { output.WriteLine("  " + line); output.Flush(); });
            if (report.IngestSeconds is { } seconds)
                output.WriteLine($"ingest: {report.DocumentsPerSecond:N0} documents/s, {report.DocumentsPerCpuSecond:N0} per CPU-second ({report.Documents:N0} in {seconds:N1} s, {report.DamagedDocuments:N0} OCR-damaged)");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"merge into {report.Segments} segment(s) after the load: {report.MergeSeconds:0.0} s, {report.MergeCpuSeconds:0.0} CPU-s (not in the ingest rate)"));
            output.WriteLine($"index (Lucene): {report.IndexBytes / 1048576.0:N1} MB, {report.BytesPerDocument / 1024:N1} KB per document; catalog (SQLite): {report.CatalogBytes / 1048576.0:N1} MB, {report.CatalogBytesPerDocument / 1024:N1} KB per document");
            output.WriteLine($"{"query kind",-24} {"p50 ms",8} {"p99 ms",8} {"CPU ms",8} {"p99 CPU",8} {"hits",6}  example; slowest");
            foreach (var l in report.Latencies)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{l.Kind,-24} {l.P50Milliseconds,8:0.0} {l.P99Milliseconds,8:0.0} {l.CpuMillisecondsPerQuery,8:0.0} {l.P99CpuMilliseconds,8:0.0} {l.MeanHits,6:0.0}  {l.Example}; {l.Slowest}"));
            return Cli.CommandLine.Ok;
        }
        finally
        {
            if (keep is null) Directory.Delete(folder, recursive: true);
        }
    }
}
