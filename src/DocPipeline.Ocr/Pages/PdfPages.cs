using System.Globalization;
using System.Text.RegularExpressions;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Pages;

/// <summary>
/// Pages of a PDF through poppler-utils: pdfinfo for the page count and encryption,
/// pdftotext for a page's own text layer, pdftoppm to rasterize a page whose layer is missing
/// or not good enough (<see cref="TextLayerQuality"/>); each page says which was done.
/// One page is rasterized at a time, so memory stays bounded on long documents.
/// </summary>
internal sealed class PdfPages(PageLimits limits, TextLayerQuality quality)
{
    private const string Package = "poppler-utils";

    public IEnumerable<SourcePage> Read(string path)
    {
        int pageCount = PageCount(path);
        for (int page = 1; page <= pageCount; page++)
        {
            string layer = TextLayer(path, page);
            var verdict = quality.Judge(layer);
            if (verdict.Keep)
                yield return new TextPage(page, layer, "pdf-text-layer") { TextLayer = verdict };
            else
                yield return new ImagePage(page, Rasterize(path, page)) { TextLayer = verdict };
        }
    }

    private int PageCount(string path)
    {
        var info = ExternalTool.Run("pdfinfo", [path], limits.ToolTimeout, Package);
        if (info.ExitCode != 0)
        {
            string why = info.StandardError.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase)
                ? "The PDF is encrypted (password protected); save an unprotected copy and drop it in again."
                : "The PDF is damaged or truncated: " + FirstLine(info.StandardError);
            throw new RejectedFileException("pages", why);
        }
        if (Regex.IsMatch(info.StandardOutput, @"^Encrypted:\s+yes", RegexOptions.Multiline)
            && Regex.IsMatch(info.StandardOutput, @"copy:no", RegexOptions.Multiline))
            throw new RejectedFileException("pages", "The PDF is encrypted against copying its text; save an unprotected copy and drop it in again.");
        var m = Regex.Match(info.StandardOutput, @"^Pages:\s+(\d+)", RegexOptions.Multiline);
        if (!m.Success || !int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out int pages) || pages < 1)
            throw new RejectedFileException("pages", "The PDF has no pages.");
        if (pages > limits.MaxPages)
            throw new RejectedFileException("pages", $"The PDF has {pages} pages, over the limit of {limits.MaxPages}.");
        return pages;
    }

    private string TextLayer(string path, int page)
    {
        var run = ExternalTool.Run("pdftotext", ["-f", Num(page), "-l", Num(page), "-enc", "UTF-8", path, "-"], limits.ToolTimeout, Package);
        return run.ExitCode == 0 ? run.StandardOutput : "";
    }

    private PixHandle Rasterize(string path, int page)
    {
        string dir = Directory.CreateTempSubdirectory("docpipeline-pdf-").FullName;
        try
        {
            string prefix = Path.Combine(dir, "page");
            var run = ExternalTool.Run("pdftoppm",
                ["-f", Num(page), "-l", Num(page), "-r", Num(limits.PdfDpi), "-gray", "-png", "-singlefile", path, prefix],
                limits.ToolTimeout, Package);
            string png = prefix + ".png";
            if (run.ExitCode != 0 || !File.Exists(png))
                throw new RejectedFileException("pages", $"Page {page} of the PDF could not be rendered: {FirstLine(run.StandardError)}");
            return ImagePages.ReadSingle(png, limits);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string FirstLine(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "no details";
}
