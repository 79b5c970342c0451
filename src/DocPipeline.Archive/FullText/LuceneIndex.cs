using System.Globalization;
using DocPipeline.Archive.FullText.Analysis;
using DocPipeline.Lao.Text.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace DocPipeline.Archive.FullText;

/// <summary>
/// The full-text index, derived from the catalog. Every catalog change has a sequence number; each
/// commit of the index records the last one it holds (and which catalog it was built from), so that
/// after a crash between the catalog's commit and the index's the index catches up from the catalog:
/// nothing is lost, and nothing is indexed twice (what the index held beyond its last commit died with
/// the process, so it adds exactly the changes after the sequence number it committed).
/// An index of another catalog, of another version of the analysis, or one that cannot be read, is rebuilt.
/// Readers are near-real-time: a synced document is searchable at once, before any commit.
/// One process writes (Lucene's write lock); another process that opens the same index (a CLI search
/// while `serve` runs) reads its commits only, reopened when they change.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    private const string SequenceKey = "catalog_sequence", CatalogKey = "catalog_id", AnalysisKey = "analysis";
    private const int ChangesPerRead = 1000;

    private readonly Directory _directory;
    private readonly IndexWriter? _writer;
    private readonly FileStream? _writerLock;
    private readonly ReferenceManager<IndexSearcher> _searchers;
    private readonly ICatalogChanges _catalog;
    private readonly System.Threading.Lock _syncing = new();
    /// <summary>
    /// When indexed documents are committed (only another process's readers and a restart's catch-up see the
    /// difference): once the index has had nothing new for <see cref="CommitWhenQuiet"/>, and during a long
    /// load at least every <see cref="CommitAtLeastEvery"/>. A commit flushes every indexing thread's buffer into
    /// a small segment that merges later rewrite: committing every two seconds through a bulk load cost about a
    /// fifth of the indexing time (`bench search`, 20,000 documents).
    /// </summary>
    public static readonly TimeSpan CommitWhenQuiet = TimeSpan.FromSeconds(2), CommitAtLeastEvery = TimeSpan.FromSeconds(30);

    private long _indexedSequence, _committedSequence, _lastLookedAt, _lastCommit, _lastIndexed;
    private volatile bool _unread;
    private bool _disposed;
    private readonly Timer? _commits;

    /// <param name="parallelFrom">From how many documents one search reads the index's segments in parallel (<see cref="SimilarSearcherFactory"/>); 0: never.</param>
    public LuceneIndex(string path, IcuWordSegmenter segmenter, ICatalogChanges catalog, int parallelFrom = ParallelFrom)
    {
        var searcherFactory = new SimilarSearcherFactory(parallelFrom);
        _catalog = catalog;
        Analyzer = new LaoAnalyzer(segmenter);
        IndexAnalyzer = new PerFieldAnalyzerWrapper(Analyzer, new Dictionary<string, Analyzer>
        {
            [IndexFields.Run] = new TrigramAnalyzer(TrigramAnalyzer.FoldedRun),
        });
        (_directory, _writer, _writerLock) = Open(path);
        if (_writer is not null)
        {
            var committed = _writer.CommitData;
            // An index of another catalog, or whose terms another version of the analysis made, is built again from the catalog.
            bool sameCatalog = committed.TryGetValue(CatalogKey, out var catalogId) && catalogId == catalog.CatalogId
                && committed.TryGetValue(AnalysisKey, out var analysis) && analysis == LaoAnalyzer.Version;
            _indexedSequence = sameCatalog && committed.TryGetValue(SequenceKey, out var s) ? long.Parse(s, CultureInfo.InvariantCulture) : 0;
            if (!sameCatalog || _indexedSequence > catalog.LastSequence())
            {
                _writer.DeleteAll();
                _indexedSequence = 0;
            }
            _committedSequence = _indexedSequence;
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory);
            CatchUp();
            lock (_syncing) Commit(); // what the catch-up did; and a reading process needs a first commit to open
            _commits = new Timer(_ => CommitOnTimer(), null, CommitWhenQuiet, CommitWhenQuiet);
        }
        else
        {
            _searchers = OpenReader(_directory, searcherFactory);
        }
    }

    /// <summary>
    /// A reading process started beside a writer's that is still making its first commit (two workers started at
    /// once on a new data folder) waits for that commit, a bounded time, instead of failing at start.
    /// </summary>
    private static SearcherManager OpenReader(Directory directory, SearcherFactory searchers)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try { return new SearcherManager(directory, searchers); }
            catch (IndexNotFoundException) when (waited.Elapsed < FirstCommitWait) { Thread.Sleep(100); }
        }
    }

    private static readonly TimeSpan FirstCommitWait = TimeSpan.FromSeconds(30);

    /// <summary>The analysis of the heading and body fields, at index and at query time.</summary>
    public LaoAnalyzer Analyzer { get; }

    /// <summary>Each field's analyzer: <see cref="Analyzer"/>, and trigrams for the run field.</summary>
    public Analyzer IndexAnalyzer { get; }

    public bool IsWriter => _writer is not null;

    /// <summary>
    /// Indexes the catalog's changes the index does not hold yet. They are searchable at the next read
    /// (near-real-time: the reader is reopened from the writer, no commit needed) and committed, with the
    /// last sequence number, as <see cref="CommitWhenQuiet"/> says: a crash before that loses nothing the
    /// catalog holds, the next start catches up again. A reading process only looks for new commits.
    /// </summary>
    public void CatchUp()
    {
        if (_writer is null)
        {
            _searchers.MaybeRefresh();
            return;
        }
        lock (_syncing)
        {
            for (var changes = _catalog.ChangesAfter(_indexedSequence, ChangesPerRead); changes.Count > 0; changes = _catalog.ChangesAfter(_indexedSequence, ChangesPerRead))
            {
                // The last commit holds exactly the changes up to its sequence number (what was added after it died
                // with the process): an added document is new to the index, no delete-by-id needed; only a correction
                // replaces the entry by id. A read holds each document once, so the threads never race on one id.
                // IndexWriter takes documents from several threads; analysis (ICU segmentation) is the cost.
                Parallel.ForEach(changes, change =>
                {
                    var document = IndexFields.ToDocument(change.Entry);
                    if (change.Replaces)
                        _writer.UpdateDocument(new Term(IndexFields.Id, change.Entry.Id.ToString(CultureInfo.InvariantCulture)), document, IndexAnalyzer);
                    else _writer.AddDocument(document, IndexAnalyzer);
                });
                Interlocked.Exchange(ref _indexedSequence, changes[^1].Sequence);
                _lastIndexed = Environment.TickCount64;
                _unread = true;
            }
            if (IsCommitDue()) Commit();
        }
    }

    /// <summary>
    /// The timer's commit. A failure here (a full disk) must not end the process from a timer thread: the
    /// catalog holds everything, and the next catch-up or the dispose commits again and reports to its caller.
    /// </summary>
    private void CommitOnTimer()
    {
        try
        {
            lock (_syncing) if (!_disposed && IsCommitDue()) Commit();
        }
        catch (IOException) { }
    }

    private bool IsCommitDue()
    {
        long now = Environment.TickCount64;
        return now - _lastIndexed >= CommitWhenQuiet.TotalMilliseconds || now - _lastCommit >= CommitAtLeastEvery.TotalMilliseconds;
    }

    /// <summary>Commits what was indexed, with the catalog's sequence number it reaches; call under the lock.</summary>
    private void Commit()
    {
        _lastCommit = Environment.TickCount64;
        if (_writer is null || (!_writer.HasUncommittedChanges() && _committedSequence == _indexedSequence && DirectoryReader.IndexExists(_directory))) return;
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [SequenceKey] = _indexedSequence.ToString(CultureInfo.InvariantCulture),
            [CatalogKey] = _catalog.CatalogId,
            [AnalysisKey] = LaoAnalyzer.Version,
        });
        _writer.Commit();
        _committedSequence = _indexedSequence;
    }

    /// <summary>
    /// Runs a read on the current searcher, released after. A searcher that misses indexed documents is
    /// reopened first. At most once a second the read first looks for what another process added to the
    /// catalog (`ingest` while `serve` runs) or committed to the index.
    /// </summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        long now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastLookedAt) > 1000)
        {
            Interlocked.Exchange(ref _lastLookedAt, now);
            if (_writer is null || _catalog.LastSequence() > Interlocked.Read(ref _indexedSequence)) CatchUp();
        }
        if (_unread)
        {
            _unread = false;
            _searchers.MaybeRefreshBlocking();
        }
        var searcher = _searchers.Acquire();
        try { return read(searcher); }
        finally { _searchers.Release(searcher); }
    }

    public int Count() => Read(s => s.IndexReader.NumDocs);

    /// <summary>
    /// After a bulk load (reindex, the benchmark): merges the index into <see cref="SegmentsAfterMerge"/> segments and
    /// commits. A search pays per segment, and a bulk load leaves many (one per flush); but the segments of one search
    /// are read in parallel, one per core, so one segment would leave the other cores idle while a query runs.
    /// </summary>
    public void Merge()
    {
        if (_writer is null) return;
        lock (_syncing)
        {
            _writer.ForceMerge(SegmentsAfterMerge);
            Commit();
            _unread = true;
        }
    }

    /// <summary>
    /// The index folder and its writer; no writer when another process writes. Which process writes is decided by
    /// an exclusive lock on a file of our own, taken before Lucene's: .NET holds it with the operating system's
    /// advisory lock, which dies with its process (kill -9 leaves no stale lock), and a second process must not even
    /// open an IndexWriter, since opening one deletes the files of segments the first has not committed yet.
    /// </summary>
    private (Directory, IndexWriter?, FileStream?) Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        FileStream writerLock;
        try
        {
            writerLock = new FileStream(System.IO.Path.Combine(path, WriterLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return (directory, null, null);
        }
        try
        {
            return (directory, new IndexWriter(directory, WriterConfig(OpenMode.CREATE_OR_APPEND)), writerLock);
        }
        catch (LockObtainFailedException)
        {
            writerLock.Dispose();
            return (directory, null, null);
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
        {
            // Derived data: an index that cannot be read is built again from the catalog.
            return (directory, new IndexWriter(directory, WriterConfig(OpenMode.CREATE)), writerLock);
        }
    }

    /// <summary>The file whose exclusive lock makes a process the index's one writer.</summary>
    private const string WriterLockFile = "docpipeline-writer.lock";

    private IndexWriterConfig WriterConfig(OpenMode mode) => new(LuceneVersion.LUCENE_48, IndexAnalyzer)
    {
        OpenMode = mode,
        Similarity = SimilarSearcherFactory.Similarity,
        // 256 MB was measured and is no better: bench search at 100,000, side by side with 64 MB, 2.50 against 2.53 CPU-s per
        // 1,000 documents (probably because the commits every 30 s of a long load flush the buffers before they fill).
        RAMBufferSizeMB = 64,
        MergePolicy = new BalancedMergePolicy(),
    };

    public void Dispose()
    {
        _commits?.Dispose();
        lock (_syncing)
        {
            if (_disposed) return;
            _disposed = true;
            Commit();
        }
        _searchers.Dispose();
        _writer?.Dispose();
        _writerLock?.Dispose();
        _directory.Dispose();
        IndexAnalyzer.Dispose();
        Analyzer.Dispose();
    }

    /// <summary>One segment per core, at most 8, after a bulk load's merge.</summary>
    public static int SegmentsAfterMerge => Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>
    /// The index size from which one search reads the segments in parallel, by default. `bench search`, idle machine,
    /// alternating: at 1,000,000 the p99 of one word 34 ms against 43–57 one segment after another, of a phrase 31–39
    /// against 38–53; at 100,000 no faster (every p99 under 12 ms either way) and 10–30% more CPU per query; at 10,000 more CPU still.
    /// </summary>
    public const int ParallelFrom = 500_000;

    /// <summary>
    /// Searchers score with BM25, as the writer indexes for it, and, in an index of several segments holding at least
    /// <paramref name="parallelFrom"/> documents, read the segments in parallel on the thread pool: a query scoring a
    /// common word over a million pages waits about a third less on two cores (the CPU it costs is the same). On a busy
    /// pool the segments' tasks wait their turn like any other work; a server answering many searches at once gains
    /// nothing by it, and `SearchInParallelFrom` 0 turns it off.
    /// </summary>
    private sealed class SimilarSearcherFactory(int parallelFrom) : SearcherFactory
    {
        internal static readonly Similarity Similarity = new BM25Similarity();

        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            bool parallel = parallelFrom > 0 && reader.MaxDoc >= parallelFrom && reader.Leaves.Count > 1;
            var searcher = parallel ? new IndexSearcher(reader, TaskScheduler.Default) : new IndexSearcher(reader);
            searcher.Similarity = Similarity;
            return searcher;
        }
    }
}
