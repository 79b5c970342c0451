using System.Text.Json;
using DocPipeline.Testing;

namespace DocPipeline.Tests;

public class NoiseTests
{
    private const string KhmerParagraph = """
        ក្រសួងអប់រំ យុវជន និងកីឡា បានចេញសេចក្តីណែនាំ ស្តីពីការគ្រប់គ្រងឯកសាររបស់រដ្ឋ
        ដើម្បីធានាការរក្សាទុកឯកសារ ឱ្យបានត្រឹមត្រូវ និងមានសុវត្ថិភាព
        """;

    private const char KhmerKa = '\u1780'; // a Khmer letter OCR put inside a Lao word

    [Fact]
    public async Task Analyze_drops_a_khmer_paragraph_reads_myanmar_digits_and_reports_the_noise()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("export.txt");
        File.WriteAllText(path, $"""
            ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ
            ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ
            ກະຊວງສຶກສາທິການ ແລະ ກິລາ
            ເລກທີ. ၁၂၇/ຄປ.ວຈ
            ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ ၈ ທັນວາ ၂၀၂၃
            ຄຳແນະນຳ
            ວ່າດ້ວຍການຄຸ້ມຄອງເອກະສານຂອງລັດ
            {KhmerParagraph}
            ມາດຕາ 1 ຈຸດປະສົງ
            ຄຳແນະນຳສະບັບນີ້ ກຳນົດຫຼັກການ ແລະ ມາດຕະການ ກ່ຽວກັບການເກັບຮັກສາ{KhmerKa}ເອກະສານ
            """);
        var result = Assert.Single(await Cli.Json("analyze", path, "--json"));

        string text = result.Str("text")!;
        Assert.DoesNotContain(text, c => c is >= '\u1780' and <= '\u17FF');   // no Khmer letters
        Assert.DoesNotContain(text, c => c is >= '\u1040' and <= '\u1049');   // no Myanmar digits
        Assert.Contains("ເລກທີ. 127/ຄປ.ວຈ", text);
        Assert.Contains("ກ່ຽວກັບການເກັບຮັກສາເອກະສານ", text);
        Assert.Equal("127/ຄປ.ວຈ", result.Str("documentNumber"));
        Assert.Equal("2023-12-08", result.Str("documentDate"));

        var noise = result.GetProperty("noise");
        Assert.Equal(2, noise.GetProperty("removedLines").GetInt32());
        Assert.Equal(8, noise.GetProperty("digitsReadAsAscii").GetInt32());
        Assert.False(noise.GetProperty("needsOcrAgain").GetBoolean());
        var positions = noise.GetProperty("positions").EnumerateArray()
            .Select(p => (Page: p.GetProperty("page").GetInt32(), Line: p.GetProperty("line").GetInt32(), Script: p.Str("script"), Action: p.Str("action")))
            .ToList();
        Assert.Contains((1, 8, "Khmer", "line"), positions);
        Assert.Contains((1, 9, "Khmer", "line"), positions);
        Assert.Contains((1, 4, "Myanmar", "digits"), positions);
        Assert.Contains((1, 11, "Khmer", "letters"), positions);
    }

    [Fact]
    public async Task A_text_that_is_mostly_noise_needs_ocr_again()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("khmer.txt");
        File.WriteAllText(path, KhmerParagraph + "\nກະຊວງ\n");
        var result = Assert.Single(await Cli.Json("analyze", path, "--json"));
        Assert.True(result.GetProperty("noise").GetProperty("needsOcrAgain").GetBoolean());
        Assert.Equal("ກະຊວງ", result.Str("text"));
    }
}
