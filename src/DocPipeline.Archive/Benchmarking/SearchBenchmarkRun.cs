using System.Diagnostics;
using DocPipeline.Archive.FullText;
using DocPipeline.Archive.Sqlite;
using DocPipeline.Lao.Text;

namespace DocPipeline.Archive.Benchmarking;

/// <summary>
/// Latency of one kind of query: wall-clock percentiles over the queries asked, and the process CPU
/// time per query (steadier than wall time on a machine shared with other work).
/// </summary>
/// <param name="Slowest">The query that took longest: where to look when p99 moves.</param>
/// <param name="P99CpuMilliseconds">p99 of the process CPU time each query took (every thread: a search may read its segments in parallel): what a query costs, whatever else the machine runs.</param>
public sealed record LatencyFigure(string Kind, int Queries, double P50Milliseconds, double P99Milliseconds, double CpuMillisecondsPerQuery, double P99CpuMilliseconds, double MeanHits, string Example, string Slowest);

/// <summary>
/// What the search benchmark measured. Ingest figures are null when an existing catalog was reused.
/// IndexBytes is the files of the Lucene index's last commit; CatalogBytes the SQLite catalog (documents, page texts, citations).
/// MergeSeconds: the merge after the load into <see cref="LuceneIndex.SegmentsAfterMerge"/> segments (as `reindex` does),
/// not part of the ingest rate; Segments: how many the index has when the queries are asked.
/// </summary>
public sealed record SearchBenchmarkReport(
    int Documents, int DamagedDocuments, double? IngestSeconds, double? IngestCpuSeconds, long IndexBytes, long CatalogBytes, IReadOnlyList<LatencyFigure> Latencies,
    double MergeSeconds = 0, double MergeCpuSeconds = 0, int Segments = 1)
{
    public double? DocumentsPerSecond => Documents / IngestSeconds;
    public double? DocumentsPerCpuSecond => Documents / IngestCpuSeconds;
    public double BytesPerDocument => (double)IndexBytes / Documents;
    public double CatalogBytesPerDocument => (double)CatalogBytes / Documents;
}

/// <summary>
/// Generates synthetic directives (one in ten OCR-damaged), adds them through
/// <see cref="IDocumentStore.AddBatch"/> (generation is not timed; the catalog's writes and the index's
/// segmentation, indexing and commit are), then
/// asks each kind of query: one word, a quoted phrase, a reference number (in its three written
/// forms), a damaged word that only the folded key finds, and a word with type and year filters.
/// A folder that already holds the catalog of the same number of documents is reused (queries only).
/// </summary>
public sealed class SearchBenchmarkRun(SearchAnalyzer analyzer, LaoTextEngine textEngine, WordRanking ranking = WordRanking.Tiers, int parallelFrom = LuceneIndex.ParallelFrom)
{
    public const int BatchSize = 500;

    public SearchBenchmarkReport Run(string folder, int documents, int queriesPerKind = 200, Action<string>? progress = null)
    {
        string database = Path.Combine(folder, "catalog.db");
        using var store = new SqliteDocumentStore(database, analyzer, textEngine, ranking, parallelFrom);
        var generator = new SyntheticDirectives(documents);
        var damage = new OcrDamage(Confusion.All, rate: 0.5);
        var samples = new List<SyntheticDirective>();
        var sampler = new Random(11);
        var ingest = new Stopwatch();
        var cpu = TimeSpan.Zero;
        int damaged = 0;
        bool reuse = store.Count() == documents;
        if (reuse) progress?.Invoke($"reusing the {documents} documents already in {database}");
        for (int done = 0; done < documents;)
        {
            var batch = generator.Generate(Math.Min(BatchSize, documents - done)).ToList();
            var newDocuments = batch.Select(d =>
            {
                if (d.Index % 10 != 9) return d.ToNewDocument();
                damaged++;
                return d.ToNewDocument(textEngine.Normalize(damage.Apply(d.Text)));
            }).ToList();
            foreach (var d in batch) if (sampler.Next(Math.Max(1, documents / 1000)) == 0) samples.Add(d);
            done += batch.Count;
            if (reuse) continue;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            ingest.Start();
            store.AddBatch(newDocuments);
            ingest.Stop();
            cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            if (done % 10_000 == 0 || done == documents) progress?.Invoke($"{done} documents, {done / ingest.Elapsed.TotalSeconds:0} documents/s");
        }
        var merge = Stopwatch.StartNew();
        var mergeCpu = Process.GetCurrentProcess().TotalProcessorTime;
        store.Checkpoint();
        merge.Stop();
        mergeCpu = Process.GetCurrentProcess().TotalProcessorTime - mergeCpu;
        long catalogBytes = new FileInfo(database).Length;
        var (segments, bytes) = CommittedIndex(SqliteDocumentStore.IndexPath(database));

        var queries = new BenchmarkQueries(samples.Count > 0 ? samples : [generator.Next()], new Random(5));
        var latencies = new List<LatencyFigure>();
        var kinds = queries.Kinds.Select(k => (k.Kind, Asked: Enumerable.Range(0, queriesPerKind).Select(_ => k.Make()).ToList())).ToList();
        // Measured warm, as a server that has been answering a while: one unmeasured pass over every kind first warms the
        // page cache and lets .NET's tiered JIT finish (tier-0 code, on-stack replacement and the background recompiles
        // of the search's loops cost about half the CPU of the first few hundred queries).
        // Other queries than the measured ones, so that no measured query finds its own documents' pages in SQLite's cache.
        var warming = new BenchmarkQueries(samples.Count > 0 ? samples : [generator.Next()], new Random(6));
        foreach (var (_, make) in warming.Kinds) for (int q = 0; q < queriesPerKind; q++) store.Search(make());
        foreach (var (kind, asked) in kinds)
        {
            var times = new List<double>();
            var cpuTimes = new List<double>();
            (double Milliseconds, string Text) slowest = (0, "");
            long hits = 0;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var q in asked)
            {
                double cpuAtStart = CpuClock.ProcessMilliseconds();
                var watch = Stopwatch.StartNew();
                hits += store.Search(q).Count;
                times.Add(watch.Elapsed.TotalMilliseconds);
                cpuTimes.Add(CpuClock.ProcessMilliseconds() - cpuAtStart);
                if (times[^1] > slowest.Milliseconds) slowest = (times[^1], q.Text);
            }
            double cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / asked.Count;
            times.Sort();
            cpuTimes.Sort();
            latencies.Add(new LatencyFigure(kind, asked.Count, Percentile(times, 0.50), Percentile(times, 0.99), cpuPerQuery, Percentile(cpuTimes, 0.99),
                (double)hits / asked.Count, asked[0].Text, slowest.Text));
        }
        return reuse
            ? new SearchBenchmarkReport(documents, damaged, null, null, bytes, catalogBytes, latencies, merge.Elapsed.TotalSeconds, mergeCpu.TotalSeconds, segments)
            : new SearchBenchmarkReport(documents, damaged, ingest.Elapsed.TotalSeconds, cpu.TotalSeconds, bytes, catalogBytes, latencies, merge.Elapsed.TotalSeconds, mergeCpu.TotalSeconds, segments);
    }

    /// <summary>
    /// The segments of the index's last commit and the bytes of the files it references: the folder also holds, until
    /// the searchers open on them are released, the segments a merge replaced (the folder read 4,393 MB for 2,908 after
    /// the merge at 1,000,000).
    /// </summary>
    internal static (int Segments, long Bytes) CommittedIndex(string indexPath)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(indexPath);
        var infos = new Lucene.Net.Index.SegmentInfos();
        infos.Read(directory);
        return (infos.Count, infos.GetFiles(directory, true).Sum(directory.FileLength));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
