using DocPipeline.Archive;
using DocPipeline.Archive.Catalog;
using DocPipeline.Archive.Sqlite;
using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;
using DocPipeline.Testing;

namespace DocPipeline.Archive.Tests;

/// <summary>The archive's store on the real engines (Lucene, ICU, and SQLite or PostgreSQL): what search, the graph and the index do, alike on both.</summary>
public abstract class DocumentStoreTests : IDisposable
{
    private protected readonly ScratchFolder _scratch = new();
    private protected readonly LaoTextEngine _engine = new();
    private readonly StoreBackend _backend;
    private readonly CatalogStore _store;

    private protected DocumentStoreTests(StoreBackend backend)
    {
        _backend = backend;
        _store = backend.Open(_scratch.Path, _engine);
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
    [InlineData("042 ຄປວຈ")]
    [InlineData("042 ຄປ.ວຈ")]
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
    [InlineData("{words folded} : ງົບປະມານ")]
    [InlineData("ງົບປະມານ*")]
    [InlineData("^ງົບປະມານ")]
    [InlineData("ງົບປະມານ AND OR NOT")]
    [InlineData("\"\"\"ງົບປະມານ\"\"")]
    [InlineData("«ງົບປະມານ")]
    [InlineData("- -- --- -\"\"")]
    [InlineData("') OR 1=1 --")]
    [InlineData("ງົບ\0ປະມານ\u200B\uFEFF")]
    [InlineData("ງົບ\uE000ປະມານ ງົບປະມານ\uE000")]   // the word-pair joiner typed in a query
    [InlineData("NEAR(\"ງົບ\" \"ປະມານ\", 5) ງົບປະມານແຫ່ງລັດ")]
    public void Hostile_queries_are_taken_literally(string query)
    {
        var hits = _store.Search(new SearchRequest(query));
        Assert.All(hits, h => Assert.Equal("d04.png", h.Document.FileName)); // only the document holding ງົບປະມານ, if anything
        Assert.All(_store.Search(new SearchRequest(query, NewestFirst: true)), h => Assert.Equal("d04.png", h.Document.FileName));
        Assert.All(_store.Facets(new SearchRequest(query)).Type, f => Assert.Equal(1, f.Count));
        Assert.All(_store.Suggest(query), s => Assert.False(char.IsControl(s[0])));
    }

    [Fact]
    public void A_query_of_many_numbers_and_words_is_answered()
    {
        string many = string.Join(' ', Enumerable.Range(1, 400).Select(i => $"{i}/ຄປ.ວຈ ຄຳ{i}"));
        Assert.NotNull(_store.Search(new SearchRequest(many)));
        Assert.NotNull(_store.Facets(new SearchRequest(many)));
    }

    [Fact]
    public void A_very_long_query_is_answered()
    {
        var hits = _store.Search(new SearchRequest(string.Concat(Enumerable.Repeat("ງົບປະມານ ", 2000))));
        Assert.Equal("d04.png", Assert.Single(hits).Document.FileName);
    }

    [Fact]
    public void Quotes_ask_for_words_in_a_row()
    {
        Assert.Equal("d01.png", Assert.Single(_store.Search(new SearchRequest("\"ການຄຸ້ມຄອງເອກະສານ\""))).Document.FileName);
        Assert.Empty(_store.Search(new SearchRequest("\"ເອກະສານການຄຸ້ມຄອງ\"")));
        Assert.Contains(_store.Search(new SearchRequest("ເອກະສານ ການຄຸ້ມຄອງ")), h => h.Document.FileName == "d01.png");
    }

    [Fact]
    public void A_minus_excludes_documents_holding_the_word()
    {
        var all = _store.Search(new SearchRequest("ເອກະສານ")).Select(h => h.Document.FileName).ToList();
        Assert.Contains("d01.png", all);
        var without = _store.Search(new SearchRequest("ເອກະສານ -ຄຸ້ມຄອງ")).Select(h => h.Document.FileName).ToList();
        Assert.DoesNotContain("d01.png", without);
        Assert.Contains("d02.png", without);
        Assert.Empty(_store.Search(new SearchRequest("-ເອກະສານ")));
    }

    [Theory]
    [InlineData("ປີ", new[] { "d03.png", "d04.png" })]   // two characters: under the trigram minimum
    [InlineData("ລັດ", new[] { "d01.png", "d04.png" })]  // one syllable, also inside longer words
    public void Short_lao_queries_work(string query, string[] expected)
    {
        var found = _store.Search(new SearchRequest(query)).Select(h => h.Document.FileName).ToList();
        Assert.All(expected, e => Assert.Contains(e, found));
    }

    [Fact]
    public void Snippets_keep_natural_lao_and_mark_the_matched_words()
    {
        var hit = Assert.Single(_store.Search(new SearchRequest("ງົບປະມານ")));
        Assert.Contains("«ງົບປະມານ»", hit.Snippet);
        string plain = hit.Snippet.Replace("«", "").Replace("»", "").Trim('…');
        Assert.Contains(plain, _engine.Normalize(Repo.GroundTruth("d04")).Replace('\n', ' '));
        Assert.Equal(1, hit.Page);
    }

    [Fact]
    public void A_damaged_word_is_marked_as_the_page_writes_it()
    {
        Add("d05", "ກົມ ຜະແນກ ຫັງສືພິມ ແຈ້ງການ"); // ພ read as ຜ, ໜ as ຫ
        var hit = _store.Search(new SearchRequest("ໜັງສືພິມ")).Single(h => h.Document.FileName == "d05.png");
        Assert.Contains("«ຫັງສືພິມ»", hit.Snippet);
    }

    [Fact]
    public void The_page_that_matched_is_reported()
    {
        string text = _engine.Normalize("ພາກທີ ໜຶ່ງ ແຜນການ");
        string second = _engine.Normalize("ພາກທີ ສອງ ການຈັດສັນງົບປະມານທ້ອງຖິ່ນ ອຸທົກກະໄພ");
        _store.Add(new NewDocument("d06".PadRight(64, '0'), "d06.pdf", "/archive/d06", "pdf", new DirectiveExtractor().Extract(text),
            [new StoredPage(1, text, text, "ocr", 90), new StoredPage(2, second, second, "ocr", 90)], "test", 90));
        var hit = Assert.Single(_store.Search(new SearchRequest("ອຸທົກກະໄພ")));
        Assert.Equal(2, hit.Page);
    }

    [Fact]
    public void The_heading_ranks_above_the_body()
    {
        Add("d07", "ມາດຕາ 1 ເລື່ອງອື່ນ ໂດຍມີການກ່າວເຖິງຊົນລະປະທານ ໃນຕອນທ້າຍ ແລະ ອື່ນໆອີກຫຼາຍຢ່າງ");
        Add("d08", "ເລກທີ 77/ກປ\nວັນທີ 3 ມີນາ 2020\nຄຳສັ່ງ\nວ່າດ້ວຍຊົນລະປະທານ\nມາດຕາ 1 ເລື່ອງອື່ນ");
        Assert.Equal(["d08.png", "d07.png"], _store.Search(new SearchRequest("ຊົນລະປະທານ")).Select(h => h.Document.FileName));
    }

    [Fact]
    public void Correct_spelling_ranks_above_ocr_damage_and_scores_follow_the_order()
    {
        Add("d09", "ກອງປະຊຸມ ພິຈາລະນາ ຮ່າງກົດໝາຍ ວ່າດ້ວຍການປ້ອງກັນໄຟໄໝ້");
        Add("d10", "ກອງປະຊຸມ ຜິຈາລະນາ ຮາງກົດຫາຍ ວາດວຍການປອງກັນໄຟໄຫມ"); // the same, as OCR reads it
        var hits = _store.Search(new SearchRequest("ປ້ອງກັນໄຟໄໝ້"));
        Assert.Equal(["d09.png", "d10.png"], hits.Select(h => h.Document.FileName));
        Assert.True(hits[0].Score > hits[1].Score, $"{hits[0].Score} {hits[1].Score}");
    }

    [Fact]
    public void Filters_by_type_issuer_date_range_and_year()
    {
        Assert.Equal("d02.png", Assert.Single(_store.Search(new SearchRequest("ເອກະສານ", Type: "ຄຳສັ່ງ"))).Document.FileName);
        Assert.DoesNotContain(_store.Search(new SearchRequest("ເອກະສານ", From: new DateOnly(2024, 1, 1))), h => h.Document.FileName == "d01.png");
        Assert.Equal("d03.png", Assert.Single(_store.Search(new SearchRequest("ເອກະສານ", From: new DateOnly(2021, 1, 1), To: new DateOnly(2021, 12, 31)))).Document.FileName);
        Assert.Equal("d01.png", Assert.Single(_store.Search(new SearchRequest("ເອກະສານ", Issuer: "ກະຊວງສຶກສາທິການ"))).Document.FileName);
        Assert.Equal("d01.png", Assert.Single(_store.Search(new SearchRequest("042/ຄປ.ວຈ", To: new DateOnly(2023, 12, 31)))).Document.FileName);
        Assert.Empty(_store.Search(new SearchRequest("ເອກະສານ", Type: "ມະຕິ")));
    }

    [Fact]
    public void Facets_count_the_documents_found_by_type_issuer_and_year()
    {
        var found = _store.Search(new SearchRequest("ເອກະສານ", 100));
        var facets = _store.Facets(new SearchRequest("ເອກະສານ"));
        foreach (var (counts, value) in new (IReadOnlyList<FacetCount>, Func<DocumentSummary, string?>)[]
                 { (facets.Type, d => d.Type), (facets.Issuer, d => d.Issuer), (facets.Year, d => d.Date?.Year.ToString()) })
        {
            var expected = found.Select(h => value(h.Document)).OfType<string>().GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
            Assert.NotEmpty(expected);
            Assert.Equal(expected, counts.ToDictionary(c => c.Value, c => c.Count));
        }
        var narrowed = _store.Facets(new SearchRequest("ເອກະສານ", Type: "ຄຳສັ່ງ"));
        Assert.Equal([new FacetCount("ຄຳສັ່ງ", 1)], narrowed.Type);
        Assert.Equal(SearchFacets.None, _store.Facets(new SearchRequest("\"")));
    }

    [Fact]
    public void Sorted_by_date_every_document_found_comes_newest_first()
    {
        var byRelevance = _store.Search(new SearchRequest("ເອກະສານ", 100));
        var byDate = _store.Search(new SearchRequest("ເອກະສານ", 100, NewestFirst: true));
        Assert.Equal(byRelevance.Select(h => h.Document.Id).Order(), byDate.Select(h => h.Document.Id).Order());
        var dates = byDate.Select(h => h.Document.Date ?? DateOnly.MinValue).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.True(dates.Distinct().Count() > 1);
    }

    [Fact]
    public void Related_directives_share_references_or_wording_and_leave_the_document_out()
    {
        var d01 = _store.Search(new SearchRequest("042/ຄປ.ວຈ"))[0].Document;
        var d02 = _store.Search(new SearchRequest("157/ຄຈສກ"))[0].Document;
        var related = _store.Related(d02.Id);
        Assert.Equal(d01.Id, related[0].Id); // d02 cites d01's number
        Assert.DoesNotContain(related, r => r.Id == d02.Id);
        Assert.Contains(_store.Related(d01.Id), r => r.Id == d02.Id);
        Assert.Empty(_store.Related(999_999));
    }

    [Fact]
    public void Suggestions_complete_from_the_index_issuers_numbers_and_words()
    {
        Assert.Contains("ກະຊວງສຶກສາທິການ ແລະ ກິລາ", _store.Suggest("ກະຊວງສຶກ"));
        Assert.Contains("42/ຄປວຈ", _store.Suggest("042/ຄປ.ວ")); // the number's key, which search reads like the number
        Assert.Equal("d01.png", _store.Search(new SearchRequest(_store.Suggest("042/ຄປ.ວ")[0]))[0].Document.FileName);
        Assert.Contains("ງົບປະມານ", _store.Suggest("ງົບ"));
        Assert.All(_store.Suggest("ກ", 50), s => Assert.False(char.IsControl(s[0])));
        Assert.Empty(_store.Suggest("  "));
        Assert.Empty(_store.Suggest(""));
    }

    [Fact]
    public void A_document_is_searchable_as_soon_as_it_is_stored_and_after_reopening()
    {
        Add("d13", "ແຈ້ງການ ກ່ຽວກັບ ອຸທົກກະໄພ ໃນແຂວງ");
        Assert.Single(_store.Search(new SearchRequest("ອຸທົກກະໄພ")));
        _store.Dispose();
        using var reopened = _backend.Open(_scratch.Path, _engine);
        Assert.Single(reopened.Search(new SearchRequest("ອຸທົກກະໄພ")));
        Assert.Equal(reopened.Count(), reopened.IndexedCount());
    }

    [Fact]
    public void An_index_lost_or_behind_the_catalog_catches_up_when_the_store_opens()
    {
        _store.Dispose();
        Directory.Delete(_scratch.File("catalog.lucene"), recursive: true); // as if killed before the index was ever written
        using var reopened = _backend.Open(_scratch.Path, _engine);
        Assert.Equal(4, reopened.IndexedCount());
        Assert.Equal("d04.png", Assert.Single(reopened.Search(new SearchRequest("ງົບປະມານ"))).Document.FileName);
    }

    [Fact]
    public void An_index_whose_terms_an_older_analysis_made_is_built_again_when_the_store_opens()
    {
        _store.Dispose();
        // As an index of the version before: its terms gone (it lacks what queries now ask for), its commit still claiming every change.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(_scratch.File("catalog.lucene")))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
        {
            var committed = new Dictionary<string, string>(writer.CommitData) { ["analysis"] = "1" };
            writer.DeleteAll();
            writer.SetCommitData(committed);
            writer.Commit();
        }
        using var reopened = _backend.Open(_scratch.Path, _engine);
        Assert.Equal(4, reopened.IndexedCount());
        Assert.Equal("d04.png", Assert.Single(reopened.Search(new SearchRequest("ງົບປະມານ"))).Document.FileName);
    }

    [Fact]
    public void An_ocr_damaged_issuer_code_is_found_below_the_exact_number()
    {
        Add("d11", "ກະຊວງສຶກສາທິການ ແລະ ກິລາ\nເລກທີ 042/ດປ.ວວ\nວັນທີ 8 ທັນວາ 2023\nຄຳແນະນຳ"); // ຄ read as ດ, ຈ as ວ
        var files = _store.Search(new SearchRequest("042/ຄປ.ວຈ")).Select(h => h.Document.FileName).ToList();
        Assert.Equal("d01.png", files[0]);
        Assert.Equal("d11.png", files[1]);
        Assert.Contains("d02.png", files);
    }

    [Fact]
    public void An_ocr_damaged_citation_links_under_the_folded_key()
    {
        Add("d12", "ເລກທີ 5/ສພ\nວັນທີ 1 ມັງກອນ 2024\nແຈ້ງການ\n- ອີງຕາມ ຄຳແນະນຳ ເລກທີ 042/ຄປ.ວນ, ລົງວັນທີ 8 ທັນວາ 2023"); // as OCR read d02
        var d01 = _store.Search(new SearchRequest("042/ຄປ.ວຈ"))[0].Document;
        var d12 = _store.Search(new SearchRequest("5/ສພ"))[0].Document;
        var link = Assert.Single(_store.Cites(d12.Id));
        Assert.Equal((d01.Id, true), (link.DocumentId, link.Folded));
        Assert.Contains(_store.CitedBy(d01.Id), d => d.Id == d12.Id);
    }

    [Fact]
    public void A_batch_keeps_each_document_whole_and_skips_content_already_archived()
    {
        string text = _engine.Normalize("ແຈ້ງການ ກ່ຽວກັບ ວັນພັກ");
        NewDocument Doc(string sha) => TestCatalog.TextPage(sha.PadRight(64, '0'), sha + ".txt", text);
        var ids = _store.AddBatch([Doc("e1"), Doc("d01"), Doc("e2")]);
        Assert.NotNull(ids[0]);
        Assert.Null(ids[1]);
        Assert.NotNull(ids[2]);
        Assert.Equal(2, _store.Search(new SearchRequest("ວັນພັກ")).Count);
        Assert.Equal(6, _store.Count());
    }

    [Fact]
    public void A_given_id_is_kept_so_links_survive_a_reindex()
    {
        string text = _engine.Normalize("ແຈ້ງການ ກ່ຽວກັບ ວັນພັກ");
        long id = _store.Add(TestCatalog.TextPage("f1".PadRight(64, '0'), "f1.txt", text) with { Id = 4242, AddedAt = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero) });
        Assert.Equal(4242, id);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), _store.Get(4242)!.AddedAt);
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
        _backend.Dispose();
        _scratch.Dispose();
    }
}

public sealed class SqliteDocumentStoreTests() : DocumentStoreTests(new SqliteBackend())
{
    [Fact]
    public void A_catalog_of_an_older_index_version_asks_for_reindex()
    {
        string path = _scratch.File("old.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE documents (id INTEGER PRIMARY KEY)";
            command.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var e = Assert.Throws<CatalogOutdatedException>(() => TestCatalog.Open(path, _engine));
        Assert.Contains("reindex", e.Message);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDocumentStoreTests(PostgresServer server) : DocumentStoreTests(new PostgresBackend(server));
