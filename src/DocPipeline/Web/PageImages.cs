using System.Diagnostics;
using System.Globalization;
using DocPipeline.Hosting;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages;
using Microsoft.Extensions.Options;

namespace DocPipeline.Web;

/// <summary>A page image ready to send: a file on disk and its media type.</summary>
public sealed record PageImageFile(string Path, string ContentType);

/// <summary>
/// Page images for the document view, made from the archived original on first request and
/// kept in DATA/cache/pages/ (named by the original's SHA-256 and the page number, never by
/// anything from the request). PNG and JPEG scans are sent as they are; PDF pages are
/// rendered by pdftoppm at 100 dpi (enough for reading beside the text); TIFF pages through
/// Leptonica; Word, OpenDocument and RTF documents from the PDF LibreOffice laid them out in
/// (none without LibreOffice). Text files have no image.
/// </summary>
public sealed class PageImages(IOptions<DocPipelineOptions> options)
{
    private const int ScreenDpi = 100;
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(60);
    private readonly DocPipelineOptions _options = options.Value;

    private string CacheFolder => Path.Combine(_options.DataDirectory, "cache", "pages");

    /// <summary>The image of a page, or null when the document has no image for it.</summary>
    public PageImageFile? For(ArchivedOriginal original, int page)
    {
        if (page < 1 || page > original.PageCount || !IsSha256(original.Sha256)) return null;
        switch (original.Kind)
        {
            case "png": return new PageImageFile(original.Path, "image/png");
            case "jpeg": return new PageImageFile(original.Path, "image/jpeg");
            case "pdf" or "tiff": break;
            case "docx" or "doc" or "odt" or "rtf" when original.LaidOutPdf is not null: break;
            default: return null;
        }
        string source = original.Kind is "pdf" or "tiff" ? original.Path : original.LaidOutPdf!;
        string cached = Path.Combine(CacheFolder, $"{original.Sha256}-{page.ToString(CultureInfo.InvariantCulture)}.png");
        if (!File.Exists(cached))
        {
            Directory.CreateDirectory(CacheFolder);
            // Written under a temporary name and renamed, so a request never sees half a PNG.
            string partial = Path.Combine(CacheFolder, $".{Guid.NewGuid():N}.png");
            try
            {
                if (original.Kind != "tiff") RenderPdfPage(source, page, partial);
                else File.WriteAllBytes(partial, TiffPagePng(original.Path, page));
                File.Move(partial, cached, overwrite: true);
            }
            finally { File.Delete(partial); }
        }
        return new PageImageFile(cached, "image/png");
    }

    private static void RenderPdfPage(string pdf, int page, string target)
    {
        string n = page.ToString(CultureInfo.InvariantCulture);
        string prefix = target[..^".png".Length];
        var start = new ProcessStartInfo("pdftoppm") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in (string[])["-r", ScreenDpi.ToString(CultureInfo.InvariantCulture), "-f", n, "-l", n, "-png", "-singlefile", pdf, prefix])
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(RenderTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pdftoppm took longer than {RenderTimeout.TotalSeconds:0} s for page {n}.");
        }
        if (process.ExitCode != 0 || !File.Exists(target))
            throw new InvalidOperationException($"pdftoppm could not render page {n}: {errors.Result.Trim()}");
    }

    private byte[] TiffPagePng(string tiff, int page)
    {
        var limits = new PageLimits { MaxPages = _options.MaxPages, MaxPixelsPerPage = _options.MaxPixelsPerPage };
        foreach (var source in new PageReader(limits).Read(tiff, FileKind.Tiff))
        {
            using (source)
                if (source.Number == page && source is ImagePage image) return image.Image.ToPng();
        }
        throw new InvalidOperationException($"The TIFF has no page {page}.");
    }

    private static bool IsSha256(string s) => s.Length == 64 && s.All(char.IsAsciiHexDigit);
}
