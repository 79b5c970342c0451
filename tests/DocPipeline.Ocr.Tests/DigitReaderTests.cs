using DocPipeline.Lao.Quality;
using DocPipeline.Ocr.Digits;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Tesseract;
using DocPipeline.Testing;

namespace DocPipeline.Ocr.Tests;

public class DigitReaderTests
{
    [Fact]
    public void Every_glyph_sheet_has_the_digits_in_order()
    {
        var reader = DigitReader.FromSheets(DigitReader.DefaultSheets);
        foreach (string sheet in Directory.GetFiles(DigitReader.DefaultSheets, "*.png"))
            Assert.Equal(DigitReader.SheetCharacters.Length, DigitReader.ReadSheet(sheet).Count);
        Assert.NotNull(reader);
    }

    [Theory]
    [InlineData("phetsarathot-12.png")]
    [InlineData("notosanslao-14.png")]
    [InlineData("notoseriflao-10.png")]
    public void Reads_digits_of_a_size_it_was_not_shown(string heldOut)
    {
        var others = Directory.GetFiles(DigitReader.DefaultSheets, "*.png").Where(f => Path.GetFileName(f) != heldOut);
        var reader = DigitReader.FromSheetFiles(others);
        var read = DigitReader.ReadSheet(Path.Combine(DigitReader.DefaultSheets, heldOut)).Select(g => reader.Classify(g).Character);
        // Values must all be right; ໐ and 0 may swap scripts, which OneScript settles within a number.
        Assert.Equal(Lao.Text.Digits.ToAscii(DigitReader.SheetCharacters), Lao.Text.Digits.ToAscii(string.Concat(read)));
    }

    [Theory]
    [InlineData("໑໓", "໙໓", true)]           // the model's Lao digits, as many as the templates found: kept
    [InlineData("໑໒໑/ປທ,", "929", true)]
    [InlineData("໑໓,", "໙໓", true)]
    [InlineData("໐໒໔", "໒໐໒໔", false)]       // the model dropped a digit: the templates' reading
    [InlineData("6໑໒໐", "໒໑໒໐", false)]      // an Arabic digit in a Lao number
    [InlineData("ຜີ", "໖", false)]            // letters
    [InlineData("13", "໑໓", false)]
    public void The_model_s_Lao_digits_stand_when_the_templates_find_as_many(string read, string templates, bool kept) =>
        Assert.Equal(kept, DigitWords.ModelReadAsMany(read, templates));

    [Fact]
    public void A_number_keeps_one_script()
    {
        Assert.Equal("໒໐໑໑", DigitReader.OneScript("໒0໑໑"));
        Assert.Equal("2023", DigitReader.OneScript("20໒3"));
        // Zeros do not vote (Phetsarath's ໐ and 0 are nearly alike); a tie goes to Lao.
        Assert.Equal("໒໐໒໐", DigitReader.OneScript("໒0໒0"));
        Assert.Equal("໓໐", DigitReader.OneScript("໓0"));
        Assert.Equal("00", DigitReader.OneScript("00"));
    }

    [Fact]
    public void Reads_lao_digit_reference_numbers_and_dates_on_a_rendered_page()
    {
        string path = Repo.Corpus("scans", "d05-phetsarath-300-clean.png");
        using var engine = new TesseractEngine(TessdataLocator.Find(null, "lao"), "lao");
        using var page = (ImagePage)new PageReader(new PageLimits()).Read(path, FileKind.Png).Single();
        var raw = engine.Recognize(page.Image, TimeSpan.FromMinutes(2));
        var revised = new DigitWords(DigitReader.FromSheets(DigitReader.DefaultSheets)).Revise(raw, page.Image);
        Assert.DoesNotContain("ເລກທີ ໐໘໗/ສທ", raw.Text);
        Assert.Contains("ເລກທີ ໐໘໗/ສທ", revised.Text);
        Assert.Contains("ວັນທີ ໑໙ ເມສາ ໒໐໒໓", revised.Text);
        Assert.Contains("ເລກທີ ໓໐໓/ນຍ", revised.Text);
        double before = CharacterErrorRate.Of(raw.Text, Repo.GroundTruth("d05")), after = CharacterErrorRate.Of(revised.Text, Repo.GroundTruth("d05"));
        Assert.True(after < before / 2, $"CER {before:0.000} → {after:0.000}");
    }

    [Fact]
    public void Splits_digits_that_blur_has_joined_on_a_200_dpi_page()
    {
        // At 200 dpi with blur, ໒໔ and ໓/ touch: one connected blob each, which only splitting reads.
        string path = Repo.Corpus("scans", "d06-phetsarath-200-blur.png");
        using var engine = new TesseractEngine(TessdataLocator.Find(null, "lao"), "lao");
        using var page = (ImagePage)new PageReader(new PageLimits()).Read(path, FileKind.Png).Single();
        var revised = new DigitWords(DigitReader.FromSheets(DigitReader.DefaultSheets)).Revise(engine.Recognize(page.Image, TimeSpan.FromMinutes(2)), page.Image);
        Assert.Contains("໒໔໖໘/ກປ", revised.Text); // Tesseract reads the word before as ເລກທິ
        Assert.Contains("ເລກທີ ໕໙໓/ກຊປ", revised.Text);
        Assert.Contains("໗ ສິງຫາ ໒໐໒໔", revised.Text);
    }
}
