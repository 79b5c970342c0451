using DocPipeline.Ocr.Digits;
using DocPipeline.Ocr.Preprocessing;
using DocPipeline.Ocr.Tesseract;
using static DocPipeline.Ocr.Tests.PageAnalysisTests;

namespace DocPipeline.Ocr.Tests;

/// <summary>Small print measured and enlarged, on pages of letter-like blocks drawn here, through Leptonica.</summary>
public class SmallPrintTests
{
    // Rows of "letters": blocks LETTER pixels tall and as wide, a letter's width apart.
    private static bool Letter(int x, int y, int letter) => y % (letter * 3) < letter && x % (letter * 2) < letter && y > letter && x > letter;

    [Fact]
    public void Letters_ten_pixels_tall_are_measured_and_the_page_enlarged_twice()
    {
        using var page = Image(600, 800, 1, (x, y) => [(byte)(Letter(x, y, 10) && y < 700 ? 20 : 245)], dpi: 100);
        Assert.Equal(10, LetterHeight.Of(page));
        var enlarged = SmallPrint.Enlarge(page);
        Assert.NotNull(enlarged);
        using var big = enlarged.Value.Image;
        Assert.Equal(2, enlarged.Value.Factor);
        Assert.Equal((1200, 1600, 200), (big.Width, big.Height, big.Resolution));
        var gray = GrayImage.Of(big);
        Assert.InRange(gray[2 * 25, 2 * 35], 0, 60);   // inside a letter (x 20–29, y 30–39 on the page)
        Assert.InRange(gray[2 * 35, 2 * 35], 200, 255); // the paper between letters
    }

    [Fact]
    public void Letters_twelve_pixels_tall_are_enlarged_half_as_much_again()
    {
        // 120 dpi: 12-pixel letters, as on a phone photo of a page; one letter at x 24–35, y 36–47.
        using var page = Image(600, 800, 1, (x, y) => [(byte)(Letter(x, y, 12) && y < 700 ? 20 : 245)], dpi: 120);
        Assert.Equal(12, LetterHeight.Of(page));
        var enlarged = SmallPrint.Enlarge(page);
        Assert.NotNull(enlarged);
        using var big = enlarged.Value.Image;
        Assert.Equal(1.5, enlarged.Value.Factor);
        Assert.Equal((900, 1200, 180), (big.Width, big.Height, big.Resolution));
        var gray = GrayImage.Of(big);
        Assert.InRange(gray[45, 63], 0, 60);    // inside the letter (x 36–53, y 54–71 enlarged)
        Assert.InRange(gray[63, 63], 200, 255); // the paper after it
        // A box read on the enlarged page goes back to the letter on the page, its edges outwards.
        Assert.Equal(new PixelBox(24, 36, 36, 48), Enlargement.ToSource(new PixelBox(36, 54, 54, 72), 1.5));
        Assert.Equal(new PixelBox(24, 36, 37, 49), Enlargement.ToSource(new PixelBox(37, 55, 55, 73), 1.5));
    }

    [Fact]
    public void Letters_fourteen_pixels_tall_are_read_as_they_are()
    {
        using var page = Image(700, 900, 1, (x, y) => [(byte)(Letter(x, y, 14) && y < 800 ? 20 : 245)], dpi: 140);
        Assert.Null(SmallPrint.Enlarge(page));
    }

    [Fact]
    public void Letters_thirty_pixels_tall_are_read_as_they_are() =>
        Assert.Null(SmallPrint.Enlarge(Image(1200, 1600, 1, (x, y) => [(byte)(Letter(x, y, 30) ? 20 : 245)])));

    [Fact]
    public void A_forms_many_leader_dots_do_not_make_its_print_small()
    {
        // 200 dpi: a few lines of 20-pixel letters, and four times as many 3-pixel dots on leader rows between them.
        using var page = Image(1200, 1600, 1, (x, y) =>
        {
            bool letter = Letter(x, y, 20) && x < 400;
            bool dot = y % 60 is >= 45 and < 48 && x % 6 < 3 && x is > 420 and < 1180;
            return [(byte)(letter || dot ? 20 : 245)];
        }, dpi: 200);
        Assert.Equal(20, LetterHeight.Of(page));
        Assert.Null(SmallPrint.Enlarge(page));
    }

    [Fact]
    public void Boxes_read_on_an_enlarged_and_straightened_page_are_put_back_on_the_scan()
    {
        // 100 dpi: rows of 10-pixel letters climbing 2° to the right, and a square mark above them at (540, 10).
        double slope = Math.Tan(2 * Math.PI / 180);
        using var page = Image(600, 400, 1, (x, y) =>
        {
            int shifted = (int)(y + x * slope);
            bool mark = x is >= 540 and < 555 && y is >= 10 and < 25;
            return [(byte)(mark || (shifted % 30 < 10 && shifted is > 90 and < 380 && x % 20 < 10 && x is > 30 and < 570) ? 10 : 250)];
        }, dpi: 100);
        using var prepared = new PagePreparation(new PreparationSteps(EraseRules: false, EraseCheckboxes: false)).Prepare(page);
        Assert.Equal(1200, prepared.Image.Width);
        var gray = GrayImage.Of(prepared.Image);
        var inked = new List<(int X, int Y)>();
        for (int y = 0; y < 90; y++) // above the first row of letters
            for (int x = 1000; x < 1200; x++)
                if (gray[x, y] < 100) inked.Add((x, y));
        Assert.NotEmpty(inked);
        var found = new PixelBox(inked.Min(p => p.X), inked.Min(p => p.Y), inked.Max(p => p.X) + 1, inked.Max(p => p.Y) + 1);
        var read = new OcrResult([new OcrLine([new OcrWord("x", found, 90)], true)], 90);
        var back = prepared.ToSource(read).Lines[0].Words[0].Box;
        Assert.InRange(back.Left, 537, 543);
        Assert.InRange(back.Top, 7, 13);
        Assert.InRange(back.Width, 13, 19);
    }
}
