using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Pages.Word;
using DocPipeline.Testing;
using Xunit.Abstractions;

namespace DocPipeline.Ocr.Tests;

/// <summary>Word documents read as text, in reading order, each run in its own font; legacy Lao fonts decoded.</summary>
public class WordPagesTests(ITestOutputHelper log)
{
    private readonly PageReader _reader = new(new PageLimits());

    [Fact]
    public void A_docx_reads_header_table_body_and_footer_in_order_with_its_legacy_runs_decoded()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("ຂໍ້ຕົກລົງ \"042\".docx");
        BornDigitalDirective.WriteDocx(path);
        Assert.Equal(FileKind.Docx, FileSniffer.Detect(path));
        var pages = _reader.Read(path, FileKind.Docx).Cast<TextPage>().ToList();
        Assert.Equal(BornDigitalDirective.Pages, pages.Select(p => p.Text));
        Assert.All(pages, p => Assert.Equal(WordPages.Origin, p.Origin));
        int decoded = pages.SelectMany(p => p.Decoded).Sum(d => d.Characters);
        log.WriteLine($"decoded from Saysettha Lao: {decoded} characters");
        Assert.Equal(BornDigitalDirective.LegacyLetters, decoded);
        Assert.All(pages.SelectMany(p => p.Decoded), d => Assert.Equal("LSWin", d.Encoding));
    }

    [Fact]
    public void A_text_box_is_read_where_it_is_anchored_once_on_lines_of_its_own()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("box.docx");
        WordFile.Write(path, [], [new WordRun[] { new("ກະຊວງການເງິນ") }], []);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var box = new DocumentFormat.OpenXml.Wordprocessing.TextBoxContent(WordFile.Paragraph(new WordRun("ເລກທີ 042/ກງ")));
            var anchor = new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Picture(
                new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(box))));
            body.InsertAt(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(
                new DocumentFormat.OpenXml.Wordprocessing.Text("ຂໍ້ຕົກລົງ")), anchor), 1);
        }
        var page = Assert.IsType<TextPage>(Assert.Single(_reader.Read(path, FileKind.Docx)));
        Assert.Equal("ກະຊວງການເງິນ\nຂໍ້ຕົກລົງ\nເລກທີ 042/ກງ\n\n", page.Text);
    }

    [Fact]
    public void An_odt_is_read_through_libreoffice_like_the_docx_it_was_saved_from()
    {
        using var scratch = new ScratchFolder();
        string docx = scratch.File("directive.docx"), odt = scratch.File("directive.odt");
        BornDigitalDirective.WriteDocx(docx);
        OfficeConverter.Convert(docx, FileKind.Docx, "odt", TimeSpan.FromMinutes(2), converted => { File.Copy(converted, odt); return 0; });
        Assert.Equal(FileKind.Odt, FileSniffer.Detect(odt));
        var pages = _reader.Read(odt, FileKind.Odt).Cast<TextPage>().ToList();
        Assert.Equal(string.Concat(BornDigitalDirective.Pages), string.Concat(pages.Select(p => p.Text)));
    }

    [Theory]
    [InlineData("not-word.zip", "neither a Word document")]
    [InlineData("torn.docx", "damaged or truncated")]
    public void Zip_files_that_are_not_word_documents_are_rejected_with_a_reason(string name, string reason)
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File(name);
        if (name == "torn.docx")
        {
            BornDigitalDirective.WriteDocx(path);
            byte[] whole = File.ReadAllBytes(path);
            File.WriteAllBytes(path, whole[..(whole.Length / 2)]);
        }
        else
        {
            using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create);
            using var entry = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            entry.Write("ບັນທຶກ");
        }
        var e = Assert.Throws<RejectedFileException>(() => FileSniffer.Detect(path));
        Assert.Contains(reason, e.Message);
        Assert.Equal("intake", e.Stage);
    }

    [Fact]
    public void Rtf_and_word_97_files_are_told_by_their_first_bytes()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.File("a.txt"), "{\\rtf1\\ansi ...}");
        Assert.Equal(FileKind.Rtf, FileSniffer.Detect(scratch.File("a.txt")));
        File.WriteAllBytes(scratch.File("b.bin"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);
        Assert.Equal(FileKind.Doc, FileSniffer.Detect(scratch.File("b.bin")));
    }

    [Fact]
    public void A_damaged_doc_fails_at_the_pages_stage_saying_libreoffice_could_not_read_it()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("ຄຳສັ່ງ.doc");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]]);
        var e = Assert.Throws<RejectedFileException>(() => _reader.Read(path, FileSniffer.Detect(path)).ToList());
        Assert.Equal("pages", e.Stage);
        Assert.Contains("LibreOffice could not read", e.Message);
    }
}
