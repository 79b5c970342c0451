using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DocPipeline.Bench;

/// <summary>
/// The benchmark's default input, shaped like a scanner's output: an image-only PDF of N A4
/// pages, each one 300 dpi grey JPEG (quality 80) filling the page, cycled from the corpus's
/// 300 dpi pages (clean renderings and the scan-like damage: skew, blur, noise, stamps, uneven light).
/// </summary>
internal static class ScannedPdf
{
    private const int Dpi = 300, Quality = 80;

    public static void Write(string target, int pages)
    {
        var jpegs = SourcePages();
        using var document = new PdfDocument();
        document.Info.Title = $"{pages}-page scan (DocPipeline benchmark)";
        for (int i = 0; i < pages; i++)
        {
            var (jpeg, width, height) = jpegs[i % jpegs.Count];
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(width * 72.0 / Dpi);
            page.Height = XUnit.FromPoint(height * 72.0 / Dpi);
            using var image = XImage.FromStream(new MemoryStream(Numbered(jpeg, $"page {i + 1}")));
            using var gfx = XGraphics.FromPdfPage(page);
            gfx.DrawImage(image, 0, 0, page.Width.Point, page.Height.Point);
        }
        document.Save(target);
    }

    /// <summary>
    /// N single-page scans (JPEG files' bytes) cycled from the same pages, each with a comment naming it after
    /// <paramref name="label"/> and its number, so that every one is a document of its own to the archive.
    /// </summary>
    public static IEnumerable<byte[]> PageJpegs(int pages, string label)
    {
        var jpegs = SourcePages();
        for (int i = 0; i < pages; i++) yield return Numbered(jpegs[i % jpegs.Count].Jpeg, $"{label} page {i + 1}");
    }

    private static List<(byte[] Jpeg, int Width, int Height)> SourcePages() =>
        Directory.GetFiles(Path.Combine(RepoFolder.Root(), "corpus", "pages"))
            .Concat(Directory.GetFiles(Path.Combine(RepoFolder.Root(), "corpus", "scans"), "*-300-*"))
            .Order(StringComparer.Ordinal).Select(ToJpeg).ToList();

    /// <summary>
    /// The JPEG with a comment naming the page: PDFsharp shares images whose bytes are equal, and a
    /// 200-page scan of 11 distinct images would otherwise be an 11-image file, not a scan's size.
    /// </summary>
    private static byte[] Numbered(byte[] jpeg, string name)
    {
        byte[] note = System.Text.Encoding.ASCII.GetBytes($"DocPipeline benchmark {name}");
        int length = note.Length + 2;
        // After the JFIF header (PDFsharp's reader expects it first), before the rest.
        int at = jpeg[2] == 0xFF && jpeg[3] == 0xE0 ? 4 + (jpeg[4] << 8 | jpeg[5]) : 2;
        return [.. jpeg[..at], 0xFF, 0xFE, (byte)(length >> 8), (byte)length, .. note, .. jpeg[at..]];
    }

    private static (byte[] Jpeg, int Width, int Height) ToJpeg(string path)
    {
        var page = (ImagePage)new PageReader(new PageLimits()).Read(path, FileSniffer.Detect(path)).Single();
        using (page) return (page.Image.ToJpeg(Quality), page.Image.Width, page.Image.Height);
    }
}
