using DocPipeline.Archive.Catalog;
using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;
using DocPipeline.Testing;

namespace DocPipeline.Archive.Tests;

/// <summary>Runs of words (quoted or typed together) as phrases by position, with the real Lucene, ICU and SQLite or PostgreSQL.</summary>
public abstract class PhraseSearchTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();
    private readonly LaoTextEngine _engine = new();
    private readonly StoreBackend _backend;
    private readonly CatalogStore _store;

    private protected PhraseSearchTests(StoreBackend backend)
    {
        _backend = backend;
        _store = backend.Open(_scratch.Path, _engine);
    }

    private void Add(string name, string page, string? subject = null)
    {
        string text = _engine.Normalize(page);
        var facts = new DirectiveExtractor().Extract(text);
        if (subject is not null) facts = facts with { Subject = _engine.Normalize(subject) };
        _store.Add(TestCatalog.TextPage(name.PadRight(64, '0'), name + ".txt", text, rawText: page, facts: facts));
    }

    private List<string> Found(string query) => _store.Search(new SearchRequest(query)).Select(h => h.Document.FileName).ToList();

    [Fact]
    public void Three_words_are_found_in_a_row_and_not_where_their_pairs_stand_apart()
    {
        Add("apart", "ງົບປະມານ ແຂວງ ມີ ການປັບປຸງ ແຂວງ ສຶກສາ"); // both pairs of the phrase, never the three in a row
        Add("inarow", "ກ່ຽວກັບ ງົບປະມານແຂວງສຶກສາ ປີ 2024");
        Assert.Equal(["inarow.txt"], Found("\"ງົບປະມານແຂວງສຶກສາ\""));
    }

    [Fact]
    public void Punctuation_between_the_words_of_a_phrase_is_passed_over()
    {
        Add("comma", "ງົບປະມານ, ແຂວງ ແລະ ອື່ນໆ");
        var hit = Assert.Single(_store.Search(new SearchRequest("\"ງົບປະມານແຂວງ\"")));
        Assert.Equal("comma.txt", hit.Document.FileName);
    }

    [Fact]
    public void A_phrase_in_the_heading_alone_finds_the_document()
    {
        Add("subject", "ມາດຕາ 1 ເນື້ອໃນ ອື່ນໆ", subject: "ວ່າດ້ວຍການຄຸ້ມຄອງງົບປະມານແຂວງ");
        Assert.Equal(["subject.txt"], Found("\"ການຄຸ້ມຄອງງົບປະມານ\""));
    }

    [Fact]
    public void A_run_spelled_as_typed_ranks_above_the_same_run_without_tones_and_folded()
    {
        Add("folded", "ກອງປະຊຸມ ປອງກັນໄຟໃໝ ໃນເມືອງ");  // tone marks dropped, ໄ read as ໃ
        Add("toneless", "ກອງປະຊຸມ ປອງກັນໄຟໄໝ ໃນເມືອງ"); // tone marks dropped
        Add("typed", "ກອງປະຊຸມ ປ້ອງກັນໄຟໄໝ້ ໃນເມືອງ");
        var hits = _store.Search(new SearchRequest("\"ປ້ອງກັນໄຟໄໝ້\""));
        Assert.Equal(["typed.txt", "toneless.txt", "folded.txt"], hits.Select(h => h.Document.FileName));
        Assert.True(hits[0].Score > hits[1].Score && hits[1].Score > hits[2].Score, string.Join(" ", hits.Select(h => h.Score)));
    }

    [Fact]
    public void A_common_run_on_hundreds_of_pages_still_puts_the_typed_spelling_first()
    {
        string typed = _engine.Normalize("ການປ້ອງກັນໄຟໄໝ້ ຂອງເມືອງ");
        string damaged = _engine.Normalize("ການປອງກັນໄຟໃໝ ຂອງເມືອງ");
        var documents = Enumerable.Range(0, 550).Select(i =>
        {
            string text = i % 50 == 0 ? typed : damaged; // the newest pages are damaged, a few typed ones among them
            return TestCatalog.TextPage($"{i:D64}", $"w{i}.txt", text);
        }).ToList();
        _store.AddBatch(documents);
        var hits = _store.Search(new SearchRequest("\"ປ້ອງກັນໄຟໄໝ້\"", 5));
        Assert.Equal(5, hits.Count);
        Assert.All(hits.Take(5), h => Assert.Equal(0, int.Parse(h.Document.FileName[1..^4]) % 50)); // the typed ones, though older
    }

    public void Dispose()
    {
        _store.Dispose();
        _backend.Dispose();
        _scratch.Dispose();
    }
}

public sealed class SqlitePhraseSearchTests() : PhraseSearchTests(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class PostgresPhraseSearchTests(PostgresServer server) : PhraseSearchTests(new PostgresBackend(server));
