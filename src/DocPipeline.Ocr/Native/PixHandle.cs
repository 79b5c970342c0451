using System.Runtime.InteropServices;

namespace DocPipeline.Ocr.Native;

/// <summary>A Leptonica image (PIX*), destroyed with pixDestroy when released.</summary>
public sealed class PixHandle : SafeHandle
{
    public PixHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public int Width => Leptonica.PixGetWidth(this);
    public int Height => Leptonica.PixGetHeight(this);
    public int Resolution => Leptonica.PixGetXRes(this);

    /// <summary>
    /// The resolution the image claims when a scan could have it (70–1200 dpi), else 300: what the page analysis
    /// assumes for an image that says nothing, or nonsense (a phone's 72 is kept; 0 and 1 are not).
    /// </summary>
    public int PlausibleResolution => Resolution is >= 70 and <= 1200 and var dpi ? dpi : 300;

    /// <summary>The image as PNG bytes (for page images shown beside the text, and lossless in a searchable PDF).</summary>
    public byte[] ToPng() =>
        Take(Leptonica.PixWriteMemPng(out IntPtr data, out nuint size, this, 0f), data, size, "PNG");

    /// <summary>The image as JPEG bytes, grey when it is not in colour (benchmark inputs shaped like a scanner's).</summary>
    public byte[] ToJpeg(int quality)
    {
        if (Leptonica.PixGetDepth(this) == 32 || (Leptonica.PixGetDepth(this) == 8 && Leptonica.PixGetColormap(this) == IntPtr.Zero))
            return Take(Leptonica.PixWriteMemJpeg(out IntPtr data, out nuint size, this, quality, 0), data, size, "JPEG");
        using var gray = Leptonica.PixConvertTo8(this, 0);
        return gray.ToJpeg(quality);
    }

    public void SetResolution(int dpi) => Leptonica.PixSetResolution(this, dpi, dpi);

    private static byte[] Take(int status, IntPtr data, nuint size, string format)
    {
        if (status != 0 || data == IntPtr.Zero)
            throw new InvalidOperationException($"Leptonica could not encode the page as {format}.");
        try
        {
            var bytes = new byte[(int)size];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally { Leptonica.LeptFree(data); }
    }

    protected override bool ReleaseHandle()
    {
        IntPtr p = handle;
        Leptonica.PixDestroy(ref p);
        return true;
    }
}
