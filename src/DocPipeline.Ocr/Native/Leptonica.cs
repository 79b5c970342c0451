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

    /// <summary>A new image, all zeros (white on 1-bit).</summary>
    [LibraryImport(Lib, EntryPoint = "pixCreate")]
    internal static partial PixHandle PixCreate(int width, int height, int depth);

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

    /// <summary>Leptonica's median (a histogram rank filter): what <see cref="Preprocessing.Median3x3"/> is held to in tests.</summary>
    [LibraryImport(Lib, EntryPoint = "pixMedianFilter")]
    internal static partial PixHandle PixMedianFilter(PixHandle pix, int width, int height);

    [LibraryImport(Lib, EntryPoint = "pixCopyResolution")]
    internal static partial int PixCopyResolution(PixHandle destination, PixHandle source);

    /// <summary>RGB to gray by the minimum or maximum of the three channels (<see cref="ChooseMax"/>: coloured ink and paper go light).</summary>
    [LibraryImport(Lib, EntryPoint = "pixConvertRGBToGrayMinMax")]
    internal static partial PixHandle PixConvertRgbToGrayMinMax(PixHandle pix, int type);

    internal const int ChooseMax = 2;

    /// <summary>8-bit gray to 1-bit: pixels darker than the threshold become foreground.</summary>
    [LibraryImport(Lib, EntryPoint = "pixThresholdToBinary")]
    internal static partial PixHandle PixThresholdToBinary(PixHandle pix, int threshold);

    /// <summary>1-bit, half the size each way: a pixel is on when at least <paramref name="level"/> of its 2×2 block are (1–4).</summary>
    [LibraryImport(Lib, EntryPoint = "pixReduceRankBinary2")]
    internal static partial PixHandle PixReduceRankBinary2(PixHandle pix, int level, IntPtr table);

    /// <summary>1-bit, each pixel replicated to a factor×factor block (factor 2, 4, 8 or 16).</summary>
    [LibraryImport(Lib, EntryPoint = "pixExpandBinaryPower2")]
    internal static partial PixHandle PixExpandBinaryPower2(PixHandle pix, int factor);

    [LibraryImport(Lib, EntryPoint = "pixOpenBrick")]
    internal static partial PixHandle PixOpenBrick(IntPtr destination, PixHandle pix, int width, int height);

    [LibraryImport(Lib, EntryPoint = "pixCloseSafeBrick")]
    internal static partial PixHandle PixCloseSafeBrick(IntPtr destination, PixHandle pix, int width, int height);

    [LibraryImport(Lib, EntryPoint = "pixDilateBrick")]
    internal static partial PixHandle PixDilateBrick(IntPtr destination, PixHandle pix, int width, int height);

    /// <summary>Keeps the connected components whose size satisfies the relation (see the Select constants).</summary>
    [LibraryImport(Lib, EntryPoint = "pixSelectBySize")]
    internal static partial PixHandle PixSelectBySize(PixHandle pix, int width, int height, int connectivity, int type, int relation, IntPtr changed);

    internal const int SelectWidth = 1, SelectHeight = 2, SelectIfBoth = 6, SelectIfEither = 5, SelectIfLessOrEqual = 3, SelectIfGreaterOrEqual = 4;

    /// <summary>8-bit gray closing (the brightest within an odd-sized window, then the darkest of those): dark features narrower than the window filled from the paper around them.</summary>
    [LibraryImport(Lib, EntryPoint = "pixCloseGray")]
    internal static partial PixHandle PixCloseGray(PixHandle pix, int width, int height);

    /// <summary>Scaled down by area mapping: each pixel the mean of the pixels it covers.</summary>
    [LibraryImport(Lib, EntryPoint = "pixScaleAreaMap")]
    internal static partial PixHandle PixScaleAreaMap(PixHandle pix, float scaleX, float scaleY);

    /// <summary>Scaled to a given size (gray: linear interpolation).</summary>
    [LibraryImport(Lib, EntryPoint = "pixScaleToSize")]
    internal static partial PixHandle PixScaleToSize(PixHandle pix, int width, int height);

    /// <summary>8-bit gray scaled by any factors by linear interpolation (the resolution scaled with it).</summary>
    [LibraryImport(Lib, EntryPoint = "pixScaleGrayLI")]
    internal static partial PixHandle PixScaleGrayLI(PixHandle pix, float scaleX, float scaleY);

    /// <summary>8-bit gray enlarged twice in each direction by linear interpolation (the resolution doubled with it).</summary>
    [LibraryImport(Lib, EntryPoint = "pixScaleGray2xLI")]
    internal static partial PixHandle PixScaleGray2xLI(PixHandle pix);

    /// <summary>8-bit gray: each pixel the brighter (<see cref="ChooseMax"/>) of the two images'.</summary>
    [LibraryImport(Lib, EntryPoint = "pixMinOrMax")]
    internal static partial PixHandle PixMinOrMax(IntPtr destination, PixHandle first, PixHandle second, int type);

    [LibraryImport(Lib, EntryPoint = "pixSubtract")]
    internal static partial PixHandle PixSubtract(IntPtr destination, PixHandle first, PixHandle second);

    [LibraryImport(Lib, EntryPoint = "pixInvert")]
    internal static partial PixHandle PixInvert(IntPtr destination, PixHandle pix);

    /// <summary>Copies the source's pixels under a 1-bit mask into the destination (same depth and size).</summary>
    [LibraryImport(Lib, EntryPoint = "pixCombineMasked")]
    internal static partial int PixCombineMasked(PixHandle destination, PixHandle source, PixHandle mask);

    [LibraryImport(Lib, EntryPoint = "pixOr")]
    internal static partial PixHandle PixOr(IntPtr destination, PixHandle first, PixHandle second);

    /// <summary>Sets the pixels of an image under a 1-bit mask to a value (255: white on 8-bit gray).</summary>
    [LibraryImport(Lib, EntryPoint = "pixSetMasked")]
    internal static partial int PixSetMasked(PixHandle pix, PixHandle mask, uint value);

    [LibraryImport(Lib, EntryPoint = "pixCountPixels")]
    internal static partial int PixCountPixels(PixHandle pix, out int count, IntPtr table);

    /// <summary>A blank image of the same size, depth and resolution.</summary>
    [LibraryImport(Lib, EntryPoint = "pixCreateTemplate")]
    internal static partial PixHandle PixCreateTemplate(PixHandle pix);

    [LibraryImport(Lib, EntryPoint = "pixCopy")]
    internal static partial PixHandle PixCopy(IntPtr destination, PixHandle pix);

    /// <summary>The bounding boxes of the connected components of a 1-bit image.</summary>
    [LibraryImport(Lib, EntryPoint = "pixConnCompBB")]
    internal static partial BoxaHandle PixConnCompBB(PixHandle pix, int connectivity);

    [LibraryImport(Lib, EntryPoint = "boxaGetCount")]
    internal static partial int BoxaGetCount(BoxaHandle boxa);

    [LibraryImport(Lib, EntryPoint = "boxaGetBoxGeometry")]
    internal static partial int BoxaGetBoxGeometry(BoxaHandle boxa, int index, out int x, out int y, out int width, out int height);

    [LibraryImport(Lib, EntryPoint = "boxaDestroy")]
    internal static partial void BoxaDestroy(ref IntPtr boxa);

    /// <summary>Background normalization: the page's light background (found per tile, smoothed) brought to one level.</summary>
    [LibraryImport(Lib, EntryPoint = "pixBackgroundNormSimple")]
    internal static partial PixHandle PixBackgroundNormSimple(PixHandle pix, IntPtr mask, IntPtr gray);

    /// <summary>Any depth to 1-bit: pixels darker than the threshold become foreground (a colormap removed first).</summary>
    [LibraryImport(Lib, EntryPoint = "pixConvertTo1")]
    internal static partial PixHandle PixConvertTo1(PixHandle pix, int threshold);

    /// <summary>The skew of a 1-bit page's text lines (sweep at reduction 4, search at 2); 0 when found, else 1.</summary>
    [LibraryImport(Lib, EntryPoint = "pixFindSkew")]
    internal static partial int PixFindSkew(PixHandle pix, out float angle, out float confidence);

    /// <summary>Rotated about the centre by <paramref name="radians"/> (clockwise positive), the size kept when width and height are 0.</summary>
    [LibraryImport(Lib, EntryPoint = "pixRotate")]
    internal static partial PixHandle PixRotate(PixHandle pix, float radians, int type, int incolor, int width, int height);

    internal const int RotateAreaMap = 1, BringInWhite = 1;

    /// <summary>Maps gray levels [min, max] onto [0, 255] (below black, above white), with a gamma.</summary>
    [LibraryImport(Lib, EntryPoint = "pixGammaTRC")]
    internal static partial PixHandle PixGammaTrc(IntPtr destination, PixHandle pix, float gamma, int min, int max);

    /// <summary>Sets every pixel in the box to all ones: white on an 8-bit image.</summary>
    [LibraryImport(Lib, EntryPoint = "pixSetInRect")]
    internal static partial int PixSetInRect(PixHandle pix, BoxHandle box);

    [LibraryImport(Lib, EntryPoint = "pixCountPixelsInRect")]
    internal static partial int PixCountPixelsInRect(PixHandle pix, BoxHandle box, out int count, IntPtr table);

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

/// <summary>A Leptonica BOXA*, destroyed with boxaDestroy when released.</summary>
internal sealed class BoxaHandle : SafeHandle
{
    public BoxaHandle() : base(IntPtr.Zero, ownsHandle: true) { }
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Every box as a pixel rectangle.</summary>
    public List<Tesseract.PixelBox> Boxes()
    {
        var boxes = new List<Tesseract.PixelBox>();
        if (IsInvalid) return boxes;
        int count = Leptonica.BoxaGetCount(this);
        for (int i = 0; i < count; i++)
            if (Leptonica.BoxaGetBoxGeometry(this, i, out int x, out int y, out int w, out int h) == 0)
                boxes.Add(new Tesseract.PixelBox(x, y, x + w, y + h));
        return boxes;
    }

    protected override bool ReleaseHandle()
    {
        IntPtr p = handle;
        Leptonica.BoxaDestroy(ref p);
        return true;
    }
}
