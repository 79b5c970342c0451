using System.Text;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Native;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace DocPipeline.Ocr.Pages;

/// <summary>
/// A scanned PDF page taken as the scanner wrote it: when the page is one upright image covering
/// it, that image is decoded at its own resolution (JPEG and JPEG 2000 by Leptonica from the
/// stream's bytes; Flate, CCITT, LZW and run-length by PdfPig into rows handed to Leptonica as an
/// uncompressed PNM), instead of rendering the page again. Anything else (several images, a
/// turned page, a colour space or filter we do not read, JBIG2) returns null and is rendered.
/// </summary>
internal static class PdfPageImage
{
    /// <summary>Of the page's visible area, at least this share covered by the image: a full-page scan.</summary>
    private const double MinCoverage = 0.9;

    public static (PixHandle Image, PagePlacement Placement)? TryTake(Page page, PageLimits limits)
    {
        if (page.Rotation.Value % 360 != 0) return null;
        var images = page.GetImages().Take(2).ToList();
        if (images.Count != 1) return null;
        var image = images[0];
        var box = image.BoundingBox;
        var crop = page.CropBox.Bounds;
        if (Math.Abs(box.Rotation) > 0.01 || box.Width <= 0 || box.Height <= 0) return null;
        if (box.Width * box.Height < MinCoverage * crop.Width * crop.Height) return null;
        int w = image.WidthInSamples, h = image.HeightInSamples;
        if (w <= 0 || h <= 0) return null;
        if ((long)w * h > limits.MaxPixelsPerPage)
            throw new RejectedFileException("pages", $"Page {page.Number} is {w}×{h} pixels, over the limit of {limits.MaxPixelsPerPage:N0} pixels per page.");

        var pix = Decode(image);
        if (pix is null) return null;
        if (pix.Width != w || pix.Height != h) { pix.Dispose(); return null; }
        pix.SetResolution((int)Math.Round(w / (box.Width / 72.0)));
        return (pix, PagePlacement.Over(box.Left, box.Bottom, box.Width, box.Height, w, h));
    }

    private static PixHandle? Decode(IPdfImage image)
    {
        var filters = Filters(image);
        // A JPEG's stream is the JPEG file itself, unless another filter wraps it.
        if (filters is ["DCTDecode" or "DCT" or "JPXDecode"])
            return Components(image) is 1 or 3 ? FromBytes(image.RawMemory.ToArray()) : null;
        if (filters.Any(f => f is "DCTDecode" or "DCT" or "JPXDecode" or "JBIG2Decode") || image.BitsPerComponent is not (1 or 8)) return null;
        if (!image.TryGetBytesAsMemory(out var rows)) return null;
        int components = image.IsImageMask ? 1 : Components(image);
        if (components is not (1 or 3) || (image.BitsPerComponent == 1 && components != 1)) return null;
        return FromBytes(Pnm(image, rows.Span, components));
    }

    /// <summary>The decoded rows as PBM (1 bit, 1 = black), PGM or PPM, which Leptonica reads from memory without decompressing anything.</summary>
    private static byte[] Pnm(IPdfImage image, ReadOnlySpan<byte> rows, int components)
    {
        int w = image.WidthInSamples, h = image.HeightInSamples;
        bool oneBit = image.BitsPerComponent == 1;
        int rowBytes = oneBit ? (w + 7) / 8 : w * components;
        if (rows.Length < rowBytes * h) throw new RejectedFileException("pages", "An image of the PDF is truncated.");
        // PDF samples: 0 is black. A Decode of [1 0] (or an image mask's default) swaps that.
        bool inverted = image.Decode.Count >= 2 && image.Decode[0] > image.Decode[1];
        bool flip = oneBit ? !inverted : inverted; // PBM's 1 is black
        string magic = oneBit ? "P4" : components == 1 ? "P5" : "P6";
        byte[] header = Encoding.ASCII.GetBytes(oneBit ? $"{magic}\n{w} {h}\n" : $"{magic}\n{w} {h}\n255\n");
        var pnm = new byte[header.Length + rowBytes * h];
        header.CopyTo(pnm, 0);
        var pixels = pnm.AsSpan(header.Length);
        rows[..pixels.Length].CopyTo(pixels);
        if (flip)
            for (int i = 0; i < pixels.Length; i++) pixels[i] = (byte)~pixels[i];
        return pnm;
    }

    private static unsafe PixHandle? FromBytes(byte[] bytes)
    {
        Tesseract.OcrRuntime.EnsureLoaded();
        fixed (byte* data = bytes)
        {
            var pix = Leptonica.PixReadMem(data, (nuint)bytes.Length);
            if (!pix.IsInvalid) return pix;
            pix.Dispose();
            return null;
        }
    }

    private static int Components(IPdfImage image) => image.ColorSpaceDetails switch
    {
        null => 0,
        { Type: ColorSpace.Indexed or ColorSpace.Separation or ColorSpace.DeviceN or ColorSpace.Pattern } => 0,
        var cs => cs.NumberOfColorComponents,
    };

    private static List<string> Filters(IPdfImage image)
    {
        if (!image.ImageDictionary.TryGet(NameToken.Filter, out var token)) return [];
        return token switch
        {
            NameToken name => [name.Data],
            ArrayToken array => array.Data.OfType<NameToken>().Select(n => n.Data).ToList(),
            _ => [],
        };
    }
}
