using System.Globalization;
using DocPipeline.Archive.Lucene.Analysis;
using DocPipeline.Lao.Text.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace DocPipeline.Archive.Lucene;

/// <summary>
/// The full-text index, derived from the catalog. Every catalog change has a sequence number; each
/// commit of the index records the last one it holds (and which catalog it was built from), so that
/// after a crash between the catalog's commit and the index's the index catches up from the catalog:
/// nothing is lost, and nothing is indexed twice (a document replaces any copy of itself by its id).
/// An index of another catalog, or one that cannot be read, is rebuilt.
/// Readers are near-real-time: a synced document is searchable at once, before any commit.
/// One process writes (Lucene's write lock); another process that opens the same index (a CLI search
/// while `serve` runs) reads its commits only, reopened when they change.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    private const string SequenceKey = "catalog_sequence", CatalogKey = "catalog_id";
    private const int ChangesPerRead = 1000;

    private readonly Directory _directory;
    private readonly IndexWriter? _writer;
    private readonly ReferenceManager<IndexSearcher> _searchers;
    private readonly ICatalogChanges _catalog;
    private readonly System.Threading.Lock _syncing = new();
    private long _indexedSequence, _lastLookedAt;

    public LuceneIndex(string path, IcuWordSegmenter segmenter, ICatalogChanges catalog)
    {
        _catalog = catalog;
        Analyzer = new LaoAnalyzer(segmenter);
        IndexAnalyzer = new PerFieldAnalyzerWrapper(Analyzer, new Dictionary<string, Analyzer>
        {
            [IndexFields.Run] = new TrigramAnalyzer(TrigramAnalyzer.FoldedRun),
            [IndexFields.RunToneLess] = new TrigramAnalyzer(TrigramAnalyzer.ToneLessRun),
        });
        (_directory, _writer) = Open(path);
        if (_writer is not null)
        {
            var committed = _writer.CommitData;
            bool sameCatalog = committed.TryGetValue(CatalogKey, out var catalogId) && catalogId == catalog.CatalogId;
            _indexedSequence = sameCatalog && committed.TryGetValue(SequenceKey, out var s) ? long.Parse(s, CultureInfo.InvariantCulture) : 0;
            if (!sameCatalog || _indexedSequence > catalog.LastSequence())
            {
                _writer.DeleteAll();
                _indexedSequence = 0;
            }
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SimilarSearcherFactory());
            CatchUp();
            if (!DirectoryReader.IndexExists(_directory)) _writer.Commit(); // a reading process needs a commit to open
        }
        else
        {
            _searchers = new SearcherManager(_directory, new SimilarSearcherFactory());
        }
    }

    /// <summary>The analysis of the heading and body fields, at index and at query time.</summary>
    public LaoAnalyzer Analyzer { get; }

    /// <summary>Each field's analyzer: <see cref="Analyzer"/>, and trigrams for the run fields.</summary>
    public Analyzer IndexAnalyzer { get; }

    public bool IsWriter => _writer is not null;

    /// <summary>
    /// Indexes the catalog's changes the index does not hold yet, commits with the last sequence
    /// number, and refreshes the readers. A reading process only refreshes.
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
            long before = _indexedSequence;
            for (var changes = _catalog.ChangesAfter(_indexedSequence, ChangesPerRead); changes.Count > 0; changes = _catalog.ChangesAfter(_indexedSequence, ChangesPerRead))
            {
                // IndexWriter takes documents from several threads; analysis (ICU segmentation) is the cost.
                Parallel.ForEach(changes, change =>
                    _writer.UpdateDocument(new Term(IndexFields.Id, change.Entry.Id.ToString(CultureInfo.InvariantCulture)), IndexFields.ToDocument(change.Entry), IndexAnalyzer));
                _indexedSequence = changes[^1].Sequence;
            }
            if (_indexedSequence == before && !_writer.HasUncommittedChanges()) return;
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [SequenceKey] = _indexedSequence.ToString(CultureInfo.InvariantCulture),
                [CatalogKey] = _catalog.CatalogId,
            });
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>
    /// Runs a read on the current searcher, released after. At most once a second it first looks for
    /// what another process added to the catalog (`ingest` while `serve` runs) or committed to the index.
    /// </summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        long now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastLookedAt) > 1000)
        {
            Interlocked.Exchange(ref _lastLookedAt, now);
            if (_writer is null || _catalog.LastSequence() > Interlocked.Read(ref _indexedSequence)) CatchUp();
        }
        var searcher = _searchers.Acquire();
        try { return read(searcher); }
        finally { _searchers.Release(searcher); }
    }

    public int Count() => Read(s => s.IndexReader.NumDocs);

    /// <summary>Merges the index down to one segment (after a bulk load: smaller, and measured as it will serve).</summary>
    public void Optimize()
    {
        if (_writer is null) return;
        lock (_syncing)
        {
            _writer.ForceMerge(1);
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>The index folder and its writer; no writer when another process holds the write lock.</summary>
    private (Directory, IndexWriter?) Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            return (directory, new IndexWriter(directory, WriterConfig(OpenMode.CREATE_OR_APPEND)));
        }
        catch (LockObtainFailedException)
        {
            return (directory, null);
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
        {
            // Derived data: an index that cannot be read is built again from the catalog.
            return (directory, new IndexWriter(directory, WriterConfig(OpenMode.CREATE)));
        }
    }

    private IndexWriterConfig WriterConfig(OpenMode mode) => new(LuceneVersion.LUCENE_48, IndexAnalyzer)
    {
        OpenMode = mode,
        Similarity = SimilarSearcherFactory.Similarity,
        RAMBufferSizeMB = 64,
    };

    public void Dispose()
    {
        _searchers.Dispose();
        if (_writer is not null)
        {
            lock (_syncing) _writer.Dispose();
        }
        _directory.Dispose();
        IndexAnalyzer.Dispose();
        Analyzer.Dispose();
    }

    /// <summary>Searchers score with BM25, as the writer indexes for it.</summary>
    private sealed class SimilarSearcherFactory : SearcherFactory
    {
        internal static readonly Similarity Similarity = new BM25Similarity();

        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
