using DocPipeline.Testing;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Tests;

/// <summary>`edit`, `review` and `audit` on the command line, and what `show`, `cite`, `search` and `reindex` do with a correction.</summary>
public sealed class CorrectionCliTests : IDisposable
{
    private const string Regulation = SampleDirectives.CompanyRegulation;

    private readonly ScratchFolder _data = new();
    private readonly ScratchFolder _input = new();

    private string[] Data(params string[] args) => [.. args, "--data", _data.Path];

    private async Task<string> IngestRegulation()
    {
        File.WriteAllText(_input.File("ກົດລະບຽບ.txt"), Regulation);
        File.WriteAllText(_input.File("d02.txt"), Repo.GroundTruth("d02"));
        var ingested = await Cli.Json(Data("ingest", _input.Path));
        return ingested.Single(r => r.Str("file")!.EndsWith("ກົດລະບຽບ.txt")).Str("id")!;
    }

    [Fact]
    public async Task A_corrected_number_and_date_are_searched_shown_cited_and_kept_by_reindex()
    {
        string id = await IngestRegulation();
        var review = await Cli.Json(Data("review", "--json"));
        Assert.Contains(review.Single(r => r.Str("id") == id).GetProperty("reasons").EnumerateArray(), r => r.Str("code") == "no-date");

        var edited = Assert.Single(await Cli.Json(Data("edit", id, "--number", "໐໐໒໖/ບລພ", "--date", "2023-01-15", "--type", "ກົດລະບຽບ",
            "--issuer", "ບໍລິສັດ ລາວພັດທະນາ ຈຳກັດຜູ້ດຽວ", "--title", "ກົດລະບຽບ ວ່າດ້ວຍ ການນຳໃຊ້ຍານພາຫະນະ")));
        Assert.Equal("0026/ບລພ", edited.Str("documentNumber")); // Lao digits typed, stored as the machine writes numbers
        var number = edited.GetProperty("corrections").EnumerateArray().Single(c => c.Str("field") == "number");
        Assert.Equal("0026/ບລພ", number.Str("value"));
        Assert.NotEqual("0026/ບລພ", number.Str("machineValue"));

        Assert.Equal(id, (await Cli.Json(Data("search", "0026/ບລພ", "--json")))[0].Str("id"));
        string citation = "ກົດລະບຽບ ຂອງ ບໍລິສັດ ລາວພັດທະນາ ຈຳກັດຜູ້ດຽວ ເລກທີ 0026/ບລພ, ລົງວັນທີ 15 ມັງກອນ 2023";
        Assert.Equal(citation, (await Cli.Run(Data("cite", id))).Lines.Single());
        Assert.DoesNotContain(await Cli.Json(Data("review", "--json")), r => r.Str("id") == id);
        Assert.Contains(await Cli.Json(Data("audit", "--json")), e => e.Str("action") == "correct" && e.Str("field") == "date" && e.Str("newValue") == "2023-01-15");

        var (exit, lines, errors) = await Cli.Run(Data("reindex"));
        Assert.True(exit == 0, string.Join('\n', lines) + errors);
        Assert.Equal(citation, (await Cli.Run(Data("cite", id))).Lines.Single());
        Assert.Equal(id, (await Cli.Json(Data("search", "0026/ບລພ", "--json")))[0].Str("id"));
        var shown = Assert.Single(await Cli.Json(Data("show", id, "--json")));
        Assert.Equal("ກົດລະບຽບ ວ່າດ້ວຍ ການນຳໃຊ້ຍານພາຫະນະ", shown.Str("title"));
        Assert.Contains(await Cli.Json(Data("audit", "--json")), e => e.Str("field") == "number"); // the log survives too
    }

    [Fact]
    public async Task Edit_refuses_a_bad_date_an_unknown_option_and_a_missing_document()
    {
        string id = await IngestRegulation();
        var (exit, _, errors) = await Cli.Run(Data("edit", id, "--date", "15/01/2023"));
        Assert.Equal(2, exit);
        Assert.Contains("yyyy-MM-dd", errors);
        (exit, _, errors) = await Cli.Run(Data("edit", id, "--numbr", "1/ກ"));
        Assert.Equal(2, exit);
        Assert.Contains("--numbr", errors);
        (exit, _, errors) = await Cli.Run(Data("edit", "999", "--number", "1/ກ"));
        Assert.Equal(2, exit);
        Assert.Contains("999", errors);
        (exit, _, _) = await Cli.Run(Data("edit", id, "--checked"));
        Assert.Equal(0, exit);
        Assert.Contains(await Cli.Json(Data("audit", "--document", id, "--json")), e => e.Str("action") == "checked");
    }

    [Fact]
    public async Task An_older_catalog_is_refused_and_reindex_upgrades_it()
    {
        string id = await IngestRegulation();
        string catalog = Path.Combine(_data.Path, "catalog.db");
        using (var connection = new SqliteConnection($"Data Source={catalog}"))
        {
            connection.Open();
            using var downgrade = connection.CreateCommand(); // a version 4 catalog: no titles, no staff tables
            downgrade.CommandText = "DROP TABLE corrections; DROP TABLE reviews; DROP TABLE api_tokens; DROP TABLE users; DROP TABLE audit; ALTER TABLE documents DROP COLUMN title; PRAGMA user_version = 4;";
            downgrade.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        var (exit, _, errors) = await Cli.Run(Data("review"));
        Assert.Equal(3, exit);
        Assert.Contains("reindex", errors);
        (exit, _, errors) = await Cli.Run(Data("reindex"));
        Assert.True(exit == 0, errors);
        Assert.Equal(0, (await Cli.Run(Data("edit", id, "--number", "26/ບລພ"))).Exit);
    }

    public void Dispose()
    {
        _data.Dispose();
        _input.Dispose();
    }
}
