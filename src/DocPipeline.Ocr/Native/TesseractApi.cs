using System.Runtime.InteropServices;

namespace DocPipeline.Ocr.Native;

/// <summary>Thin typed binding to Tesseract's C API (libtesseract.so.5, capi.h).</summary>
internal static partial class TesseractApi
{
    private const string Lib = "libtesseract.so.5";

    [LibraryImport(Lib, EntryPoint = "TessVersion")]
    internal static partial IntPtr TessVersion();

    [LibraryImport(Lib, EntryPoint = "TessBaseAPICreate")]
    internal static partial TessBaseApiHandle Create();

    [LibraryImport(Lib, EntryPoint = "TessBaseAPIDelete")]
    internal static partial void Delete(IntPtr handle);

    [LibraryImport(Lib, EntryPoint = "TessBaseAPIEnd")]
    internal static partial void End(IntPtr handle);

    [LibraryImport(Lib, EntryPoint = "TessBaseAPIInit3", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Init3(TessBaseApiHandle handle, string dataPath, string language);

    [LibraryImport(Lib, EntryPoint = "TessBaseAPISetVariable", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetVariable(TessBaseApiHandle handle, string name, string value);

    [LibraryImport(Lib, EntryPoint = "TessBaseAPISetPageSegMode")]
    internal static partial void SetPageSegMode(TessBaseApiHandle handle, int mode);

    [LibraryImport(Lib, EntryPoint = "TessBaseAPISetImage2")]
    internal static partial void SetImage2(TessBaseApiHandle handle, PixHandle pix);

    [LibraryImport(Lib, EntryPoint = "TessBaseAPISetRectangle")]
    internal static partial void SetRectangle(TessBaseApiHandle handle, int left, int top, int width, int height);

    [LibraryImport(Lib, EntryPoint = "TessBaseAPISetSourceResolution")]
    internal static partial void SetSourceResolution(TessBaseApiHandle handle, int ppi);

    [LibraryImport(Lib, EntryPoint = "TessBaseAPIRecognize")]
    internal static partial int Recognize(TessBaseApiHandle handle, MonitorHandle monitor);

    [LibraryImport(Lib, EntryPoint = "TessBaseAPIGetUTF8Text")]
    internal static partial IntPtr GetUtf8Text(TessBaseApiHandle handle);

    [LibraryImport(Lib, EntryPoint = "TessDeleteText")]
    internal static partial void DeleteText(IntPtr text);

    [LibraryImport(Lib, EntryPoint = "TessBaseAPIMeanTextConf")]
    internal static partial int MeanTextConf(TessBaseApiHandle handle);

    [LibraryImport(Lib, EntryPoint = "TessBaseAPIClear")]
    internal static partial void Clear(TessBaseApiHandle handle);

    [LibraryImport(Lib, EntryPoint = "TessBaseAPIGetIterator")]
    internal static partial ResultIteratorHandle GetIterator(TessBaseApiHandle handle);

    [LibraryImport(Lib, EntryPoint = "TessResultIteratorDelete")]
    internal static partial void ResultIteratorDelete(IntPtr iterator);

    [LibraryImport(Lib, EntryPoint = "TessResultIteratorGetPageIterator")]
    internal static partial IntPtr ResultIteratorGetPageIterator(ResultIteratorHandle iterator);

    [LibraryImport(Lib, EntryPoint = "TessResultIteratorNext")]
    [return: MarshalAs(UnmanagedType.I4)]
    internal static partial bool ResultIteratorNext(ResultIteratorHandle iterator, int level);

    [LibraryImport(Lib, EntryPoint = "TessResultIteratorGetUTF8Text")]
    internal static partial IntPtr ResultIteratorGetUtf8Text(ResultIteratorHandle iterator, int level);

    [LibraryImport(Lib, EntryPoint = "TessResultIteratorConfidence")]
    internal static partial float ResultIteratorConfidence(ResultIteratorHandle iterator, int level);

    // The page iterator below is owned by its result iterator: never deleted on its own.
    [LibraryImport(Lib, EntryPoint = "TessPageIteratorIsAtBeginningOf")]
    [return: MarshalAs(UnmanagedType.I4)]
    internal static partial bool PageIteratorIsAtBeginningOf(IntPtr pageIterator, int level);

    [LibraryImport(Lib, EntryPoint = "TessPageIteratorBoundingBox")]
    [return: MarshalAs(UnmanagedType.I4)]
    internal static partial bool PageIteratorBoundingBox(IntPtr pageIterator, int level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(Lib, EntryPoint = "TessMonitorCreate")]
    internal static partial MonitorHandle MonitorCreate();

    [LibraryImport(Lib, EntryPoint = "TessMonitorDelete")]
    internal static partial void MonitorDelete(IntPtr monitor);

    [LibraryImport(Lib, EntryPoint = "TessMonitorSetDeadlineMSecs")]
    internal static partial void MonitorSetDeadlineMSecs(MonitorHandle monitor, int milliseconds);

    [LibraryImport(Lib, EntryPoint = "TessMonitorGetProgress")]
    internal static partial int MonitorGetProgress(MonitorHandle monitor);

    internal const int PageSegAuto = 3, PageSegSingleBlock = 6, PageSegSingleLine = 7;
    internal const int LevelBlock = 0, LevelParagraph = 1, LevelLine = 2, LevelWord = 3;
}

/// <summary>A TessBaseAPI*, ended and deleted when released.</summary>
internal sealed class TessBaseApiHandle : SafeHandle
{
    public TessBaseApiHandle() : base(IntPtr.Zero, ownsHandle: true) { }
    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        TesseractApi.End(handle);
        TesseractApi.Delete(handle);
        return true;
    }
}

/// <summary>An ETEXT_DESC* progress monitor, which also carries the per-page deadline.</summary>
internal sealed class MonitorHandle : SafeHandle
{
    public MonitorHandle() : base(IntPtr.Zero, ownsHandle: true) { }
    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        TesseractApi.MonitorDelete(handle);
        return true;
    }
}

/// <summary>A TessResultIterator*, deleted when released.</summary>
internal sealed class ResultIteratorHandle : SafeHandle
{
    public ResultIteratorHandle() : base(IntPtr.Zero, ownsHandle: true) { }
    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        TesseractApi.ResultIteratorDelete(handle);
        return true;
    }
}
