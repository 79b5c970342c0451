using DocPipeline.Ocr.Native;
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

/// <summary>The speck count that decides whether a page is cleaned by a median before OCR.</summary>
public class SpeckTests
{
    [Fact]
    public void Lone_dark_pixels_are_specks_strokes_and_pixels_touching_them_are_not()
    {
        // 100×100 paper: five lone pixels; a 3×3 blot; two pixels touching corner to corner; a speck on the border row
        // (not counted: it has no full neighbourhood).
        (int X, int Y)[] lone = [(10, 10), (30, 12), (50, 50), (70, 80), (90, 40)];
        using var page = Image(100, 100, 1, (x, y) =>
        {
            bool dark = lone.Contains((x, y)) || (x is >= 20 and < 23 && y is >= 60 and < 63) || (x, y) is (40, 30) or (41, 31) || (x, y) == (60, 0);
            return [(byte)(dark ? 20 : 240)];
        });
        Assert.Equal(5 * 1e6 / 10_000, Specks.PerMegapixel(page), 6);
        Assert.Equal(0, Specks.PerMegapixel(Image(50, 50, 1, (_, _) => [240])));
    }

    [Fact]
    public void A_speckled_page_is_cleaned_and_a_clean_one_passed_through()
    {
        using var speckled = Image(200, 200, 1, (x, y) => [(byte)(x % 7 == 3 && y % 7 == 3 || y is >= 100 and < 106 ? 20 : 240)]);
        var despeckle = new Despeckle(300);
        using var cleaned = despeckle.Clean(speckled);
        Assert.NotNull(cleaned);
        var gray = GrayImage.Of(cleaned);
        Assert.InRange(gray[10, 10], 200, 255);  // a speck gone
        Assert.InRange(gray[50, 102], 0, 60);    // the stroke kept
        Assert.Null(despeckle.Clean(Image(200, 200, 1, (x, y) => [(byte)(y is >= 100 and < 106 ? 20 : 240)])));
    }
}

/// <summary>Long runs kept as Leptonica's opening with a line keeps them, pixel for pixel.</summary>
public class LongRunsTests
{
    [Theory]
    [InlineData(157, 93, 0.3, 1)]
    [InlineData(157, 93, 0.5, 5)]
    [InlineData(64, 200, 0.8, 12)]
    [InlineData(301, 77, 0.9, 32)]
    [InlineData(95, 140, 0.95, 41)]
    public void Runs_kept_are_the_pixels_of_leptonicas_opening_with_a_line(int width, int height, double density, int length)
    {
        var random = new Random(width * height + length);
        // Runs of varied length: ink continues a run with the given density, so long runs reach the edges too.
        bool[] ink = new bool[width * height];
        for (int i = 0; i < ink.Length; i++) ink[i] = random.NextDouble() < (i > 0 && ink[i - 1] ? density : 0.2);
        using var gray = PageAnalysisTests.Image(width, height, 1, (x, y) => [(byte)(ink[y * width + x] ? 0 : 255)]);
        using var binary = Leptonica.PixThresholdToBinary(gray, 128);
        foreach (var (direction, w, h) in new[] { (LongRuns.Direction.Across, length, 1), (LongRuns.Direction.Down, 1, length) })
        {
            using var expected = Leptonica.PixOpenBrick(IntPtr.Zero, binary, w, h);
            using var kept = LongRuns.Keep(binary, length, direction);
            Assert.Equal(Pixels(expected), Pixels(kept));
        }
    }

    [Fact]
    public void A_rule_is_kept_and_a_letter_stroke_is_not()
    {
        using var gray = PageAnalysisTests.Image(120, 60, 1, (x, y) => [(byte)(y == 20 && x is >= 10 and < 110 || x == 50 && y is >= 30 and < 45 ? 0 : 255)]);
        using var binary = Leptonica.PixThresholdToBinary(gray, 128);
        using var across = LongRuns.Keep(binary, 60, LongRuns.Direction.Across);
        Assert.Equal(100, Pixels(across).Count(p => p));
        using var down = LongRuns.Keep(binary, 20, LongRuns.Direction.Down);
        Assert.Equal(0, Pixels(down).Count(p => p));
    }

    private static bool[] Pixels(PixHandle binary)
    {
        int width = binary.Width, height = binary.Height, wpl = Leptonica.PixGetWpl(binary);
        var words = new int[wpl * height];
        System.Runtime.InteropServices.Marshal.Copy(Leptonica.PixGetData(binary), words, 0, words.Length);
        var pixels = new bool[width * height];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                pixels[y * width + x] = ((uint)words[y * wpl + (x >> 5)] & (0x80000000u >> (x & 31))) != 0;
        return pixels;
    }
}

/// <summary>The despeckling median, pixel for pixel as Leptonica's.</summary>
public class Median3x3Tests
{
    [Theory]
    [InlineData(5, 4)]
    [InlineData(33, 17)]
    [InlineData(64, 64)]
    [InlineData(97, 51)]
    [InlineData(301, 40)]
    public void The_median_is_leptonicas_at_every_pixel_and_edge(int width, int height)
    {
        var random = new Random(width * 1000 + height);
        var values = new byte[width * height];
        random.NextBytes(values);
        // Paper, print and specks as well as noise: runs of one value make ties, which a median must break alike.
        for (int i = 0; i < values.Length; i++) if (i % 7 < 3) values[i] = (byte)(values[i] < 128 ? 250 : 10);
        using var gray = PageAnalysisTests.Image(width, height, 1, (x, y) => [values[y * width + x]]);
        using var expected = Leptonica.PixMedianFilter(gray, 3, 3);
        using var median = Median3x3.Of(gray);
        var want = DocPipeline.Ocr.Digits.GrayImage.Of(expected);
        var got = DocPipeline.Ocr.Digits.GrayImage.Of(median);
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                Assert.True(want[x, y] == got[x, y], $"({x}, {y}): Leptonica {want[x, y]}, ours {got[x, y]}");
    }
}
