using DocPipeline.Ocr.Digits;
using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Preprocessing;
using static DocPipeline.Ocr.Tests.PageAnalysisTests;

namespace DocPipeline.Ocr.Tests;

// Page steps written for speed, each held to the pixels of what it replaced or to a count drawn by hand.

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
        using var gray = Image(width, height, 1, (x, y) => [(byte)(ink[y * width + x] ? 0 : 255)]);
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
        using var gray = Image(120, 60, 1, (x, y) => [(byte)(y == 20 && x is >= 10 and < 110 || x == 50 && y is >= 30 and < 45 ? 0 : 255)]);
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
        using var gray = Image(width, height, 1, (x, y) => [values[y * width + x]]);
        using var expected = Leptonica.PixMedianFilter(gray, 3, 3);
        using var median = Median3x3.Of(gray);
        var want = GrayImage.Of(expected);
        var got = GrayImage.Of(median);
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                Assert.True(want[x, y] == got[x, y], $"({x}, {y}): Leptonica {want[x, y]}, ours {got[x, y]}");
    }
}
