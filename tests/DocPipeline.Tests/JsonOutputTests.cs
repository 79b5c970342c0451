using System.Text.Json;
using DocPipeline.Testing;

namespace DocPipeline.Tests;

/// <summary>JSON lines as shell tools read them: valid UTF-8 JSON, Lao letters and quotes as they are.</summary>
public sealed class JsonOutputTests : IDisposable
{
    private readonly ScratchFolder _data = new();
    private readonly ScratchFolder _input = new();

    [Fact]
    public async Task A_file_name_with_quotes_and_lao_letters_round_trips_through_ingest_and_search_unescaped()
    {
        const string name = "ຄຳສັ່ງ 'ທົດລອງ' \"ສະບັບ\" 1.txt";
        File.WriteAllText(_input.File(name), "ກະຊວງການເງິນ\nເລກທີ 77/ກງ\nຄຳສັ່ງ ວ່າດ້ວຍ ການທົດລອງ ລະບົບ ຮວບຮວມ ເອກະສານ\n");
        // JSON requires only the double quotes to be escaped: everything else stays as typed.
        const string inJson = "\"file\":\"ຄຳສັ່ງ 'ທົດລອງ' \\\"ສະບັບ\\\" 1.txt\"";

        var (exit, ingested, errors) = await Cli.Run("ingest", _input.File(name), "--data", _data.Path);
        Assert.True(exit == 0, errors);
        Assert.Contains(inJson, Assert.Single(ingested));
        var (found, hits, _) = await Cli.Run("search", "ຮວບຮວມ", "--json", "--data", _data.Path);
        Assert.Equal(0, found);
        string hit = Assert.Single(hits);
        Assert.Contains(inJson, hit);
        Assert.DoesNotContain("\\u", hit);
        Assert.Equal(name, JsonDocument.Parse(hit).RootElement.GetProperty("file").GetString());
        Assert.Contains("«ຮວບຮວມ»", JsonDocument.Parse(hit).RootElement.GetProperty("snippet").GetString());
    }

    public void Dispose()
    {
        _data.Dispose();
        _input.Dispose();
    }
}
