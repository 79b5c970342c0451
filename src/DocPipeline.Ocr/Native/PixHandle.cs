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

    /// <summary>The image as PNG bytes (for page images shown beside the text).</summary>
    public byte[] ToPng()
    {
        if (Leptonica.PixWriteMemPng(out IntPtr data, out nuint size, this, 0f) != 0 || data == IntPtr.Zero)
            throw new InvalidOperationException("Leptonica could not encode the page as PNG.");
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
