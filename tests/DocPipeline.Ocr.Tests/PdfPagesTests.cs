using System.Diagnostics;
using System.Text;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages;
using DocPipeline.Testing;

namespace DocPipeline.Ocr.Tests;

/// <summary>PDF pages: a scan taken as its own image, other pages rendered, a corrupt page stream read as no text layer.</summary>
public class PdfPagesTests
{
    [Theory]
    [InlineData("d04-phetsarath-a5.pdf", 1748, 2480)] // 1-bit Flate, as img2pdf writes a G4 scan
    [InlineData("d08-phetsarath-a5-skew-blur.pdf", 1828, 2536)] // JPEG
    [InlineData("d05-phetsarath-englayer.pdf", 2480, 3508)] // CCITT G4 under a wrong-language text layer
    public void A_scanned_page_is_its_own_image_at_its_own_resolution(string file, int width, int height)
    {
        var pages = Read(Repo.Corpus("multipage", file), new TextLayerQuality());
        try
        {
            Assert.All(pages, p =>
            {
                var image = Assert.IsType<ImagePage>(p);
                Assert.Equal("pdf-image", image.Source);
                Assert.Equal((width, height, 300), (image.Image.Width, image.Image.Height, image.Image.Resolution));
                Assert.NotNull(image.Placement);
            });
        }
        finally { pages.ForEach(p => p.Dispose()); }
    }

    [Fact]
    public void A_typeset_page_whose_layer_is_refused_is_rendered_at_the_configured_resolution()
    {
        var refuseAll = new TextLayerQuality(_ => 0.0);
        var page = Assert.IsType<ImagePage>(Assert.Single(Read(Repo.Corpus("multipage", "d07-phetsarath-textlayer.pdf"), refuseAll)));
        using (page)
        {
            Assert.Equal("pdf-render", page.Source);
            Assert.Contains("lexicon", page.TextLayer!.Reason);
            Assert.Equal(300, page.Image.Resolution);
            Assert.InRange(page.Image.Width, 2475, 2485); // 595 pt at 300 dpi
        }
    }

    [Fact]
    public void A_corrupt_page_stream_reads_as_no_text_layer_and_the_page_is_rendered()
    {
        using var scratch = new ScratchFolder();
        string corrupt = CorruptContent(Repo.Corpus("multipage", "d07-phetsarath-textlayer.pdf"), scratch);
        var page = Assert.IsType<ImagePage>(Assert.Single(Read(corrupt, new TextLayerQuality())));
        using (page)
        {
            Assert.Equal("no text layer", page.TextLayer!.Reason);
            Assert.Equal("pdf-render", page.Source);
        }
    }

    private static List<SourcePage> Read(string path, TextLayerQuality quality) =>
        new PageReader(new PageLimits(), quality).Read(path, FileKind.Pdf).ToList();

    /// <summary>The page's content stream replaced by bytes that are not PDF operators (qpdf's QDF form, then fix-qdf for the lengths).</summary>
    private static string CorruptContent(string pdf, ScratchFolder scratch)
    {
        string qdf = scratch.File("page.qdf"), fixedUp = scratch.File("corrupt.pdf");
        Run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf);
        string text = Encoding.Latin1.GetString(File.ReadAllBytes(qdf));
        int contents = text.IndexOf("%% Contents for page 1", StringComparison.Ordinal);
        int start = text.IndexOf("stream\n", contents, StringComparison.Ordinal) + "stream\n".Length;
        int end = text.IndexOf("endstream", start, StringComparison.Ordinal);
        text = text[..start] + "\u0001\u00ff garbage ] >> BT ET ) ( ]\n" + text[end..];
        File.WriteAllBytes(qdf, Encoding.Latin1.GetBytes(text));
        var fix = Process.Start(new ProcessStartInfo("fix-qdf") { ArgumentList = { qdf }, RedirectStandardOutput = true })!;
        byte[] bytes;
        using (var output = new MemoryStream()) { fix.StandardOutput.BaseStream.CopyTo(output); bytes = output.ToArray(); }
        fix.WaitForExit();
        File.WriteAllBytes(fixedUp, bytes);
        return fixedUp;
    }

    private static void Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode is 0 or 3, $"{tool}: {process.StandardError.ReadToEnd()}"); // qpdf: 3 = warnings
    }
}
