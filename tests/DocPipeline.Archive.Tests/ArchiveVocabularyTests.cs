using DocPipeline.Archive.Catalog;
using DocPipeline.Archive.Sqlite;
using DocPipeline.Lao.Text;
using DocPipeline.Testing;

namespace DocPipeline.Archive.Tests;

/// <summary>Types, issuer codes and issuers learned from a real catalog: what two documents hold, not what one read once.</summary>
public sealed class ArchiveVocabularyTests : IDisposable
{
    private const string Motto = "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ\nສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ\n";
    private readonly ScratchFolder _scratch = new();
    private readonly LaoTextEngine _engine = new();

    [Fact]
    public void Learns_what_two_documents_hold_and_reads_it_in_the_next_one()
    {
        string path = _scratch.File("catalog.db");
        using (var store = TestCatalog.Open(path, _engine))
        {
            Add(store, "a", "ບໍລິສັດ ພູສີ ຈຳກັດ\nເລກທີ 0026/ພສກ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 14 ກໍລະກົດ 2025\nກົດລະບຽບ\nວ່າດ້ວຍການນຳໃຊ້ພາຫະນະ\n");
            Add(store, "b", "ບໍລິສັດ ພູສີ ຈຳກັດ\nເລກທີ 0031/ພສກ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 2 ສິງຫາ 2025\nກົດລະບຽບ\nວ່າດ້ວຍການພັກຜ່ອນ\n");
            Add(store, "c", "ບໍລິສັດ ດາວ ຈຳກັດ\nເລກທີ 0007/ດວກ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 2 ສິງຫາ 2025\nໃບແຈ້ງການ\nເຖິງ: ພະນັກງານ\n");
        }
        var (types, codes, issuers) = ArchiveVocabulary.Read(path);
        Assert.Equal(["ກົດລະບຽບ"], types);
        Assert.Equal(["ພສກ"], codes);
        Assert.Equal(["ບໍລິສັດ ພູສີ ຈຳກັດ"], issuers);

        var facts = ArchiveVocabulary.Extractor(path).Extract(_engine.Normalize(
            Motto + "ບໍລິສັດ ພູສີ ຈຳກັດ\nເລກທີ 0040/ພສກ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 9 ກັນຍາ 2025\nແຈ້ງການ\n- ອີງຕາມ ກົດລະບຽບ ເລກທີ 0031/ພສຖ, ລົງວັນທີ 2 ສິງຫາ 2025\n"));
        var reference = Assert.Single(facts.References);
        Assert.Equal(("0031/ພສກ", "ກົດລະບຽບ"), (reference.Number, reference.Type));

        // The learned issuer read through a look-alike letter (ພ read as ຜ).
        Assert.Equal("ບໍລິສັດ ພູສີ ຈຳກັດ", ArchiveVocabulary.Extractor(path).Extract(_engine.Normalize(
            Motto + "ບໍລິສັດ ຜູສີ ຈຳກັດ\nເລກທີ 0041/ພສກ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 9 ກັນຍາ 2025\nແຈ້ງການ\n")).Issuer);
    }

    [Fact]
    public void No_catalog_learns_nothing() =>
        Assert.Equal(([], [], []), ArchiveVocabulary.Read(_scratch.File("none.db")));

    private void Add(SqliteDocumentStore store, string name, string body) =>
        store.Add(TestCatalog.TextPage(name.PadRight(64, '0'), name + ".txt", _engine.Normalize(Motto + body)));

    public void Dispose() => _scratch.Dispose();
}
