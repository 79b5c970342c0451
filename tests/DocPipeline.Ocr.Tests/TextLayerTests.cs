using DocPipeline.Lao.Quality;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages;
using DocPipeline.Pipeline;
using DocPipeline.Testing;
using Xunit.Abstractions;

namespace DocPipeline.Ocr.Tests;

/// <summary>PDF text layers: kept when they are good Lao, the page OCR'd when not, and the reason said per page.</summary>
public class TextLayerTests(ITestOutputHelper log)
{
    private static readonly Lazy<Lexicon> Lexicon = new(() => new Lexicon(LexiconFile.Read("/usr/share/hunspell/lo_LA.dic")));
    private static TextLayerQuality Quality => new(Lexicon.Value.KnownShare);

    [Fact]
    public void Lao_prose_is_kept_and_mostly_in_known_words()
    {
        foreach (string source in new[] { "d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08" })
        {
            string truth = Repo.GroundTruth(source);
            var verdict = Quality.Judge(truth);
            log.WriteLine($"{source}: {verdict.Reason}");
            Assert.True(verdict.Keep, $"{source}: {verdict.Reason}");
        }
    }

    [Fact]
    public void Foreign_script_garbage_and_scrambled_layers_are_not_kept()
    {
        string truth = Repo.GroundTruth("d05");
        var english = Quality.Judge("srwmasusan Usawiustn Uvewuaio AuUcww cansai Usewiusto cansww Sansuspiweu candi ogn/ain");
        Assert.False(english.Keep);
        Assert.Contains("Latin", english.Reason);
        var khmer = Quality.Judge("សេចក្តីណែនាំ ស្តីពីការគ្រប់គ្រងឯកសារ របស់ក្រសួង ក្នុងឆ្នាំ ២០២៣");
        Assert.False(khmer.Keep);
        Assert.Contains("Khmer", khmer.Reason);
        // The same Lao letters in a scrambled order (a broken font encoding's reordering): Lao, but not words.
        string scrambled = string.Concat(truth.Where(c => !char.IsWhiteSpace(c)).Select((c, i) => (c, k: i * 7919 % 1009)).OrderBy(p => p.k).Select(p => p.c));
        var far = Quality.Judge(scrambled);
        log.WriteLine($"scrambled: {far.Reason}");
        Assert.False(far.Keep);
        Assert.Contains("lexicon", far.Reason);
        var broken = Quality.Judge(truth[..200] + new string('\uFFFD', 40));
        Assert.False(broken.Keep);
        Assert.Contains("garbage", broken.Reason);
        Assert.Equal("no text layer", Quality.Judge(" \n\f").Reason);
    }

    [Fact]
    public void A_typeset_pdf_keeps_its_lao_text_layer()
    {
        var page = Assert.Single(new PageReader(new PageLimits(), Quality).Read(Repo.Corpus("multipage", "d07-phetsarath-textlayer.pdf"), FileKind.Pdf));
        var text = Assert.IsType<TextPage>(page);
        Assert.True(text.TextLayer!.Keep);
        Assert.Contains("ເລກທີ ໓໖໑/ຈຂ.ລພ", text.Text);
    }

    [Fact]
    public void A_scan_under_an_english_ocr_layer_is_ocrd_again_and_says_why()
    {
        using var analyzer = Analyzer.Create();
        var analysis = analyzer.Value.Analyze(Repo.Corpus("multipage", "d05-phetsarath-englayer.pdf"));
        var page = Assert.Single(analysis.Pages);
        Assert.Equal("ocr", page.Origin);
        Assert.Contains("mostly Latin letters", page.TextLayer);
        Assert.Equal("087/ສທ", Lao.Text.Digits.ToAscii(analysis.Facts.DocumentNumber!));
    }
}
