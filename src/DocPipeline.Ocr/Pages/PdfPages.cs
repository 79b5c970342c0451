using DocPipeline.Lao.Text.Legacy;
using DocPipeline.Ocr.Intake;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace DocPipeline.Ocr.Pages;

/// <summary>
/// Pages of a PDF through PdfPig: structure, page count and each page's own text layer in the
/// order it was written (with /ActualText, so ligatures such as ນ້ຳ come out as letters), letters
/// in legacy Lao fonts decoded to Unicode (<see cref="LegacyTextLayer"/>). A layer
/// that <see cref="TextLayerQuality"/> keeps is the page's text; otherwise the page is an image:
/// the scan itself when the page is one full-page image (<see cref="PdfPageImage"/>), else the
/// page rendered by poppler (<see cref="PdfRenderer"/>). One page is read at a time, so memory
/// stays bounded on long documents; each page says which was done.
/// </summary>
internal sealed class PdfPages(PageLimits limits, TextLayerQuality quality)
{
    public IEnumerable<SourcePage> Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var document = Open(file);
        int pageCount = PageCount(document);
        for (int number = 1; number <= pageCount; number++)
            yield return ReadPage(path, document, number);
    }

    private SourcePage ReadPage(string path, PdfDocument document, int number)
    {
        Page page = Damaged(() => document.GetPage(number), $"page {number} cannot be read")!;
        // A page whose content stream is corrupt opens with no letters: read as having no text layer.
        string layer = Damaged(() => ContentOrderTextExtractor.GetText(page), null) ?? "";
        var (text, decoded) = Damaged(() => LegacyTextLayer.Decode(layer, page.Letters), null);
        text ??= layer;
        // Legacy-font letters without a known font name are judged as the Lao they draw; the text stage decodes and reports them.
        var verdict = quality.Judge(UnmarkedLegacyText.LsWin.Decode(text, number).Text);
        if (decoded is { Count: > 0 })
            verdict = verdict with { Reason = verdict.Reason + "; " + string.Join(", ", decoded.Select(d => $"{d.Characters} characters in legacy {d.Encoding} fonts decoded")) };
        if (verdict.Keep) return new TextPage(number, text, "pdf-text-layer") { TextLayer = verdict, Decoded = decoded ?? [] };

        var own = Damaged(() => PdfPageImage.TryTake(page, limits), null);
        if (own is { } scan)
            return new ImagePage(number, scan.Image) { TextLayer = verdict, Placement = scan.Placement, Source = "pdf-image" };
        var rendered = PdfRenderer.Render(path, number, page, limits);
        return new ImagePage(number, rendered.Image) { TextLayer = verdict, Placement = rendered.Placement, Source = "pdf-render" };
    }

    private static PdfDocument Open(Stream file)
    {
        try { return PdfDocument.Open(file, new ParsingOptions { UseActualText = true }); }
        catch (PdfDocumentEncryptedException e)
        {
            throw new RejectedFileException("pages", "The PDF is encrypted (password protected); save an unprotected copy and drop it in again.", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new RejectedFileException("pages", "The PDF is damaged or truncated: " + e.Message, e);
        }
    }

    private int PageCount(PdfDocument document)
    {
        int pages = Damaged(() => document.NumberOfPages, "its page tree cannot be read");
        if (pages < 1) throw new RejectedFileException("pages", "The PDF has no pages.");
        if (pages > limits.MaxPages)
            throw new RejectedFileException("pages", $"The PDF has {pages} pages, over the limit of {limits.MaxPages}.");
        return pages;
    }

    /// <summary>
    /// PdfPig's work on a damaged file: with a <paramref name="reason"/>, a failure rejects the file
    /// saying so; without one it yields the default (no text layer, no own image) and the page is rendered.
    /// </summary>
    private static T? Damaged<T>(Func<T> read, string? reason)
    {
        try { return read(); }
        catch (Exception e) when (e is not (RejectedFileException or OutOfMemoryException or OperationCanceledException))
        {
            if (reason is null) return default;
            throw new RejectedFileException("pages", $"The PDF is damaged or truncated: {reason} ({e.Message}).", e);
        }
    }
}
