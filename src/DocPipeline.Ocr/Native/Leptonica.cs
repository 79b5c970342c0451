using System.Runtime.InteropServices;

namespace DocPipeline.Ocr.Native;

/// <summary>Thin typed binding to the few Leptonica (liblept.so.5) functions DocPipeline uses.</summary>
internal static partial class Leptonica
{
    private const string Lib = "liblept.so.5";

    [LibraryImport(Lib, EntryPoint = "pixRead", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial PixHandle PixRead(string filename);

    [LibraryImport(Lib, EntryPoint = "pixReadMem")]
    internal static unsafe partial PixHandle PixReadMem(byte* data, nuint size);

    [LibraryImport(Lib, EntryPoint = "pixReadMemFromMultipageTiff")]
    internal static unsafe partial PixHandle PixReadMemFromMultipageTiff(byte* data, nuint size, ref nuint offset);

    [LibraryImport(Lib, EntryPoint = "pixReadHeaderMem")]
    internal static unsafe partial int PixReadHeaderMem(byte* data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int isColormapped);

    [LibraryImport(Lib, EntryPoint = "readHeaderMemTiff")]
    internal static unsafe partial int ReadHeaderMemTiff(byte* data, nuint size, int page, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int resolution, out int colormap, out int format);

    [LibraryImport(Lib, EntryPoint = "pixDestroy")]
    internal static partial void PixDestroy(ref IntPtr pix);

    [LibraryImport(Lib, EntryPoint = "pixGetWidth")]
    internal static partial int PixGetWidth(PixHandle pix);

    [LibraryImport(Lib, EntryPoint = "pixGetHeight")]
    internal static partial int PixGetHeight(PixHandle pix);

    [LibraryImport(Lib, EntryPoint = "pixGetXRes")]
    internal static partial int PixGetXRes(PixHandle pix);

    [LibraryImport(Lib, EntryPoint = "pixSetResolution")]
    internal static partial int PixSetResolution(PixHandle pix, int xres, int yres);

    [LibraryImport(Lib, EntryPoint = "pixWriteMemJpeg")]
    internal static partial int PixWriteMemJpeg(out IntPtr data, out nuint size, PixHandle pix, int quality, int progressive);

    [LibraryImport(Lib, EntryPoint = "pixWriteMemPng")]
    internal static partial int PixWriteMemPng(out IntPtr data, out nuint size, PixHandle pix, float gamma);

    [LibraryImport(Lib, EntryPoint = "pixGetDepth")]
    internal static partial int PixGetDepth(PixHandle pix);

    [LibraryImport(Lib, EntryPoint = "pixGetColormap")]
    internal static partial IntPtr PixGetColormap(PixHandle pix);

    [LibraryImport(Lib, EntryPoint = "pixGetWpl")]
    internal static partial int PixGetWpl(PixHandle pix);

    [LibraryImport(Lib, EntryPoint = "pixGetData")]
    internal static partial IntPtr PixGetData(PixHandle pix);

    /// <summary>Any depth to 8-bit gray (colormaps removed).</summary>
    [LibraryImport(Lib, EntryPoint = "pixConvertTo8")]
    internal static partial PixHandle PixConvertTo8(PixHandle pix, int colormapFlag);

    [LibraryImport(Lib, EntryPoint = "pixClipRectangle")]
    internal static partial PixHandle PixClipRectangle(PixHandle pix, BoxHandle box, IntPtr clippedBox);

    [LibraryImport(Lib, EntryPoint = "boxCreate")]
    internal static partial BoxHandle BoxCreate(int x, int y, int width, int height);

    [LibraryImport(Lib, EntryPoint = "boxDestroy")]
    internal static partial void BoxDestroy(ref IntPtr box);

    [LibraryImport(Lib, EntryPoint = "pixMedianFilter")]
    internal static partial PixHandle PixMedianFilter(PixHandle pix, int width, int height);

    [LibraryImport(Lib, EntryPoint = "pixCopyResolution")]
    internal static partial int PixCopyResolution(PixHandle destination, PixHandle source);

    [LibraryImport(Lib, EntryPoint = "lept_free")]
    internal static partial void LeptFree(IntPtr ptr);

    /// <summary>Leptonica prints its own errors to stderr; DocPipeline reports its own instead.</summary>
    [LibraryImport(Lib, EntryPoint = "setMsgSeverity")]
    internal static partial int SetMsgSeverity(int severity);

    internal const int SeverityNone = 6;
}

/// <summary>A Leptonica BOX*, destroyed with boxDestroy when released.</summary>
internal sealed class BoxHandle : SafeHandle
{
    public BoxHandle() : base(IntPtr.Zero, ownsHandle: true) { }
    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        IntPtr p = handle;
        Leptonica.BoxDestroy(ref p);
        return true;
    }
}
