using System.Diagnostics;
using System.Runtime.InteropServices;
using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Tesseract;

/// <summary>
/// One Tesseract instance, initialized once and reused page after page. Not thread-safe:
/// use one per worker thread (see <see cref="TesseractEnginePool"/>).
/// </summary>
public sealed class TesseractEngine : IDisposable
{
    private readonly TessBaseApiHandle _api;
    private readonly int _pageSegMode;

    public string Language { get; }

    /// <param name="heavyNoiseRemoval">
    /// Tesseract's `textord_heavy_nr`: specks (dust, photocopier noise) are dropped before lines are found. Reading a
    /// page as one block, Tesseract otherwise turns a dusty page's specks into lines of letters; measured on the tuning
    /// corpus it cost more on the other pages (mean CER 0.034 → 0.038) than it saved, so it is off by default.
    /// </param>
    public TesseractEngine(string tessdataPath, string language, PageLayout layout = PageLayout.SingleBlock, bool heavyNoiseRemoval = false)
    {
        OcrRuntime.EnsureLoaded();
        Language = language;
        try
        {
            _api = TesseractApi.Create();
        }
        catch (DllNotFoundException e)
        {
            throw new OcrUnavailableException("libtesseract.so.5 is not installed. Install it with: sudo apt-get install tesseract-ocr tesseract-ocr-lao", e);
        }
        if (TesseractApi.Init3(_api, tessdataPath, language) != 0)
        {
            _api.Dispose();
            throw new OcrUnavailableException($"Tesseract could not load language '{language}' from {tessdataPath}.");
        }
        _pageSegMode = layout == PageLayout.Auto ? TesseractApi.PageSegAuto : TesseractApi.PageSegSingleBlock;
        TesseractApi.SetPageSegMode(_api, _pageSegMode);
        if (heavyNoiseRemoval) TesseractApi.SetVariable(_api, "textord_heavy_nr", "1");
        // Keep spaces as Tesseract reads them between Lao phrases; the text engine decides.
        TesseractApi.SetVariable(_api, "preserve_interword_spaces", "0");
    }

    public static string Version => Marshal.PtrToStringUTF8(TesseractApi.TessVersion()) ?? "unknown";

    /// <summary>Reads one page image. A page that takes longer than the timeout is stopped and reported.</summary>
    public OcrResult Recognize(PixHandle image, TimeSpan timeout)
    {
        SetImage(image);
        try
        {
            using var monitor = TesseractApi.MonitorCreate();
            TesseractApi.MonitorSetDeadlineMSecs(monitor, (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds));
            var watch = Stopwatch.StartNew();
            int status = TesseractApi.Recognize(_api, monitor);
            if (status != 0 && watch.Elapsed >= timeout)
                throw new OcrTimeoutException($"OCR of the page took longer than {timeout.TotalSeconds:0} s and was stopped.");
            if (status != 0)
                throw new InvalidDataException("Tesseract could not recognize the page image.");
            return new OcrResult(ReadLines(), TesseractApi.MeanTextConf(_api));
        }
        finally
        {
            TesseractApi.Clear(_api);
        }
    }

    /// <summary>
    /// Reads one region of a page as a single line, optionally only with the characters of
    /// <paramref name="allowed"/> (Tesseract's whitelist, which the LSTM decoder honours): for ink the page's reading
    /// left without a word, and for words read again with another model. Null when nothing was read.
    /// </summary>
    public OcrWord? ReadRegion(PixHandle image, PixelBox region, string? allowed = null)
    {
        int left = Math.Max(0, region.Left), top = Math.Max(0, region.Top);
        int right = Math.Min(image.Width, region.Right), bottom = Math.Min(image.Height, region.Bottom);
        if (right - left < 2 || bottom - top < 2) return null;
        SetImage(image);
        TesseractApi.SetRectangle(_api, left, top, right - left, bottom - top);
        TesseractApi.SetPageSegMode(_api, TesseractApi.PageSegSingleLine);
        if (allowed is not null) TesseractApi.SetVariable(_api, "tessedit_char_whitelist", allowed);
        try
        {
            using var monitor = TesseractApi.MonitorCreate();
            TesseractApi.MonitorSetDeadlineMSecs(monitor, 10_000);
            if (TesseractApi.Recognize(_api, monitor) != 0) return null;
            string text = TakeText(TesseractApi.GetUtf8Text(_api)).Trim();
            return text.Length == 0 ? null : new OcrWord(text, new PixelBox(left, top, right, bottom), TesseractApi.MeanTextConf(_api));
        }
        finally
        {
            if (allowed is not null) TesseractApi.SetVariable(_api, "tessedit_char_whitelist", "");
            TesseractApi.SetPageSegMode(_api, _pageSegMode);
            TesseractApi.Clear(_api);
        }
    }

    private void SetImage(PixHandle image)
    {
        TesseractApi.SetImage2(_api, image);
        // Scans without a resolution tag are assumed to be 300 dpi, the archive's scanning standard.
        TesseractApi.SetSourceResolution(_api, image.PlausibleResolution);
    }

    /// <summary>The words of the last recognized page, line by line, from Tesseract's result iterator.</summary>
    private List<OcrLine> ReadLines()
    {
        var lines = new List<OcrLine>();
        using var iterator = TesseractApi.GetIterator(_api);
        if (iterator.IsInvalid) return lines;
        IntPtr position = TesseractApi.ResultIteratorGetPageIterator(iterator);
        List<OcrWord>? words = null;
        bool paragraph = false;
        do
        {
            if (words is null || TesseractApi.PageIteratorIsAtBeginningOf(position, TesseractApi.LevelLine))
            {
                if (words is { Count: > 0 }) lines.Add(new OcrLine(words, paragraph));
                words = [];
                paragraph = TesseractApi.PageIteratorIsAtBeginningOf(position, TesseractApi.LevelParagraph);
            }
            string text = TakeText(TesseractApi.ResultIteratorGetUtf8Text(iterator, TesseractApi.LevelWord));
            if (text.Length == 0 || !TesseractApi.PageIteratorBoundingBox(position, TesseractApi.LevelWord, out int l, out int t, out int r, out int b))
                continue;
            words.Add(new OcrWord(text, new PixelBox(l, t, r, b), TesseractApi.ResultIteratorConfidence(iterator, TesseractApi.LevelWord)));
        } while (TesseractApi.ResultIteratorNext(iterator, TesseractApi.LevelWord));
        if (words is { Count: > 0 }) lines.Add(new OcrLine(words, paragraph));
        return lines;
    }

    private static string TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero) return "";
        try { return Marshal.PtrToStringUTF8(text) ?? ""; }
        finally { TesseractApi.DeleteText(text); }
    }

    public void Dispose() => _api.Dispose();
}

/// <summary>How Tesseract finds the lines of a page.</summary>
public enum PageLayout
{
    /// <summary>
    /// A directive is one column of lines. Read as one block, Tesseract keeps the lines that a stamp
    /// or a signature crosses, which its automatic layout drops as pictures, and spends less time:
    /// on corpus/ (`eval`) mean CER 0.050 → 0.039, engine 0.84 → 0.51 s/page against Auto.
    /// </summary>
    SingleBlock,

    /// <summary>Tesseract's automatic layout: for pages in several columns, which single-block reading would read across.</summary>
    Auto,

    /// <summary>
    /// Read as one block, then blocks found side by side (<see cref="Layout.SideBySideBlocks"/>: the issuer left and
    /// ເລກທີ/date right, two columns) put one after the other; a table's or a form's rows stay whole.
    /// </summary>
    PerPage,
}

/// <summary>A page whose OCR ran past the per-page time limit.</summary>
public sealed class OcrTimeoutException(string message) : Exception(message);
