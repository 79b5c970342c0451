using DocPipeline.Lao.Quality;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Tesseract;
using DocPipeline.Testing;

namespace DocPipeline.Ocr.Tests;

public class TesseractEngineTests
{
    [Fact]
    public void Reads_a_rendered_lao_page()
    {
        string path = Repo.Corpus("pages", "d01-phetsarath-300.png");
        using var engine = new TesseractEngine(TessdataLocator.Find(null, "lao"), "lao");
        using var page = (ImagePage)new PageReader(new PageLimits()).Read(path, FileKind.Png).Single();
        var result = engine.Recognize(page.Image, TimeSpan.FromMinutes(2));
        Assert.Contains("ກະຊວງສຶກສາທິການ", result.Text);
        Assert.InRange(result.MeanConfidence, 60, 100);
        Assert.True(CharacterErrorRate.Of(result.Text, Repo.GroundTruth("d01")) < 0.10);
    }

    [Fact]
    public void One_engine_reads_page_after_page()
    {
        using var pool = new TesseractEnginePool(TessdataLocator.Find(null, "lao"), "lao");
        var pages = new PageReader(new PageLimits()).Read(Repo.Corpus("multipage", "d04-phetsarath-a5.tif"), FileKind.Tiff).Cast<ImagePage>().ToList();
        var texts = pages.Select(p => pool.Use(e => e.Recognize(p.Image, TimeSpan.FromMinutes(2)).Text)).ToList();
        pages.ForEach(p => p.Dispose());
        Assert.Contains("ກະຊວງການເງິນ", texts[0]);
        Assert.DoesNotContain("ມາດຕາ 5", texts[0]);
        Assert.Contains("ມາດຕາ 5", texts[1]);
    }

    [Fact]
    public void A_missing_model_is_a_setup_error_that_says_what_to_install()
    {
        var e = Assert.Throws<OcrUnavailableException>(() => TessdataLocator.Find("/nonexistent", "xyz"));
        Assert.Contains("apt-get install", e.Message);
    }
}
