using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DocPipeline.Archive.Jobs;
using DocPipeline.Archive.Postgres;
using DocPipeline.Hosting;
using Microsoft.Extensions.Configuration;

namespace DocPipeline.Bench;

/// <summary>
/// `bench workers [--workers 1,2,4] [--pages N] [--runs N] [--catalog CONNECTION]`: N `worker` processes, each one
/// core's worth of OCR (<see cref="WorkerNode"/>), on one PostgreSQL queue and one shared inbox and originals folder,
/// over the same kind of scanned pages (single-page 300 dpi JPEGs from the corpus, 24 by default). Worker counts
/// alternate within each run, so a busy machine slows all alike. Prints pages per second and CPU seconds per page for
/// each count (medians over runs), and the per-worker figure that holds while each worker has a core of its own (from
/// the 1-worker run). A run that cannot measure ends with one line saying why (<see cref="BenchmarkFailedException"/>).
/// Without --catalog a throwaway PostgreSQL 15 is started in a temporary folder (as the tests do) and removed after.
/// </summary>
internal static class WorkerBenchmark
{
    private sealed record Measurement(int Workers, int Pages, int Failed, double WallSeconds, double CpuSeconds);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2), StopGrace = TimeSpan.FromSeconds(30);

    public static Command Command()
    {
        var workers = new Option<string>("--workers") { HelpName = "N,N,...", Description = "worker counts to measure (default 1,2,4)", DefaultValueFactory = _ => "1,2,4" };
        workers.Validators.Add(r =>
        {
            if (Counts(r.GetValueOrDefault<string>()) is null) r.AddError("--workers takes positive whole numbers separated by commas, e.g. 1,2,4.");
        });
        var pages = SearchBenchmark.Positive("--pages", "N", "scanned pages, one file each (default 24)", 24);
        var runs = SearchBenchmark.Positive("--runs", "N", "alternating runs of each worker count (default 1)", 1);
        var tessdata = Cli.SettingOptions.Tessdata();
        var lang = Cli.SettingOptions.Lang();
        var settings = Cli.SettingOptions.Any();
        var command = Cli.Verb.Create("workers", "Several worker processes (one core of OCR each) on one PostgreSQL queue and one inbox: pages/s and CPU s/page per worker count, and per worker.",
            "bench workers --workers 1,2,4 --pages 24 --runs 2",
            workers, pages, runs, Cli.SettingOptions.Catalog(), tessdata, lang, settings);
        command.SetAction(r =>
        {
            var passOn = new List<string>();
            if (r.GetValue(tessdata) is { } t) passOn.AddRange(["--tessdata", t]);
            if (r.GetValue(lang) is { } l) passOn.AddRange(["--lang", l]);
            foreach (string pair in r.GetValue(settings) ?? []) passOn.Add($"--{DocPipelineOptions.Section}:{pair}");
            try
            {
                return Run(Counts(r.GetValue(workers))!, r.GetValue(pages), r.GetValue(runs), passOn, Cli.SettingOptions.Configuration(r), r.InvocationConfiguration.Output);
            }
            catch (BenchmarkFailedException e)
            {
                r.InvocationConfiguration.Error.WriteLine("docpipeline: bench workers: " + e.Message);
                return Cli.CommandLine.SomeFailed;
            }
        });
        return command;
    }

    private static List<int>? Counts(string? list)
    {
        var parts = (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var counts = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 0).ToList();
        return counts.Count == 0 || counts.Contains(0) ? null : counts;
    }

    public static int Run(IReadOnlyList<int> workerCounts, int pages, int runs, IReadOnlyList<string> passOn, IConfiguration configuration, TextWriter output)
    {
        var options = new DocPipelineOptions();
        configuration.GetSection(DocPipelineOptions.Section).Bind(options);
        using var server = options.CatalogOnPostgres ? null : StartServer();
        string catalog = server?.NewDatabase() ?? options.Catalog;
        string scratch = Directory.CreateTempSubdirectory("docpipeline-bench-workers-").FullName;
        try
        {
            using var database = PostgresCatalog.Open(catalog);
            var queue = new PostgresJobQueue(database, JobLease.ForThisProcess(JobLease.DefaultDuration));
            output.WriteLine(Invariant($"bench workers: {Environment.ProcessorCount} cores, load average {LoadAverage()}; {pages} scanned pages (one 300 dpi JPEG each), workers {string.Join(',', workerCounts)}, {runs} alternating run(s)"));
            output.WriteLine($"  each worker: OMP_THREAD_LIMIT=1, OcrWorkers=1, ParallelDocuments=1; PostgreSQL: {(server is null ? "--catalog" : "throwaway 15 on a Unix socket")}");
            var measured = new List<Measurement>();
            for (int run = 1; run <= runs; run++)
                foreach (int count in workerCounts)
                {
                    var m = Measure(count, pages, $"r{run}-w{count}", catalog, passOn, queue, scratch);
                    measured.Add(m);
                    output.WriteLine(Invariant($"  run {run} {count,2} worker(s) {m.WallSeconds,7:0.0} s wall {m.CpuSeconds,7:0.0} CPU-s {m.Pages / m.WallSeconds,6:0.00} pages/s {m.CpuSeconds / m.Pages,6:0.00} CPU-s/page{(m.Failed > 0 ? $" ({m.Failed} failed)" : "")}; load {LoadAverage()}"));
                    output.Flush();
                }
            Summarize(measured, output);
            return Cli.CommandLine.Ok;
        }
        finally { Directory.Delete(scratch, recursive: true); }
    }

    private static ThrowawayPostgres.ThrowawayPostgres StartServer()
    {
        try { return new ThrowawayPostgres.ThrowawayPostgres(); }
        catch (InvalidOperationException e)
        {
            throw new Cli.UsageException($"No PostgreSQL to run on: give --catalog CONNECTION, or install postgresql-15 for a throwaway server. {e.Message}");
        }
    }

    /// <summary>Starts the workers, drops the pages into the inbox once all watch it, and times until every page has ended.</summary>
    private static Measurement Measure(int count, int pages, string label, string catalog, IReadOnlyList<string> passOn, PostgresJobQueue queue, string scratch)
    {
        var folders = new ClusterFolders(Path.Combine(scratch, label));
        string staging = Path.Combine(folders.Root, "staging");
        Directory.CreateDirectory(staging);
        Directory.CreateDirectory(folders.Inbox);
        var files = ScannedPdf.PageJpegs(pages, label).Select((jpeg, i) =>
        {
            string path = Path.Combine(staging, $"{label}-page-{i + 1:000}.jpg");
            File.WriteAllBytes(path, jpeg);
            return path;
        }).ToList();
        string[] fast = ["--DocPipeline:InboxSettleSeconds=0.3", "--DocPipeline:InboxPollSeconds=1"];
        var nodes = Enumerable.Range(0, count)
            .Select(n => new WorkerNode(["--data", folders.Data(n), "--catalog", catalog, .. folders.SharedArguments, .. fast, .. passOn]))
            .ToList();
        try
        {
            foreach (var node in nodes) node.WaitUntilWatching(StartTimeout);
            double cpuBefore = nodes.Sum(n => n.CpuSeconds());
            var clock = Stopwatch.StartNew();
            foreach (string file in files) File.Move(file, Path.Combine(folders.Inbox, Path.GetFileName(file)));
            var deadline = TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(pages * 30.0);
            while (true)
            {
                var (ended, failed) = Ended(queue, label);
                if (ended >= pages)
                {
                    double wall = clock.Elapsed.TotalSeconds, cpu = nodes.Sum(n => n.CpuSeconds()) - cpuBefore;
                    return new Measurement(count, pages, failed, wall, cpu);
                }
                if (nodes.FirstOrDefault(n => n.HasExited) is { } dead)
                    throw new BenchmarkFailedException($"a worker exited during the run of {count} worker(s), {ended} of {pages} pages done (its last line: {dead.LastLine}); nothing was measured.");
                if (clock.Elapsed > deadline)
                    throw new BenchmarkFailedException(
                        $"with {count} worker(s) only {ended} of {pages} pages had ended after {deadline.TotalSeconds:0} s (the limit: 2 min + 30 s a page), so nothing was measured; the machine is too busy or a worker is stuck (last line of the first: {nodes[0].LastLine}). Try again on a quieter machine, or with fewer --pages or --workers.");
                Thread.Sleep(100);
            }
        }
        finally
        {
            foreach (var node in nodes) node.Stop(StopGrace);
            foreach (var node in nodes) node.Dispose();
        }
    }

    /// <summary>This measurement's jobs that have ended (indexed, duplicate or failed), and how many of them failed.</summary>
    private static (int Ended, int Failed) Ended(PostgresJobQueue queue, string label)
    {
        int Count(string state) => queue.InState(state).Count(j => j.FileName.StartsWith(label + "-", StringComparison.Ordinal));
        int failed = Count(JobState.Failed);
        return (Count(JobState.Indexed) + Count(JobState.Duplicate) + failed, failed);
    }

    private static void Summarize(List<Measurement> measured, TextWriter output)
    {
        var byCount = measured.GroupBy(m => m.Workers).Select(g => (
            Workers: g.Key,
            PagesPerSecond: Median(g.Select(m => m.Pages / m.WallSeconds)),
            CpuPerPage: Median(g.Select(m => m.CpuSeconds / m.Pages)))).ToList();
        var one = byCount.FirstOrDefault(c => c.Workers == byCount.Min(x => x.Workers));
        output.WriteLine($"medians; speed-up against {one.Workers} worker(s)");
        output.WriteLine($"{"workers",7} {"pages/s",8} {"CPU-s/page",11} {"pages/s per worker",19} {"speed-up",9}");
        foreach (var c in byCount)
            output.WriteLine(Invariant($"{c.Workers,7} {c.PagesPerSecond,8:0.00} {c.CpuPerPage,11:0.00} {c.PagesPerSecond / c.Workers,19:0.00} {c.PagesPerSecond / one.PagesPerSecond,8:0.00}×"));
        var single = byCount.Where(c => c.Workers == 1).Select(c => (c.PagesPerSecond, c.CpuPerPage)).ToList();
        output.WriteLine(PerWorker(single.Count == 0 ? null : single[0]));
        int cores = Environment.ProcessorCount;
        var beyond = byCount.Where(c => c.Workers > cores).ToList();
        var atCores = byCount.Where(c => c.Workers <= cores).MaxBy(c => c.Workers);
        if (beyond.Count > 0 && atCores.Workers > 0)
            output.WriteLine(Invariant($"this machine has {cores} cores: the curve flattens at {cores} workers ({string.Join(", ", beyond.Select(b => $"{b.Workers} workers {b.PagesPerSecond / atCores.PagesPerSecond:0.00}×"))} the pages per second of {atCores.Workers}); more workers than cores only share them"));
    }

    /// <summary>
    /// What one worker does with a core of its own: from the 1-worker runs alone (runs of more workers than cores say
    /// what sharing costs, not this; the medians of the table's 1-worker row), one core-second over its CPU-seconds per page, which a busy machine hardly moves.
    /// Its wall-clock speed is printed beside it, and the cores it kept busy: a little over one (its own threads beside
    /// Tesseract's one); under one, it waited (for the machine, the server, the inbox), and the figure is optimistic.
    /// </summary>
    private static string PerWorker((double PagesPerSecond, double CpuPerPage)? single)
    {
        if (single is not { } one) return "per worker with a core of its own: not measured (it comes from the 1-worker run: include 1 in --workers)";
        var (wall, cpuPerPage) = one;
        return Invariant($"per worker with a core of its own: {1 / cpuPerPage:0.00} pages/s (the 1-worker run: {cpuPerPage:0.00} CPU-s per page; it ran at {wall:0.00} pages/s wall, {wall * cpuPerPage:0.00} cores busy); N such workers on N cores: about N × that, while PostgreSQL and the shared folders keep up");
    }

    /// <summary>The 1-, 5- and 15-minute load averages, as uptime prints them.</summary>
    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "unknown"; }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
