using System.Diagnostics;
using DocPipeline.Archive.Catalog;
using DocPipeline.Archive.Postgres;
using DocPipeline.Lao.Text;
using DocPipeline.Testing;

namespace DocPipeline.Archive.Tests;

/// <summary>
/// Several nodes on one PostgreSQL catalog, each with its own index folder: what one stores the others find, no change
/// is skipped when transactions commit out of order, and two workers storing the same content make one document.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresNodesTests(PostgresServer server) : IDisposable
{
    private readonly ScratchFolder _scratch = new();
    private readonly LaoTextEngine _engine = new();
    private readonly PostgresBackend _backend = new(server);

    private CatalogStore Node(string name) => _backend.Open(Path.Combine(_scratch.Path, name), _engine);

    private NewDocument Page(string name, string text) =>
        TestCatalog.TextPage(name.PadRight(64, '0'), name + ".txt", _engine.Normalize(text));

    [Fact]
    public void A_document_stored_by_one_node_is_found_by_another_within_seconds()
    {
        using var reader = Node("web");
        using var worker = Node("ocr");
        Assert.Empty(reader.Search(new SearchRequest("ງົບປະມານ")));
        worker.Add(Page("budget", "ແຈ້ງການ ກ່ຽວກັບ ງົບປະມານ ແຂວງ"));
        // Counted, not searched: the node's own follower indexes it, no search needed to trigger a look.
        var waited = Stopwatch.StartNew();
        while (reader.IndexedCount() == 0 && waited.Elapsed < TimeSpan.FromSeconds(10)) Thread.Sleep(100);
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(5), $"found after {waited.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal("budget.txt", Assert.Single(reader.Search(new SearchRequest("ງົບປະມານ"))).Document.FileName);
    }

    [Fact]
    public void A_change_numbered_first_and_committed_last_is_not_skipped()
    {
        using var store = Node("web");
        var database = new PostgresDatabase(_backend.Catalog);
        using var slow = database.Open();
        using var transaction = slow.BeginTransaction();
        using (var writer = new DocumentWriter(database, slow, transaction))
            writer.RecordChanges([writer.TryWrite(Page("early", "ໜັງສື ສະບັບ ທຳອິດ ງົບປະມານ"))!.Value]);
        // Numbered, not committed. Another writer meanwhile: its change must not become visible before this one.
        var later = Task.Run(() => store.Add(Page("late", "ໜັງສື ສະບັບ ທີສອງ ງົບປະມານ")));
        Thread.Sleep(1500);
        Assert.False(later.IsCompleted, "the second writer numbered its change while the first was still uncommitted");
        transaction.Commit();
        later.Wait(TimeSpan.FromSeconds(10));
        Assert.Equal(2, store.Count());
        Assert.Equal(2, store.IndexedCount());
        Assert.Equal(2, store.Search(new SearchRequest("ງົບປະມານ")).Count);
    }

    [Fact]
    public void Two_nodes_storing_the_same_content_at_once_make_one_document_and_a_duplicate()
    {
        using var first = Node("a");
        using var second = Node("b");
        var page = Page("same", "ຂໍ້ຕົກລົງ ສະບັບ ດຽວກັນ");
        using var start = new Barrier(2);
        var results = new[] { first, second }.AsParallel().WithDegreeOfParallelism(2).Select(node =>
        {
            start.SignalAndWait();
            try { return (Id: node.Add(page), Duplicate: (long?)null); }
            catch (DocumentArchivedException e) { return (Id: 0L, Duplicate: e.DocumentId); }
        }).ToList();
        long id = Assert.Single(results, r => r.Id != 0).Id;
        Assert.Equal(id, Assert.Single(results, r => r.Id == 0).Duplicate);
        Assert.Equal(1, first.Count());
    }

    [Fact]
    public void An_index_built_from_another_catalog_is_rebuilt_from_this_one()
    {
        string folder = Path.Combine(_scratch.Path, "node");
        using (var sqlite = TestCatalog.Open(Path.Combine(folder, "catalog.db"), _engine))
        {
            sqlite.Add(Page("local", "ເອກະສານ ທ້ອງຖິ່ນ"));
            sqlite.Add(Page("other", "ເອກະສານ ອື່ນ"));
        }
        using (var node = Node("ocr")) node.Add(Page("shared", "ເອກະສານ ຮ່ວມກັນ"));
        using var reopened = _backend.Open(folder, _engine); // the same index folder, now following PostgreSQL
        Assert.Equal(1, reopened.IndexedCount());
        Assert.Equal("shared.txt", Assert.Single(reopened.Search(new SearchRequest("ເອກະສານ"))).Document.FileName);
    }

    public void Dispose()
    {
        _backend.Dispose();
        _scratch.Dispose();
    }
}
