using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Pages;
using PdfSharp.Pdf;
using static DocPipeline.Ocr.Searchable.PdfObjects;

namespace DocPipeline.Ocr.Searchable;

/// <summary>A page image ready to become a PDF image object.</summary>
internal abstract class PageImageObject
{
    public abstract int Width { get; }
    public abstract int Height { get; }
    public abstract PdfDictionary Embed(PdfDocument document);

    protected static (string, PdfItem)[] Header(int width, int height, string colorSpace, int bits) =>
        [("/Type", Name("XObject")), ("/Subtype", Name("Image")), ("/Width", Int(width)), ("/Height", Int(height)),
         ("/ColorSpace", Name(colorSpace)), ("/BitsPerComponent", Int(bits))];
}

/// <summary>A JPEG file as it is: its bytes are the image stream (DCTDecode).</summary>
internal sealed class JpegImageObject(byte[] jpeg, int width, int height, int components) : PageImageObject
{
    public override int Width => width;
    public override int Height => height;

    public override PdfDictionary Embed(PdfDocument document) =>
        RawStream(document, jpeg, [.. Header(width, height, components == 1 ? "DeviceGray" : "DeviceRGB", 8), ("/Filter", Name("DCTDecode"))]);
}

/// <summary>
/// A decoded image's samples, Flate-compressed: 1-bit stays 1-bit (Leptonica's 1 is black, so
/// Decode [1 0]), grey 8-bit, colour as RGB; other depths and colour maps become 8-bit grey.
/// </summary>
internal sealed class PixImageObject(PixHandle pix) : PageImageObject
{
    public override int Width => pix.Width;
    public override int Height => pix.Height;

    public override PdfDictionary Embed(PdfDocument document)
    {
        int depth = Leptonica.PixGetDepth(pix);
        bool plain = Leptonica.PixGetColormap(pix) == IntPtr.Zero;
        if (plain && depth == 1)
            return FlateStream(document, Samples(pix, 1), [.. Header(Width, Height, "DeviceGray", 1), ("/Decode", Array(document, Int(1), Int(0)))]);
        if (plain && depth == 32) return FlateStream(document, Samples(pix, 3), Header(Width, Height, "DeviceRGB", 8));
        if (plain && depth == 8) return FlateStream(document, Samples(pix, 8), Header(Width, Height, "DeviceGray", 8));
        using var gray = Leptonica.PixConvertTo8(pix, 0);
        if (gray.IsInvalid) throw new InvalidOperationException("Leptonica could not convert the page image to grey.");
        return FlateStream(document, Samples(gray, 8), Header(Width, Height, "DeviceGray", 8));
    }

    /// <summary>
    /// Rows in PDF order. Leptonica keeps pixels in 32-bit words, most significant first, so on
    /// this little-endian machine the bytes of each word are read from the top down.
    /// </summary>
    private static unsafe byte[] Samples(PixHandle image, int kind)
    {
        int w = image.Width, h = image.Height, wpl = Leptonica.PixGetWpl(image);
        uint* data = (uint*)Leptonica.PixGetData(image);
        int rowBytes = kind switch { 1 => (w + 7) / 8, 8 => w, _ => 3 * w };
        var samples = new byte[rowBytes * h];
        for (int y = 0; y < h; y++)
        {
            uint* row = data + (long)y * wpl;
            var target = samples.AsSpan(y * rowBytes, rowBytes);
            if (kind == 3)
                for (int x = 0; x < w; x++) { uint p = row[x]; target[3 * x] = (byte)(p >> 24); target[3 * x + 1] = (byte)(p >> 16); target[3 * x + 2] = (byte)(p >> 8); }
            else
                for (int k = 0; k < rowBytes; k++) target[k] = (byte)(row[k >> 2] >> (24 - 8 * (k & 3)));
        }
        return samples;
    }
}

/// <summary>The pages of an image file, for the searchable PDF: a JPEG passed through, PNG and TIFF pages decoded.</summary>
internal static class ImageFilePages
{
    public static IEnumerable<(int Number, PageImageObject Image)> Of(string path, FileKind kind, PageLimits limits)
    {
        if (kind == FileKind.Jpeg)
        {
            byte[] jpeg = File.ReadAllBytes(path);
            var (w, h, components) = JpegHeader(jpeg);
            if (components is 1 or 3) { yield return (1, new JpegImageObject(jpeg, w, h, components)); yield break; }
        }
        var pages = kind == FileKind.Tiff ? ImagePages.ReadTiff(path, limits) : [new ImagePage(1, ImagePages.ReadSingle(path, limits))];
        foreach (var page in pages)
        {
            using (page)
                if (page is ImagePage image) yield return (page.Number, new PixImageObject(image.Image));
        }
    }

    private static unsafe (int Width, int Height, int Components) JpegHeader(byte[] jpeg)
    {
        fixed (byte* data = jpeg)
        {
            Tesseract.OcrRuntime.EnsureLoaded();
            if (Leptonica.PixReadHeaderMem(data, (nuint)jpeg.Length, out _, out int w, out int h, out _, out int spp, out _) != 0)
                throw new RejectedFileException("pages", "The JPEG's header cannot be read.");
            return (w, h, spp);
        }
    }
}
