using DocPipeline.Archive;
using DocPipeline.Archive.Sqlite;
using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Segmentation;
using DocPipeline.Testing;

namespace DocPipeline.Archive.Tests;

public sealed class DocumentStoreTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();
    private readonly LaoTextEngine _engine = new();
    private readonly SqliteDocumentStore _store;

    public DocumentStoreTests()
    {
        _store = new SqliteDocumentStore(_scratch.File("catalog.db"), new SearchAnalyzer(new IcuWordSegmenter()), _engine);
        foreach (var name in new[] { "d01", "d02", "d03", "d04" }) Add(name, Repo.GroundTruth(name));
    }

    private long Add(string name, string rawText)
    {
        string text = _engine.Normalize(rawText);
        var facts = new DirectiveExtractor().Extract(text);
        return _store.Add(new NewDocument(name.PadRight(64, '0'), name + ".png", "/archive/" + name, "png", facts,
            [new StoredPage(1, text, rawText, "ocr", 90)], "test", 90));
    }

    [Fact]
    public void Finds_a_document_by_a_lao_word_of_its_body()
    {
        var hits = _store.Search(new SearchRequest("ງົບປະມານ"));
        Assert.Equal("d04.png", Assert.Single(hits).Document.FileName);
        Assert.Contains("«ງົບປະມານ»", hits[0].Snippet);
    }

    [Theory]
    [InlineData("042/ຄປ.ວຈ")]
    [InlineData("໐໔໒/ຄປ.ວຈ")]
    [InlineData("42/ຄປວຈ")]
    public void A_reference_number_finds_its_document_first_then_those_citing_it(string query)
    {
        var hits = _store.Search(new SearchRequest(query));
        Assert.Equal(["d01.png", "d02.png"], hits.Select(h => h.Document.FileName));
    }

    [Fact]
    public void A_correctly_spelled_query_finds_an_ocr_damaged_page()
    {
        Add("d05", "ພະແນກ ຫັງສືພິມ ແຈ້ງການ ເລື່ອງຜະລິດຕະພັນ"); // ໜ read as ຫ
        var hits = _store.Search(new SearchRequest("ໜັງສືພິມ"));
        Assert.Contains(hits, h => h.Document.FileName == "d05.png");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("ງົບປະມານ\" OR \"")]
    [InlineData("NEAR(ງົບ ປະມານ)")]
    [InlineData("* ) ( :")]
    [InlineData("words : ງົບປະມານ")]
    public void Hostile_queries_never_break_the_index_syntax(string query)
    {
        var hits = _store.Search(new SearchRequest(query));
        Assert.NotNull(hits);
    }

    [Fact]
    public void Filters_by_type_and_date()
    {
        Assert.Equal("d02.png", Assert.Single(_store.Search(new SearchRequest("ເອກະສານ", Type: "ຄຳສັ່ງ"))).Document.FileName);
        Assert.DoesNotContain(_store.Search(new SearchRequest("ເອກະສານ", From: new DateOnly(2024, 1, 1))), h => h.Document.FileName == "d01.png");
    }

    [Fact]
    public void Citation_graph_links_archived_documents()
    {
        var d01 = _store.Search(new SearchRequest("042/ຄປ.ວຈ"))[0].Document;
        var d02 = _store.Search(new SearchRequest("157/ຄຈສກ"))[0].Document;
        Assert.Equal([d02.Id], _store.CitedBy(d01.Id).Select(d => d.Id));
        var cites = _store.Cites(d02.Id);
        Assert.Equal(d01.Id, cites.Single(c => c.Number == "042/ຄປ.ວຈ").DocumentId);
        Assert.Null(cites.Single(c => c.Number == "68/ສພຊ").DocumentId);
    }

    [Fact]
    public void Finds_documents_by_content_hash() =>
        Assert.Equal("d03.png", _store.FindBySha256("d03".PadRight(64, '0'))!.FileName);

    public void Dispose()
    {
        _store.Dispose();
        _scratch.Dispose();
    }
}
