using DocPipeline.Ocr.Digits;
using DocPipeline.Ocr.Preprocessing;
using DocPipeline.Ocr.Tesseract;
using static DocPipeline.Ocr.Tests.PageAnalysisTests;

namespace DocPipeline.Ocr.Tests;

/// <summary>Checkboxes, uneven light and skew on small images drawn here, through Leptonica.</summary>
public class FormAndPhotoStepsTests
{
    [Fact]
    public void A_ticked_and_an_empty_checkbox_are_erased_a_letter_open_at_the_top_is_not()
    {
        // 300 dpi: two 46-pixel boxes with 4-pixel sides (one with a tick poking out above it), and a ບ-like shape of
        // the same size: two sides down and the bottom across, open at the top.
        using var page = Image(600, 200, 1, (x, y) =>
        {
            bool Frame(int left) => x >= left && x < left + 46 && y is >= 60 and < 106 && (x < left + 4 || x >= left + 42 || y < 64 || y >= 102);
            bool tick = x >= 220 && x < 226 && y is >= 54 and < 90;
            bool open = x is >= 400 and < 446 && y is >= 60 and < 106 && (x < 404 || x >= 442 || y >= 102);
            return [(byte)(Frame(50) || Frame(200) || tick || open ? 10 : 250)];
        });
        var erased = Checkboxes.Erase(page);
        Assert.NotNull(erased);
        using var image = erased.Value.Image;
        Assert.Equal(2, erased.Value.Boxes.Count);
        var gray = GrayImage.Of(image);
        Assert.Equal(255, gray[51, 80]);   // the empty box's side
        Assert.Equal(255, gray[222, 56]);  // the tick above the other
        Assert.InRange(gray[401, 80], 0, 20); // the letter stays
    }

    [Fact]
    public void A_page_without_boxes_is_left_alone() =>
        Assert.Null(Checkboxes.Erase(Image(200, 200, 1, (x, y) => [(byte)(y is >= 90 and < 96 ? 10 : 250)])));

    [Fact]
    public void A_shadow_across_the_paper_is_found_and_levelled()
    {
        // 100 dpi, paper from 250 on the right to 120 on the left, a black bar of print in the shadow.
        using var page = Image(800, 400, 1, (x, y) => [(byte)(y is >= 200 and < 208 && x is >= 40 and < 200 ? 10 : 120 + 130 * x / 800)], dpi: 100);
        Assert.True(UnevenLight.Spread(page) >= 40);
        using var flat = UnevenLight.Flatten(page);
        Assert.NotNull(flat);
        var gray = GrayImage.Of(flat);
        Assert.InRange(Math.Abs(gray[30, 100] - gray[770, 100]), 0, 25); // the paper at one level
        Assert.InRange(gray[100, 204], 0, 90);                           // the print still dark
        using var even = Image(800, 400, 1, (_, _) => [240], dpi: 100);
        Assert.Null(UnevenLight.Flatten(even));
    }

    [Fact]
    public void Lines_turned_two_degrees_are_straightened()
    {
        // 300 dpi: rows of dashes (words) on lines that climb 2° to the right.
        double slope = Math.Tan(2 * Math.PI / 180);
        using var page = Image(1200, 800, 1, (x, y) =>
        {
            int shifted = (int)(y + x * slope);
            bool mark = x is >= 1080 and < 1110 && y is >= 20 and < 50; // a square above the lines, where no line runs
            return [(byte)(mark || (shifted % 80 < 14 && shifted > 100 && shifted < 760 && x % 60 < 48 && x is > 60 and < 1140) ? 10 : 250)];
        });
        var straight = Deskew.Straighten(page);
        Assert.NotNull(straight);
        using var image = straight.Value.Image;
        Assert.InRange(Math.Abs(straight.Value.Turn.Degrees), 1.5, 2.5);
        // The mark, found on the straightened page, is put back where it was drawn.
        var gray = GrayImage.Of(image);
        var inked = new List<(int X, int Y)>();
        for (int y = 0; y < 100; y++)
            for (int x = 1000; x < 1200; x++)
                if (gray[x, y] < 100) inked.Add((x, y));
        Assert.NotEmpty(inked);
        var found = new PixelBox(inked.Min(p => p.X), inked.Min(p => p.Y), inked.Max(p => p.X) + 1, inked.Max(p => p.Y) + 1);
        var back = straight.Value.Turn.ToSource(found);
        Assert.InRange(back.Left, 1075, 1085);
        Assert.InRange(back.Top, 15, 25);
    }
}

/// <summary>What a turned page's corners are filled with: the paper's own level.</summary>
public class PaperLevelTests
{
    [Fact]
    public void The_median_of_a_histogram_is_the_paper_and_an_empty_one_is_white()
    {
        var histogram = new int[256];
        histogram[30] = 40; histogram[200] = 55; histogram[255] = 5; // ink, grey paper, the scanner's white corners
        Assert.Equal(200, PaperLevel.MedianOf(histogram));
        Assert.Equal(255, PaperLevel.MedianOf(new int[256]));
    }

    [Fact]
    public void Grey_paper_goes_white_and_print_stays_dark_white_paper_and_a_dark_photo_are_left_alone()
    {
        // Grey paper (200) with a bar of print (60) and a white corner (255), as a low-contrast page turned on the scanner shows.
        using var page = Image(400, 300, 1, (x, y) => [(byte)(x + y < 40 ? 255 : y is >= 140 and < 150 && x is > 50 and < 350 ? 60 : 200)]);
        using var white = GreyPaper.Whiten(page);
        Assert.NotNull(white);
        var gray = GrayImage.Of(white);
        Assert.InRange(gray[200, 50], 250, 255);   // the paper
        Assert.InRange(gray[5, 5], 250, 255);      // the corner
        Assert.InRange(gray[200, 145], 60, 90);    // the print, stretched but dark
        using var plain = Image(400, 300, 1, (x, y) => [(byte)(y is >= 140 and < 150 ? 20 : 245)]);
        Assert.Null(GreyPaper.Whiten(plain));
        Assert.False(GreyPaper.NeedsWhitening(80));  // mostly a dark table around a photographed page
        Assert.True(GreyPaper.NeedsWhitening(184));
    }
}

/// <summary>A pale background pattern whitened, print kept (a small image drawn here).</summary>
public class PaleBackgroundTests
{
    [Fact]
    public void A_pale_pattern_goes_white_and_print_stays()
    {
        // White paper, a pale diagonal band of pattern (level 215) over a tenth of the page, a black bar of print.
        using var page = Image(400, 400, 1, (x, y) =>
            y is >= 200 and < 210 && x is >= 50 and < 350 ? [15] : (x + y) % 40 < 8 ? [215] : [250]);
        using var white = PaleBackground.Whiten(page);
        Assert.NotNull(white);
        var gray = GrayImage.Of(white);
        Assert.Equal(255, gray[2, 2]);            // the pattern ((2 + 2) % 40 < 8)
        Assert.InRange(gray[100, 205], 0, 30);    // the print
        using var plain = Image(400, 400, 1, (x, y) => [(byte)(y is >= 200 and < 210 ? 15 : 250)]);
        Assert.Null(PaleBackground.Whiten(plain));
    }
}

/// <summary>Grey paper brought to white, print kept dark, white and dark pages left alone (small images drawn here).</summary>
public class GreyPaperTests
{
    [Fact]
    public void Grey_paper_beside_white_corners_goes_white_and_print_stays_darkest()
    {
        // Paper at 200 (a dim photocopy), the white scanner bed in a 40-pixel corner, a bar of print at 60.
        using var page = Image(400, 400, 1, (x, y) =>
            [(byte)(x < 40 && y < 40 ? 255 : y is >= 200 and < 210 && x is >= 50 and < 350 ? 60 : 200)]);
        using var white = GreyPaper.Whiten(page);
        Assert.NotNull(white);
        var gray = GrayImage.Of(white);
        Assert.Equal(255, gray[300, 300]);          // the paper
        Assert.Equal(255, gray[10, 10]);            // the corner
        Assert.InRange(gray[100, 205], 60, 90);     // the print: 60 stretched by 255/200
    }

    [Theory]
    [InlineData(245)] // white paper already
    [InlineData(90)]  // not paper: a photo mostly of a dark table
    public void A_page_whose_median_is_not_grey_paper_is_left_alone(byte paper) =>
        Assert.Null(GreyPaper.Whiten(Image(200, 200, 1, (x, y) => [(byte)(y is >= 90 and < 96 ? 10 : paper)])));

    [Fact]
    public void The_paper_level_is_the_median_of_the_pixels()
    {
        var histogram = new int[256];
        histogram[20] = 10;   // print
        histogram[180] = 60;  // paper
        histogram[255] = 30;  // white margins
        Assert.Equal(180, PaperLevel.MedianOf(histogram));
        Assert.Equal(255, PaperLevel.MedianOf(new int[256]));
    }
}
