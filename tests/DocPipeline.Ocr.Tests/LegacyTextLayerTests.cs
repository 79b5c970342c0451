using DocPipeline.Lao.Quality;
using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Intake;
using DocPipeline.Pipeline;
using DocPipeline.Testing;
using Xunit.Abstractions;

namespace DocPipeline.Ocr.Tests;

/// <summary>A PDF printed from a document typed in Saysettha Lao keeps its text layer, decoded, instead of being OCR'd.</summary>
public class LegacyTextLayerTests(ITestOutputHelper log)
{
    private static readonly Lazy<Lexicon> Lexicon = new(() => new Lexicon(LexiconFile.Read("/usr/share/hunspell/lo_LA.dic")));

    private static readonly string[] Intended =
    [
        "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ",
        "ກະຊວງການເງິນ ເລກທີ 042/ກງ",
        "ວ່າດ້ວຍການຄຸ້ມຄອງເອກະສານຂອງລັດ",
        "ກົມຄຸ້ມຄອງເອກະສານ ນະຄອນຫຼວງວຽງຈັນ",
    ];

    /// <summary>Line 1 mixed (Unicode, then the last word in the legacy font), line 2 Unicode, lines 3–4 legacy throughout.</summary>
    private static PdfRun[][] Lines =>
    [
        [new("ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ", false), new(LegacyLao.AsSaysetthaLao("ວັດທະນະຖາວອນ"), true)],
        [new(Intended[1], false)],
        [new(LegacyLao.AsSaysetthaLao(Intended[2]), true)],
        [new(LegacyLao.AsSaysetthaLao(Intended[3]), true)],
    ];

    [Fact]
    public void A_legacy_font_text_layer_is_decoded_kept_and_not_ocrd()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("printed.pdf");
        LegacyFontPdf.Write(path, Lines);
        var reader = new PageReader(new PageLimits(), new TextLayerQuality(Lexicon.Value.KnownShare));
        var page = Assert.IsType<TextPage>(Assert.Single(reader.Read(path, FileKind.Pdf)));
        log.WriteLine(page.TextLayer!.Reason);
        log.WriteLine(page.Text);
        Assert.True(page.TextLayer.Keep);
        Assert.Contains("legacy LSWin fonts decoded", page.TextLayer.Reason);
        var lines = page.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToList();
        Assert.Equal(Intended, lines);
        int legacyLetters = string.Concat(Intended[2], Intended[3], "ວັດທະນະຖາວອນ").Count(c => c != ' ');
        Assert.Equal(legacyLetters, Assert.Single(page.Decoded).Characters);
    }

    [Fact]
    public void Under_an_unknown_font_name_the_layer_is_recognised_by_its_letters_kept_and_decoded_in_the_noise_report()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("printed-unknown-font.pdf");
        LegacyFontPdf.Write(path, Lines, legacyFontName: "DejaVuSans");
        using var analyzer = Analyzer.Create();
        var analysis = analyzer.Value.Analyze(path);
        var page = Assert.Single(analysis.Pages);
        log.WriteLine(page.TextLayer);
        Assert.Equal("pdf-text-layer", page.Origin);
        Assert.Null(page.Decoded);
        Assert.Equal(Intended, page.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        Assert.Equal(string.Concat(Intended[2], Intended[3], "ວັດທະນະຖາວອນ").Count(c => c != ' '), analysis.Noise.DecodedCharacters);
        Assert.All(analysis.Noise.Positions, p => Assert.Equal(("LSWin", "decoded"), (p.Script, p.Action)));
    }

    [Fact]
    public void A_legacy_layer_without_any_unicode_lao_or_font_name_is_ocrd()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("printed-all-legacy.pdf");
        LegacyFontPdf.Write(path, [Lines[2], Lines[3], Lines[2]], legacyFontName: "DejaVuSans");
        var reader = new PageReader(new PageLimits(), new TextLayerQuality(Lexicon.Value.KnownShare));
        using var page = Assert.Single(reader.Read(path, FileKind.Pdf));
        log.WriteLine(page.TextLayer!.Reason);
        Assert.IsType<ImagePage>(page);
        Assert.Contains("Latin", page.TextLayer.Reason);
    }
}
