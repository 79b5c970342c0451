using DocPipeline.Hosting;
using DocPipeline.Ocr.Tesseract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Ocr.Tests;

/// <summary>The project's Lao model (tessdata/docpipeline-lao.traineddata) on lines rendered here, in each Lao font, through the pipeline.</summary>
public class ProjectModelTests
{
    [Fact]
    public void The_project_model_is_the_one_the_engine_loads_by_default()
    {
        Assert.Equal(TessdataLocator.ProjectModel, new DocPipelineOptions().OcrLanguage);
        using var services = AppServices.ForVerb(new ConfigurationBuilder().Build());
        Assert.Equal(TessdataLocator.ProjectModel, services.GetRequiredService<TesseractEnginePool>().Language);
        // It ships beside the program, so a machine without the launcher's tessdata/ still finds it.
        string folder = TessdataLocator.Find(null, TessdataLocator.ProjectModel);
        Assert.True(File.Exists(Path.Combine(folder, TessdataLocator.ProjectModel + ".traineddata")));
    }

    [Theory]
    [InlineData("Phetsarath OT")]
    [InlineData("Noto Sans Lao")]
    [InlineData("Noto Sans Lao Bold")]
    [InlineData("Noto Serif Lao")]
    [InlineData("Noto Looped Lao")]
    [InlineData("DejaVu Sans")]
    public void A_line_of_Lao_digits_reads_exactly_in_each_font(string font)
    {
        // Every digit, in the groups a directive writes them: numbers, days, years.
        const string digits = "໐໑໒ ໓໔໕ ໖໗໘ ໙໐ ໒໐໒໔ ໑໙໘໗ ໕໖";
        Assert.Equal(digits, ReadRenderedLine(digits, font));
    }

    // Fonts with a slash and a full stop: text2image leaves out what a font lacks, and the Noto Lao fonts have neither.
    [Theory]
    [InlineData("Phetsarath OT")]
    [InlineData("DejaVu Sans")]
    public void A_reference_number_and_date_in_Lao_digits_read_exactly(string font)
    {
        const string line = "ເລກທີ ໐໔໒/ຄປ.ວຈ ລົງວັນທີ ໒໖ ກັນຍາ ໒໐໑໑";
        Assert.Equal(line, ReadRenderedLine(line, font));
    }

    /// <summary>The line through the whole OCR stage and text chain, as a page of a document would go.</summary>
    private static string ReadRenderedLine(string text, string font)
    {
        using var line = new RenderedLine(text, font);
        using var analyzer = Analyzer.Create();
        return analyzer.Value.Analyze(line.Path).Pages.Single().Text.Trim();
    }
}
