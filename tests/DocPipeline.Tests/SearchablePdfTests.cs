using System.Diagnostics;
using System.Text;
using DocPipeline.Archive;
using DocPipeline.Archive.Originals;
using DocPipeline.Hosting;
using DocPipeline.Pipeline;
using DocPipeline.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DocPipeline.Tests;

/// <summary>
/// Two documents ingested once: a PDF of a typeset page with its own Lao text layer followed by
/// a two-page JPEG scan, and a one-page PNG scan; their searchable PDFs beside the originals.
/// </summary>
public sealed class SearchableArchive : IAsyncLifetime
{
    private readonly ScratchFolder _scratch = new();

    public string Data => Path.Combine(_scratch.Path, "data");
    public string Mixed => _scratch.File("mixed.pdf");
    public string Png => Repo.Corpus("pages", "d01-phetsarath-300.png");
    public Dictionary<string, long> Ids { get; } = [];
    public ServiceProvider Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var qpdf = Process.Start(new ProcessStartInfo("qpdf")
        {
            ArgumentList = { "--empty", "--pages", Repo.Corpus("multipage", "d07-phetsarath-textlayer.pdf"), Repo.Corpus("multipage", "d08-phetsarath-a5-skew-blur.pdf"), "--", Mixed },
        })!;
        await qpdf.WaitForExitAsync();
        Assert.Equal(0, qpdf.ExitCode);
        foreach (var r in await Cli.Json("ingest", Mixed, Png, "--data", Data))
        {
            Assert.Equal("indexed", r.Str("status"));
            Ids[r.Str("file")!] = r.GetProperty("id").GetInt64();
        }
        Services = AppServices.ForVerb(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DocPipeline:DataDirectory"] = Data }).Build());
    }

    public IReadOnlyList<StoredPage> Pages(string file) => Services.GetRequiredService<IDocumentStore>().Pages(Ids[file]);

    public string SearchablePdf(string file)
    {
        var doc = Services.GetRequiredService<IDocumentStore>().Get(Ids[file])!;
        return Services.GetRequiredService<IOriginalStore>().FindSidecar(doc.Sha256, SearchablePdfs.Sidecar)
            ?? throw new InvalidOperationException($"No searchable PDF beside {file}.");
    }

    public Task DisposeAsync()
    {
        Services?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _scratch.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SearchablePdfTests(SearchableArchive archive) : IClassFixture<SearchableArchive>
{
    [Theory]
    [InlineData("mixed.pdf", "໑໐໙໔/ກງ")]
    [InlineData("d01-phetsarath-300.png", "ຄຳແນະນຳ")]
    public void The_text_of_every_ocr_page_is_the_stored_corrected_text(string file, string corrected)
    {
        string pdf = archive.SearchablePdf(file);
        using var searchable = PdfDocument.Open(pdf);
        foreach (var stored in archive.Pages(file).Where(p => p.Origin == "ocr"))
        {
            string expected = Letters(stored.Text);
            Assert.Equal(expected, Letters(string.Concat(searchable.GetPage(stored.Number).Letters.Select(l => l.Value))));
            Assert.Equal(expected, Letters(PdfToText(pdf, stored.Number, "-raw")));
            // pdftotext's default reading order regroups an indented or skewed page's words into
            // columns (a lone "-" before each line), so there only the letters must all be there.
            Assert.Equal(expected.Order(), Letters(PdfToText(pdf, stored.Number)).Order());
        }
        // The project's spelling (Lao digits, ຳ), which the stock model could not write, is what the layer holds.
        Assert.Contains(corrected, PdfToText(pdf, null));
    }

    [Fact]
    public void Scanned_pages_keep_their_own_images_unrecompressed()
    {
        using var original = PdfDocument.Open(archive.Mixed);
        using var searchable = PdfDocument.Open(archive.SearchablePdf("mixed.pdf"));
        Assert.Equal(original.NumberOfPages, searchable.NumberOfPages);
        foreach (int n in new[] { 2, 3 })
        {
            var before = Assert.Single(original.GetPage(n).GetImages());
            var after = Assert.Single(searchable.GetPage(n).GetImages());
            Assert.Equal((before.WidthInSamples, before.HeightInSamples), (after.WidthInSamples, after.HeightInSamples));
            Assert.True(before.RawMemory.Span.SequenceEqual(after.RawMemory.Span), $"page {n}'s JPEG was re-encoded");
            Assert.Equal(original.GetPage(n).Width, searchable.GetPage(n).Width, 2);
        }
    }

    [Fact]
    public void A_page_with_its_own_text_layer_passes_through_unchanged()
    {
        using var original = PdfDocument.Open(archive.Mixed);
        using var searchable = PdfDocument.Open(archive.SearchablePdf("mixed.pdf"));
        var before = original.GetPage(1).Letters;
        var after = searchable.GetPage(1).Letters;
        Assert.Equal(before.Select(l => (l.Value, l.GlyphRectangle.Left, l.GlyphRectangle.Bottom, l.FontName)),
            after.Select(l => (l.Value, l.GlyphRectangle.Left, l.GlyphRectangle.Bottom, l.FontName)));
        Assert.Equal("pdf-text-layer", archive.Pages("mixed.pdf")[0].Origin);
    }

    [Fact]
    public void Pdf_a_is_claimed_only_for_pages_made_here()
    {
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", Metadata(archive.SearchablePdf("d01-phetsarath-300.png")));
        // The mixed PDF copies a page with its own fonts, which is not checked: no claim.
        Assert.DoesNotContain("pdfaid", Metadata(archive.SearchablePdf("mixed.pdf")));
        using var png = PdfDocument.Open(archive.SearchablePdf("d01-phetsarath-300.png"));
        var image = Assert.Single(png.GetPage(1).GetImages());
        Assert.Equal((2480, 3508), (image.WidthInSamples, image.HeightInSamples));
    }

    [Fact]
    public async Task Analyze_writes_the_searchable_pdf_and_a_corrupt_pdf_fails_at_its_stage_with_nothing_written()
    {
        using var scratch = new ScratchFolder();
        string broken = scratch.File("broken.pdf"), output = scratch.File("broken.searchable.pdf");
        byte[] whole = File.ReadAllBytes(Repo.Corpus("multipage", "d08-phetsarath-a5-skew-blur.pdf"));
        File.WriteAllBytes(broken, whole[..(whole.Length / 3)]);
        var (exit, lines, _) = await Cli.Run("analyze", broken, "--json", "--searchable-pdf", output);
        Assert.Equal(1, exit);
        var result = System.Text.Json.JsonDocument.Parse(Assert.Single(lines)).RootElement;
        Assert.Equal("pages", result.Str("stage"));
        Assert.Contains("damaged or truncated", result.Str("error"));
        Assert.False(File.Exists(output));
    }

    /// <summary>The text without whitespace: line breaks and the spaces between runs are the viewer's layout, the letters are the text.</summary>
    private static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string PdfToText(string pdf, int? page, params string[] options)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var o in options) start.ArgumentList.Add(o);
        if (page is { } n) foreach (var a in new[] { "-f", n.ToString(), "-l", n.ToString() }) start.ArgumentList.Add(a);
        foreach (var a in new[] { "-enc", "UTF-8", pdf, "-" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        string text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    private static string Metadata(string pdf)
    {
        var start = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8, ArgumentList = { "-meta", pdf } };
        using var process = Process.Start(start)!;
        string xmp = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return xmp;
    }
}
