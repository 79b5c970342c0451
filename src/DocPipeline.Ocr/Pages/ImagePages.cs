using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Pages;

/// <summary>
/// Page images through Leptonica: PNG and JPEG as one page, TIFF page by page. The header is
/// read before the pixels so that a decompression bomb is refused before it is decoded.
/// </summary>
internal static class ImagePages
{
    public static PixHandle ReadSingle(string path, PageLimits limits)
    {
        OcrRuntime.EnsureLoaded();
        byte[] bytes = File.ReadAllBytes(path);
        return Decode(bytes, limits);
    }

    public static unsafe PixHandle Decode(byte[] bytes, PageLimits limits)
    {
        fixed (byte* data = bytes)
        {
            if (Leptonica.PixReadHeaderMem(data, (nuint)bytes.Length, out _, out int w, out int h, out _, out _, out _) != 0)
                throw new RejectedFileException("pages", "The image is damaged or truncated: its header cannot be read.");
            CheckPixels(w, h, 1, limits);
            var pix = Leptonica.PixReadMem(data, (nuint)bytes.Length);
            if (pix.IsInvalid) { pix.Dispose(); throw new RejectedFileException("pages", "The image is damaged or truncated: it cannot be decoded."); }
            return pix;
        }
    }

    public static IEnumerable<SourcePage> ReadTiff(string path, PageLimits limits)
    {
        OcrRuntime.EnsureLoaded();
        byte[] bytes = File.ReadAllBytes(path);
        nuint offset = 0;
        int page = 0;
        do
        {
            page++;
            if (page > limits.MaxPages)
                throw new RejectedFileException("pages", $"The TIFF has more than {limits.MaxPages} pages, the limit.");
            PixHandle pix = NextTiffPage(bytes, page, ref offset, limits);
            yield return new ImagePage(page, pix);
        } while (offset != 0);
    }

    private static unsafe PixHandle NextTiffPage(byte[] bytes, int page, ref nuint offset, PageLimits limits)
    {
        fixed (byte* data = bytes)
        {
            if (Leptonica.ReadHeaderMemTiff(data, (nuint)bytes.Length, page - 1, out int w, out int h, out _, out _, out _, out _, out _) != 0)
                throw new RejectedFileException("pages", $"Page {page} of the TIFF is damaged or truncated.");
            CheckPixels(w, h, page, limits);
            var pix = Leptonica.PixReadMemFromMultipageTiff(data, (nuint)bytes.Length, ref offset);
            if (pix.IsInvalid) { pix.Dispose(); throw new RejectedFileException("pages", $"Page {page} of the TIFF is damaged or truncated."); }
            return pix;
        }
    }

    private static void CheckPixels(int width, int height, int page, PageLimits limits)
    {
        if (width <= 0 || height <= 0)
            throw new RejectedFileException("pages", $"Page {page} has no pixels.");
        if ((long)width * height > limits.MaxPixelsPerPage)
            throw new RejectedFileException("pages", $"Page {page} is {width}×{height} pixels, over the limit of {limits.MaxPixelsPerPage:N0} pixels per page.");
    }
}
