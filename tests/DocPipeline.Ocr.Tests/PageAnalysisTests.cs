using System.Text;
using DocPipeline.Ocr.Digits;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Preprocessing;
using DocPipeline.Ocr.Tesseract;
using DocPipeline.Testing;

namespace DocPipeline.Ocr.Tests;

/// <summary>Page analysis before OCR on small images drawn here, through Leptonica.</summary>
public class PageAnalysisTests
{
    [Fact]
    public void Colour_ink_and_paper_go_light_black_print_stays_dark()
    {
        // Pink paper, a black bar (print), a red ring (stamp) and a blue stroke (signature).
        using var page = Image(300, 120, 3, (x, y) =>
            x is >= 20 and < 120 && y is >= 40 and < 50 ? [20, 20, 20]
            : x is >= 150 and < 200 && y is >= 30 and < 90 ? [205, 30, 40]
            : x is >= 220 and < 290 && y is >= 60 and < 66 ? [30, 60, 180]
            : [244, 211, 219]);
        using var ink = InkByColour.Reduce(page);
        Assert.NotNull(ink);
        var gray = GrayImage.Of(ink);
        Assert.InRange(gray[60, 45], 0, 60);
        Assert.InRange(gray[170, 60], 190, 255);
        Assert.InRange(gray[250, 63], 170, 255);
        Assert.InRange(gray[10, 10], 230, 255);
        // Read as plain gray the stamp stays darker than any threshold between paper and print would keep out.
        Assert.InRange(GrayImage.Of(page)[170, 60], 0, 120);
    }

    [Fact]
    public void A_blue_stamp_ring_goes_to_the_paper_and_print_it_crosses_keeps_its_stroke()
    {
        // Yellow paper, 300 dpi: a blue ring 7 px wide (alone, left) whose blue channel stays mid-gray once reduced to
        // ink, and the same ring drawn over a black bar (right).
        using var page = Image(400, 200, 3, (x, y) =>
            (x is >= 60 and < 67 || x is >= 290 and < 297) && y is >= 40 and < 160 ? [40, 72, 184]
            : x is >= 250 and < 350 && y is >= 96 and < 104 ? [25, 25, 25]
            : [247, 239, 184]);
        using var ink = InkByColour.Reduce(page);
        Assert.NotNull(ink);
        var gray = GrayImage.Of(ink);
        Assert.InRange(gray[64, 60], 235, 255);  // the ring alone: paper
        Assert.InRange(gray[20, 60], 240, 255);  // paper
        Assert.InRange(gray[260, 100], 0, 60);   // the bar
        Assert.InRange(gray[293, 100], 0, 200);  // where the ring crosses the bar: not cut to paper
        Assert.InRange(GrayImage.Of(page)[64, 60], 0, 120);
    }

    [Fact]
    public void A_gray_page_is_not_colour()
    {
        using var page = Image(50, 50, 1, (_, _) => [200]);
        Assert.Null(InkByColour.Reduce(page));
    }

    [Fact]
    public void Grid_lines_and_leader_dots_are_erased_and_where_they_stood_is_kept()
    {
        // 300 dpi: a 3-row grid of 4-pixel rules, a row of 4×4 leader dots 14 pixels apart, and a letter-sized blob.
        using var page = Image(900, 600, 1, (x, y) =>
        {
            bool grid = x is >= 50 and < 850 && y is >= 50 and < 350 && ((y - 50) % 100 < 4 || (x - 50) % 200 < 4 || x >= 846 || y >= 346);
            bool dots = y is >= 450 and < 454 && x is >= 300 and < 700 && (x - 300) % 14 < 4;
            bool letter = x is >= 100 and < 130 && y is >= 440 and < 480 && !(x is >= 108 and < 122 && y is >= 448 and < 472);
            return [(byte)(grid || dots || letter ? 10 : 250)];
        }, dpi: 300);
        using var found = RulesAndLeaders.Find(page);
        Assert.NotNull(found);
        var grid = Assert.Single(found.Grids);
        Assert.InRange(grid.Left, 45, 55);
        Assert.InRange(grid.Bottom, 345, 355);
        var leader = Assert.Single(found.Leaders);
        Assert.InRange(leader.Left, 295, 305);
        Assert.InRange(leader.Right, 690, 705);
        var erased = GrayImage.Of(found.Erased);
        Assert.Equal(255, erased[400, 151]);   // a grid rule
        Assert.Equal(255, erased[301, 451]);   // a leader dot
        Assert.InRange(erased[102, 460], 0, 20); // the letter
    }

    [Fact]
    public void On_a_speckled_fine_page_leaders_and_a_thin_rule_are_found_and_specks_are_not_leaders()
    {
        // 400 dpi: single-pixel specks every 9 pixels (rows of them would pass for leader dots), a one-pixel rule and a
        // row of 5×5 leader dots 18 pixels apart.
        using var page = Image(1600, 1000, 1, (x, y) =>
        {
            bool speck = x % 9 == 4 && y % 9 == 4 && y < 600;
            bool rule = y == 700 && x is >= 100 and < 1500;
            bool dots = y is >= 850 and < 855 && x is >= 400 and < 1000 && (x - 400) % 18 < 5;
            return [(byte)(speck || rule || dots ? 10 : 250)];
        }, dpi: 400);
        using var found = RulesAndLeaders.Find(page);
        Assert.NotNull(found);
        var leader = Assert.Single(found.Leaders);
        Assert.InRange(leader.Top, 840, 856);
        Assert.InRange(leader.Left, 395, 405);
        var erased = GrayImage.Of(found.Erased);
        Assert.Equal(255, erased[800, 700]);  // the rule
        Assert.Equal(255, erased[401, 851]);  // a leader dot
        Assert.InRange(erased[103, 103], 0, 20); // a speck stays (the despeckle's business)
    }

    [Fact]
    public void White_on_dark_cells_become_dark_on_white()
    {
        // A header row on a page-sized image: dark cells are a small share of a page.
        using var page = Image(1200, 1600, 1, (x, y) =>
        {
            bool cell = x is >= 50 and < 850 && y is >= 50 and < 150;
            bool letter = x is >= 100 and < 125 && y is >= 70 and < 130 && !(x is >= 106 and < 119 && y is >= 76 and < 124);
            return [(byte)(cell && !letter ? 30 : 245)];
        }, dpi: 300);
        using var found = RulesAndLeaders.Find(page);
        Assert.NotNull(found);
        var erased = GrayImage.Of(found.Erased);
        Assert.InRange(erased[400, 100], 200, 255); // the cell is light
        Assert.InRange(erased[102, 100], 0, 60);    // its letter dark
    }

    [Fact]
    public void A_page_of_prose_has_no_rules()
    {
        using var page = (ImagePage)new PageReader(new PageLimits()).Read(Repo.Corpus("pages", "d01-phetsarath-300.png"), FileKind.Png).Single();
        using var gray = Leptonica.PixConvertTo8(page.Image, 0);
        using var found = RulesAndLeaders.Find(gray);
        Assert.Null(found);
    }

    /// <summary>An 8-bit gray (1 channel) or RGB (3 channels) image from a pixel function, through a PNM file.</summary>
    internal static PixHandle Image(int width, int height, int channels, Func<int, int, byte[]> pixel, int dpi = 300)
    {
        var header = Encoding.ASCII.GetBytes($"{(channels == 1 ? "P5" : "P6")}\n{width} {height}\n255\n");
        var bytes = new byte[header.Length + width * height * channels];
        header.CopyTo(bytes, 0);
        int i = header.Length;
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                foreach (byte b in pixel(x, y)) bytes[i++] = b;
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("page.pnm"), bytes);
        var pix = Leptonica.PixRead(scratch.File("page.pnm"));
        Assert.False(pix.IsInvalid);
        pix.SetResolution(dpi);
        return pix;
    }
}
