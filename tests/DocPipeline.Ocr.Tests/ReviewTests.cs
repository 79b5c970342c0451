using DocPipeline.Testing;

namespace DocPipeline.Ocr.Tests;

/// <summary>Each OCR'd page keeps its confidence; pages under DocPipeline:ReviewConfidence are listed for review.</summary>
public class ReviewTests
{
    [Fact]
    public void A_degraded_page_is_flagged_for_review_and_a_clean_one_is_not()
    {
        using var analyzer = Analyzer.Create();
        // Noto Serif Lao (a font the model was not trained on), the tuning part's worst prose page: about 8% CER. (The
        // uneven, low-contrast d06 page was this test's until the stage-2 model read it at 6% CER, confidence 76.)
        var degraded = analyzer.Value.Analyze(Repo.Corpus("pages", "d03-notoserif-300.jpg"));
        var clean = analyzer.Value.Analyze(Repo.Corpus("scans", "d05-phetsarath-300-clean.png"));
        int low = Assert.Single(degraded.Pages).Confidence!.Value, high = Assert.Single(clean.Pages).Confidence!.Value;
        Assert.True(low < 75 && high >= 80, $"confidence degraded {low}, clean {high}");
        Assert.Equal([1], degraded.Ocr!.PagesForReview);
        Assert.Empty(clean.Ocr!.PagesForReview);
    }

    [Fact]
    public void The_review_threshold_comes_from_the_options()
    {
        using var analyzer = Analyzer.Create(new() { ["DocPipeline:ReviewConfidence"] = "90" });
        var clean = analyzer.Value.Analyze(Repo.Corpus("scans", "d05-phetsarath-300-clean.png"));
        Assert.Equal([1], clean.Ocr!.PagesForReview);
    }
}
