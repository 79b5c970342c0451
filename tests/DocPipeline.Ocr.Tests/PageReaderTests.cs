using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages;
using DocPipeline.Testing;

namespace DocPipeline.Ocr.Tests;

public class PageReaderTests
{
    private readonly PageReader _reader = new(new PageLimits());

    [Theory]
    [InlineData("pages/d01-phetsarath-300.png", FileKind.Png, 1)]
    [InlineData("pages/d03-notoserif-300.jpg", FileKind.Jpeg, 1)]
    [InlineData("multipage/d04-phetsarath-a5.tif", FileKind.Tiff, 2)]
    [InlineData("multipage/d04-phetsarath-a5.pdf", FileKind.Pdf, 2)]
    public void Reads_every_page_as_an_image(string file, FileKind kind, int pages)
    {
        string path = Repo.Corpus(file.Split('/'));
        Assert.Equal(kind, FileSniffer.Detect(path));
        var read = _reader.Read(path, kind).ToList();
        try
        {
            Assert.Equal(pages, read.Count);
            Assert.All(read, p => Assert.IsType<ImagePage>(p));
            Assert.Equal(Enumerable.Range(1, pages), read.Select(p => p.Number));
            Assert.All(read.Cast<ImagePage>(), p => Assert.True(p.Image.Width > 1000));
        }
        finally { read.ForEach(p => p.Dispose()); }
    }

    [Fact]
    public void Kind_is_told_by_content_not_by_name()
    {
        using var scratch = new ScratchFolder();
        string renamed = scratch.File("scan.pdf");
        File.Copy(Repo.Corpus("pages", "d01-phetsarath-300.png"), renamed);
        Assert.Equal(FileKind.Png, FileSniffer.Detect(renamed));
    }

    [Fact]
    public void Text_files_split_into_pages_on_form_feeds()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("export \"ເອກະສານ\".txt");
        File.WriteAllText(path, "ໜ້າທີ 1\fໜ້າທີ 2\f");
        var pages = _reader.Read(path, FileSniffer.Detect(path)).Cast<TextPage>().ToList();
        Assert.Equal(["ໜ້າທີ 1", "ໜ້າທີ 2"], pages.Select(p => p.Text));
    }

    [Theory]
    [InlineData("empty.png", 0, "empty")]
    [InlineData("notes.docx", 64, "Unsupported file type")]
    public void Unreadable_files_are_rejected_with_a_reason(string name, int bytes, string reason)
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File(name);
        File.WriteAllBytes(path, Enumerable.Repeat((byte)'x', bytes).ToArray());
        var e = Assert.Throws<RejectedFileException>(() => FileSniffer.Detect(path));
        Assert.Contains(reason, e.Message);
        Assert.Equal("intake", e.Stage);
    }

    [Theory]
    [InlineData("pages/d01-phetsarath-300.png", "t.png")]
    [InlineData("multipage/d04-phetsarath-a5.tif", "t.tif")]
    [InlineData("multipage/d04-phetsarath-a5.pdf", "t.pdf")]
    public void Truncated_files_are_rejected_at_the_pages_stage(string file, string name)
    {
        using var scratch = new ScratchFolder();
        byte[] whole = File.ReadAllBytes(Repo.Corpus(file.Split('/')));
        string path = scratch.File(name);
        File.WriteAllBytes(path, whole[..(whole.Length / 3)]);
        var e = Assert.Throws<RejectedFileException>(() =>
        {
            foreach (var page in _reader.Read(path, FileSniffer.Detect(path))) page.Dispose();
        });
        Assert.Equal("pages", e.Stage);
    }

    [Fact]
    public void Pages_over_the_pixel_limit_are_refused_before_decoding()
    {
        var reader = new PageReader(new PageLimits { MaxPixelsPerPage = 1_000_000 });
        string path = Repo.Corpus("pages", "d01-phetsarath-300.png");
        var e = Assert.Throws<RejectedFileException>(() => reader.Read(path, FileKind.Png).ToList());
        Assert.Contains("over the limit", e.Message);
    }
}
