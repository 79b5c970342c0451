using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Tesseract;

/// <summary>
/// Process-wide settings that must be in place before the native libraries first load:
/// one OpenMP thread per Tesseract call (on 2 cores a page takes 0.78 s with one thread and
/// 5.5 s with the default threads; DocPipeline parallelizes across pages instead), and
/// Leptonica's own stderr messages off.
/// </summary>
internal static class OcrRuntime
{
    private static readonly Lazy<bool> Loaded = new(() =>
    {
        NativeEnvironment.SetDefault("OMP_THREAD_LIMIT", "1");
        try { Leptonica.SetMsgSeverity(Leptonica.SeverityNone); }
        catch (DllNotFoundException e)
        {
            throw new OcrUnavailableException("liblept.so.5 (Leptonica) is not installed. Install it with: sudo apt-get install tesseract-ocr", e);
        }
        return true;
    });

    internal static void EnsureLoaded() => _ = Loaded.Value;
}
