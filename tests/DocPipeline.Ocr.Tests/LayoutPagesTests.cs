using DocPipeline.Testing;

namespace DocPipeline.Ocr.Tests;

/// <summary>Pages of the layout corpus (corpus/make-layouts.sh) through the whole OCR stage.</summary>
public class LayoutPagesTests
{
    [Fact]
    public void The_issuer_block_is_read_before_the_number_block_beside_it()
    {
        using var analyzer = Analyzer.Create();
        var analysis = analyzer.Value.Analyze(Repo.Corpus("layout", "scans", "l01-phetsarath-300-noise.jpg"));
        var lines = analysis.Text.Split('\n').ToList();
        int issuer = lines.FindIndex(l => l.Contains("ກະຊວງກະສິກຳ")), department = lines.FindIndex(l => l.Contains("ກົມປູກຝັງ"));
        int number = lines.FindIndex(l => l.Contains("ເລກທີ"));
        Assert.True(issuer >= 0 && department > issuer && number > department, analysis.Text);
        Assert.DoesNotContain("ເລກທີ", lines[issuer]);
        Assert.Equal("045/ກປ", analysis.Facts.DocumentNumber);
    }

    [Fact]
    public void A_table_is_read_row_by_row_inside_its_grid()
    {
        using var analyzer = Analyzer.Create();
        var analysis = analyzer.Value.Analyze(Repo.Corpus("layout", "scans", "l03-phetsarath-300-noise.jpg"));
        var row = analysis.Text.Split('\n').SingleOrDefault(l => l.Contains("ຄ່າພິມເອກະສານ"));
        Assert.NotNull(row);
        Assert.Contains("45", row);
        Assert.Contains("Amount", analysis.Text);
    }
}
