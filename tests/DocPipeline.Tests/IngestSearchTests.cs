using DocPipeline.Testing;

namespace DocPipeline.Tests;

public sealed class IngestSearchTests : IDisposable
{
    private readonly ScratchFolder _data = new();
    private readonly ScratchFolder _input = new();

    private string[] Data(params string[] args) => [.. args, "--data", _data.Path];

    [Fact]
    public async Task Ingested_scans_are_found_by_a_lao_word_and_by_reference_number()
    {
        var ingested = await Cli.Json(Data("ingest", Repo.Corpus("pages"), Repo.Corpus("multipage", "d04-phetsarath-a5.pdf")));
        Assert.Equal(4, ingested.Count);
        Assert.All(ingested, r => Assert.Equal("indexed", r.Str("status")));

        var byWord = await Cli.Json(Data("search", "ງົບປະມານ", "--json"));
        Assert.Equal("d04-phetsarath-a5.pdf", byWord[0].Str("file"));
        Assert.Contains("«ງົບປະມານ»", byWord[0].Str("snippet"));
        Assert.InRange(int.Parse(byWord[0].Str("page")!), 1, 2);

        var byNumber = await Cli.Json(Data("search", "219/ກງ", "--json"));
        Assert.Equal("d04-phetsarath-a5.pdf", byNumber[0].Str("file"));
        Assert.Equal("219/ກງ", byNumber[0].Str("documentNumber"));
        Assert.Equal("2022-05-10", byNumber[0].Str("documentDate"));
        Assert.Equal("ຂໍ້ຕົກລົງ", byNumber[0].Str("documentType"));

        var cited = await Cli.Json(Data("search", "໓໐໓/ນຍ", "--json")); // Lao digits find 303/ນຍ, cited by d01 and d04
        Assert.Contains(cited, h => h.Str("file") == "d04-phetsarath-a5.pdf");
        Assert.Contains(cited, h => h.Str("file") == "d01-phetsarath-300.png");

        var (exit, cite, _) = await Cli.Run(Data("cite", byNumber[0].Str("id")!));
        Assert.Equal(0, exit);
        Assert.Equal("ຂໍ້ຕົກລົງ ຂອງ ກະຊວງການເງິນ ເລກທີ 219/ກງ, ລົງວັນທີ 10 ພຶດສະພາ 2022", cite.Single());
    }

    [Fact]
    public async Task A_document_of_no_known_type_is_cited_by_its_heading_not_by_its_id()
    {
        string file = _input.File("ແຜນການ.txt");
        File.WriteAllText(file, "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ\nສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ\n"
            + "ພະແນກກະສິກຳ ແລະ ປ່າໄມ້\nເລກທີ 205/ພກປ.ລພ\nຫຼວງພະບາງ, ວັນທີ 9 ມັງກອນ 2025\nແຜນການປູກຕົ້ນໄມ້ ປະຈຳປີ 2025\n1. ປູກຕົ້ນໄມ້ 120 ເຮັກຕາ\n");
        string id = (await Cli.Json(Data("ingest", file))).Single().Str("id")!;

        var (exit, cite, _) = await Cli.Run(Data("cite", id, "--page", "1"));
        Assert.Equal(0, exit);
        Assert.Equal("ແຜນການປູກຕົ້ນໄມ້ ປະຈຳປີ 2025 ຂອງ ພະແນກກະສິກຳ ແລະ ປ່າໄມ້ ເລກທີ 205/ພກປ.ລພ, ລົງວັນທີ 09 ມັງກອນ 2025, ໜ້າ 1", cite.Single());
        Assert.Equal("ແຜນການປູກຕົ້ນໄມ້ ປະຈຳປີ 2025", (await Cli.Json(Data("show", id, "--json"))).Single().Str("title"));
    }

    [Fact]
    public async Task The_same_scan_twice_is_a_duplicate()
    {
        string first = _input.File("a.png"), second = _input.File("ສຳເນົາ a.png");
        File.Copy(Repo.Corpus("pages", "d01-phetsarath-300.png"), first);
        File.Copy(first, second);
        var results = await Cli.Json(Data("ingest", first, second));
        Assert.Equal(["indexed", "duplicate"], results.Select(r => r.Str("status")));
        Assert.Equal(results[0].Str("id"), results[1].Str("id"));
        Assert.Contains("a.png", results[1].Str("error"));
    }

    [Fact]
    public async Task Unreadable_files_fail_with_a_reason_and_the_run_goes_on()
    {
        File.WriteAllBytes(_input.File("1-empty.pdf"), []);
        byte[] png = File.ReadAllBytes(Repo.Corpus("pages", "d01-phetsarath-300.png"));
        File.WriteAllBytes(_input.File("2-corrupt.png"), png[..2000]);
        File.WriteAllText(_input.File("3-notes.docx"), "PK not really a document");
        File.Copy(Repo.Corpus("pages", "d01-phetsarath-300.png"), _input.File("4-good.png"));
        var (exit, lines, _) = await Cli.Run(Data("ingest", _input.Path));
        var results = lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(1, exit);
        Assert.Equal(["failed", "failed", "failed", "indexed"], results.Select(r => r.Str("status")));
        Assert.Contains("empty", results[0].Str("error"));
        Assert.Contains("damaged or truncated", results[1].Str("error"));
        Assert.Contains("Unsupported file type", results[2].Str("error"));
        Assert.Null(results[3].Str("error"));
        Assert.True(File.Exists(_input.File("2-corrupt.png")), "a failed input is never deleted");
    }

    [Fact]
    public async Task Hostile_search_input_gives_results_or_none_never_an_error()
    {
        await Cli.Json(Data("ingest", Repo.Corpus("pages", "d01-phetsarath-300.png")));
        foreach (var query in new[] { "\"", "NEAR(a b)", "ກະຊວງ*", "') OR 1=1 --", "<script>alert(1)</script>" })
        {
            var (exit, _, errors) = await Cli.Run(Data("search", query, "--json"));
            Assert.True(exit is 0 or 1, $"{query}: exit {exit} {errors}");
            Assert.Equal("", errors);
        }
    }

    public void Dispose()
    {
        _data.Dispose();
        _input.Dispose();
    }
}
