using DocPipeline.Archive.Sqlite;
using DocPipeline.Lao.Text;
using DocPipeline.Testing;

namespace DocPipeline.Archive.Tests;

public sealed class TrigramsTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    [Fact]
    public void A_run_has_a_trigram_at_every_offset_case_folded()
    {
        Assert.Equal([(0, "abc"), (1, "bcd")], Trigrams.Of("ABcd"));
        Assert.Empty(Trigrams.Of("ກາ"));
        Assert.Equal(new HashSet<string> { "ການ", "ານຂ", "ນຂອ", "ຂອງ", "ອງກ", "ງກາ" }, Trigrams.DistinctKeys("ການຂອງການຂອງ").Select(Trigrams.FromKey).ToHashSet());
    }

    [Fact]
    public void A_long_run_is_asked_by_the_rarest_trigram_of_each_third()
    {
        string run = "abcdefghijk"; // abc bcd cde | def efg fgh | ghi hij ijk
        var pages = Trigrams.Of(run).ToDictionary(t => t.Trigram, t => 100L);
        (pages["bcd"], pages["efg"], pages["ijk"]) = (5, 7, 3);
        var rarest = Trigrams.RarestOfEachPart(Trigrams.Of(run).ToList(), pages)!.Value;
        Assert.Equal(["bcd", "efg", "ijk"], rarest.Trigrams);
        Assert.Equal(7, rarest.Span); // from offset 1 to offset 8
        pages.Remove("cde");
        Assert.Null(Trigrams.RarestOfEachPart(Trigrams.Of(run).ToList(), pages)); // a trigram no page holds: no page holds the run
    }

    [Fact]
    public void The_catalog_counts_the_pages_holding_each_trigram_and_a_substring_is_found_through_them()
    {
        var engine = new LaoTextEngine();
        using var store = TestCatalog.Open(_scratch.File("catalog.db"), engine);
        NewDocument Doc(string sha, string text) => TestCatalog.TextPage(sha.PadLeft(64, '0'), sha + ".txt", text);
        store.AddBatch([Doc("1", "ງົບປະມານແຂວງ"), Doc("2", "ງົບປະມານເມືອງ"), Doc("1", "ງົບປະມານແຂວງ")]); // the third is the first again
        using (var connection = store.Open())
        {
            using var command = SqliteDocumentStore.Command(connection, "SELECT pages FROM trigram_pages WHERE trigram = $t", ("$t", "ມານ"));
            Assert.Equal(2L, command.ExecuteScalar());
            command.Parameters["$t"].Value = "ຂວງ";
            Assert.Equal(1L, command.ExecuteScalar());
        }
        // Damage that glues the words differently leaves the folded run: found by the substring tier, checked against the text.
        Assert.Equal(["1.txt"], store.Search(new SearchRequest("ປະມານແຂວງ")).Select(h => h.Document.FileName));
        Assert.Empty(store.Search(new SearchRequest("ປະມານແຂວງເມືອງ")));
    }

    public void Dispose() => _scratch.Dispose();
}
