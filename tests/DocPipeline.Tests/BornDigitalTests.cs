using DocPipeline.Archive;
using DocPipeline.Archive.Originals;
using DocPipeline.Hosting;
using DocPipeline.Lao.Text;
using DocPipeline.Pipeline;
using DocPipeline.Web;
using Microsoft.Extensions.Options;
using DocPipeline.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace DocPipeline.Tests;

/// <summary>A Word directive typed partly in Saysettha Lao, ingested: searchable, its number, date and citations extracted, its PDF laid out by LibreOffice.</summary>
public sealed class BornDigitalTests(ITestOutputHelper log) : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    private string Data => _scratch.File("data");

    [Fact]
    public async Task A_word_directive_is_ingested_searchable_with_its_facts_and_a_pdf_of_its_pages()
    {
        string docx = _scratch.File("ຂໍ້ຕົກລົງ 042 'ກງ'.docx");
        BornDigitalDirective.WriteDocx(docx);

        var analyzed = Assert.Single(await Cli.Json("analyze", docx, "--json"));
        var noise = analyzed.GetProperty("noise");
        int decoded = noise.GetProperty("decodedCharacters").GetInt32();
        log.WriteLine($"characters decoded from legacy fonts: {decoded}; pages: {analyzed.GetProperty("pages").GetInt32()}, OCR: {analyzed.Str("ocr") ?? "none"}");
        Assert.Equal(BornDigitalDirective.LegacyLetters, decoded);
        Assert.Null(analyzed.Str("ocr"));
        var engine = new LaoTextEngine();
        Assert.Equal(string.Join("\n\n", BornDigitalDirective.Pages.Select(p => engine.CleanPage(p, 1).Text)), analyzed.Str("text"));

        var ingested = Assert.Single(await Cli.Json("ingest", docx, "--data", Data));
        Assert.Equal("indexed", ingested.Str("status"));
        long id = ingested.GetProperty("id").GetInt64();

        var byLegacyWord = await Cli.Json("search", "ວັດທະນະຖາວອນ", "--json", "--data", Data);
        Assert.Equal(id, Assert.Single(byLegacyWord).GetProperty("id").GetInt64());
        var byNumber = Assert.Single(await Cli.Json("search", "042/ກງ", "--json", "--data", Data));
        Assert.Equal("042/ກງ", byNumber.Str("documentNumber"));
        Assert.Equal("2023-03-15", byNumber.Str("documentDate"));
        Assert.Equal("ຂໍ້ຕົກລົງ", byNumber.Str("documentType"));
        Assert.Single(await Cli.Json("search", "303/ນຍ", "--json", "--data", Data));

        using var services = AppServices.ForVerb(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DocPipeline:DataDirectory"] = Data }).Build());
        var stored = services.GetRequiredService<IDocumentStore>().Get(id)!;
        Assert.Equal("docx", stored.Kind);
        Assert.Contains(services.GetRequiredService<IDocumentStore>().Cites(id), c => c.Number == "303/ນຍ");
        string pdf = services.GetRequiredService<IOriginalStore>().FindSidecar(stored.Sha256, SearchablePdfs.Sidecar)
            ?? throw new Xunit.Sdk.XunitException("no PDF laid out by LibreOffice");
        using var laidOut = PdfDocument.Open(pdf);
        string layer = engine.Normalize(string.Concat(laidOut.GetPages().Select(p => p.Text)));
        Assert.Contains("042/ກງ", layer);
        Assert.Contains("ວັດທະນະຖາວອນ", layer);   // re-typed in Unicode before LibreOffice drew it

        // The document page's images come from that PDF; without it (no LibreOffice) there are none, and the page says why.
        var original = new ArchiveView(services.GetRequiredService<IDocumentStore>(), services.GetRequiredService<IOriginalStore>(),
            services.GetRequiredService<DocPipeline.Archive.Staff.ICorrectionStore>()).Original(id)!;
        Assert.Equal(pdf, original.LaidOutPdf);
        var images = new PageImages(services.GetRequiredService<IOptions<DocPipelineOptions>>());
        var image = images.For(original, 1)!;
        Assert.Equal("image/png", image.ContentType);
        Assert.Equal((byte)0x89, File.ReadAllBytes(image.Path)[0]);
        Assert.Null(images.For(original with { LaidOutPdf = null }, 1));
    }

    public void Dispose() => _scratch.Dispose();
}
