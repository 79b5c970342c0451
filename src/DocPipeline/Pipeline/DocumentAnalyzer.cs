using System.Collections.Concurrent;
using DocPipeline.Archive.Originals;
using DocPipeline.Hosting;
using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Quality;
using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Legacy;
using DocPipeline.Ocr.Digits;
using DocPipeline.Ocr.Rereading;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Layout;
using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Preprocessing;
using DocPipeline.Ocr.Searchable;
using DocPipeline.Ocr.Tesseract;
using Microsoft.Extensions.Options;

namespace DocPipeline.Pipeline;

/// <summary>
/// The pipeline without storage, stage by stage: intake (check the file, hash it, tell its
/// kind) → pages (text layers, Word documents' text or images, one at a time) → OCR (Tesseract, pages in parallel,
/// sharing the process's <see cref="PageSlots"/> with every other document being read)
/// → text (the Lao text engine) → extraction (identity, references, dates).
/// Each stage fails with a <see cref="RejectedFileException"/> naming itself and the reason.
/// </summary>
public sealed class DocumentAnalyzer(
    IOptions<DocPipelineOptions> options,
    TesseractEnginePool ocr,
    DigitWords digitWords,
    DroppedNumbers droppedNumbers,
    LatinWords latinWords,
    Lexicon lexicon,
    LaoTextEngine textEngine,
    DirectiveExtractor extractor,
    PageSlots slots)
{
    private readonly DocPipelineOptions _options = options.Value;
    private readonly PagePreparation _preparation = new(new PreparationSteps(options.Value.OcrInkByColour, options.Value.OcrEraseRules, options.Value.DespeckleAbove,
        options.Value.OcrFlattenLight, options.Value.OcrDeskew, options.Value.OcrEraseCheckboxes, options.Value.OcrWhitenPaleBackground, options.Value.OcrWhitenGreyPaper,
        options.Value.OcrEnlargeSmallPrint));
    private readonly PageReading _reading = new(options.Value.OcrLayout);
    private readonly GarbageLines? _garbage = options.Value.OcrDropGarbageLines ? new GarbageLines(lexicon.KnownShare) : null;
    private readonly UnsureWords? _unsure = options.Value.RereadUnsureWords ? new UnsureWords(lexicon.KnownShare) : null;

    /// <summary>The whole pipeline on one file; <paramref name="pageDone"/> is told the number of pages done so far.</summary>
    public DocumentAnalysis Analyze(string path, string? displayName = null, Action<int>? pageDone = null, CancellationToken cancellation = default)
    {
        var (sha256, kind) = Intake(path);
        var pages = ReadAndRecognize(path, kind, pageDone, cancellation);
        var (analyzed, noise, facts) = TextAndExtraction(pages);
        return new DocumentAnalysis(displayName ?? Path.GetFileName(path), sha256, kind, analyzed, facts, Summarize(analyzed), noise);
    }

    /// <summary>
    /// The text and extraction stages again on a stored analysis's raw page text, without OCR
    /// (`reindex`), so improvements to either reach the whole archive.
    /// </summary>
    public DocumentAnalysis Reread(DocumentAnalysis stored)
    {
        var (analyzed, noise, facts) = TextAndExtraction(stored.Pages.Select(p => new RecognizedPage(p.Number, p.RawText, p.Origin, p.Confidence, p.TextLayer, p.Layout, p.Decoded)).ToList());
        // Lines dropped as garbage at OCR are not in the raw text any more: their count is carried over.
        var dropped = stored.Noise.Positions.Where(p => p.Script == GarbageScript).ToList();
        if (dropped.Count > 0) noise = NoiseReport.Merge([noise, Garbage(dropped)]);
        return stored with { Pages = analyzed, Noise = noise, Facts = facts };
    }

    /// <summary>Text (the Lao text engine) and extraction over all pages.</summary>
    private (List<PageAnalysis> Pages, NoiseReport Noise, DirectiveFacts Facts) TextAndExtraction(IReadOnlyList<RecognizedPage> pages)
    {
        var cleaned = pages.Select(p => (Page: p, Clean: textEngine.CleanPage(p.RawText, p.Number, mayHoldLegacyFonts: p.Origin != "ocr"))).ToList();
        var analyzed = cleaned
            .Select(c => new PageAnalysis(c.Page.Number, c.Clean.Text, c.Page.RawText, c.Page.Origin, c.Page.Confidence, c.Page.TextLayer, c.Page.Layout,
                c.Page.Decoded is { Count: > 0 } d ? d : null))
            .ToList();
        var garbage = pages.SelectMany(p => (p.Dropped ?? []).Select(d => new NoisePosition(p.Number, d.Line, GarbageScript, "line", d.Characters))).ToList();
        var noise = WithFontDecoding(NoiseReport.Merge([.. cleaned.Select(c => c.Clean.Noise), Garbage(garbage)]), pages);
        return (analyzed, noise, extractor.Extract(DocumentAnalysis.JoinPages(analyzed)));
    }

    /// <summary>
    /// Legacy-font text decoded when the pages were read (by font name: Word runs, PDF letters) joins
    /// what the text stage decoded without one, so the noise report counts both: one position per
    /// page and convention, line 0 (the whole page), action `decoded-by-font`.
    /// </summary>
    private static NoiseReport WithFontDecoding(NoiseReport noise, IReadOnlyList<RecognizedPage> pages)
    {
        var byFont = pages.SelectMany(p => (p.Decoded ?? []).Select(d => new NoisePosition(p.Number, 0, d.Encoding, "decoded-by-font", d.Characters))).ToList();
        if (byFont.Count == 0) return noise;
        return noise with { Positions = [.. byFont, .. noise.Positions], DecodedCharacters = noise.DecodedCharacters + byFont.Sum(d => d.Characters) };
    }

    /// <summary>Intake: the file exists, is within the size limit, is of a kind we read; its SHA-256.</summary>
    private (string Sha256, FileKind Kind) Intake(string path)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > _options.MaxFileSizeBytes)
            throw new RejectedFileException("intake", $"The file is {info.Length / 1048576.0:0.#} MB, over the limit of {_options.MaxFileSizeBytes / 1048576.0:0.#} MB.");
        var kind = FileSniffer.Detect(path);
        return (ContentAddressedOriginals.Hash(path), kind);
    }


    private record RecognizedPage(int Number, string RawText, string Origin, int? Confidence, string? TextLayer, PageImageLayout? Layout = null, IReadOnlyList<LegacyDecoding>? Decoded = null, IReadOnlyList<DroppedLine>? Dropped = null);

    /// <summary>The noise report's script for OCR lines that were not language (<see cref="GarbageLines"/>).</summary>
    public const string GarbageScript = "ocr-garbage";

    private static NoiseReport Garbage(IReadOnlyList<NoisePosition> lines) =>
        lines.Count == 0 ? NoiseReport.None : new NoiseReport(lines.Sum(l => l.Characters), lines.Count, 0, 0, lines, false);

    public PageLimits Limits => new() { MaxPages = _options.MaxPages, MaxPixelsPerPage = _options.MaxPixelsPerPage };

    /// <summary>
    /// Pages and OCR: one reader per page slot pulls the document's pages in turn (reading is one
    /// page at a time per document) and OCRs them in parallel; a page holds its slot from being
    /// read until it is recognized, so at most one image per slot is alive, across all documents.
    /// </summary>
    private List<RecognizedPage> ReadAndRecognize(string path, FileKind kind, Action<int>? pageDone, CancellationToken cancellation)
    {
        var results = new ConcurrentBag<RecognizedPage>();
        var timeout = TimeSpan.FromSeconds(_options.PageTimeoutSeconds);
        int done = 0;
        bool stop = false;
        var textLayers = new TextLayerQuality(lexicon.KnownShare);
        using var pages = new PageReader(Limits, textLayers).Read(path, kind).GetEnumerator();
        var turn = new Lock();
        void ReadPages()
        {
            while (!Volatile.Read(ref stop))
            {
                slots.Take(cancellation);
                try
                {
                    SourcePage page;
                    lock (turn)
                    {
                        if (stop || !pages.MoveNext()) return;
                        page = pages.Current;
                    }
                    using (page)
                    {
                        results.Add(page switch
                        {
                            TextPage t => new RecognizedPage(t.Number, t.Text, t.Origin, null, t.TextLayer?.Reason, Decoded: t.Decoded),
                            ImagePage i => Recognize(i, timeout),
                            _ => throw new InvalidOperationException("Unknown page kind."),
                        });
                    }
                    pageDone?.Invoke(Interlocked.Increment(ref done));
                }
                catch { Volatile.Write(ref stop, true); throw; }
                finally { slots.Give(); }
            }
        }
        var readers = Enumerable.Range(0, slots.Count)
            .Select(_ => Task.Factory.StartNew(ReadPages, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try { Task.WaitAll(readers); }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            var first = e.InnerExceptions.FirstOrDefault(x => x is not OperationCanceledException) ?? e.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
        if (results.IsEmpty) throw new RejectedFileException("pages", "The file has no pages.");
        return results.OrderBy(p => p.Number).ToList();
    }

    private RecognizedPage Recognize(ImagePage page, TimeSpan timeout)
    {
        try
        {
            using var prepared = _preparation.Prepare(page.Image);
            var image = prepared.Image;
            var read = ocr.Use(engine =>
            {
                var recognized = _reading.Read(engine, prepared, timeout);
                if (_unsure is not null) recognized = _unsure.Revise(recognized, image, engine);
                return _options.RereadDroppedInk ? droppedNumbers.Revise(recognized, image, engine) : recognized;
            });
            if (_options.RereadLatin) read = latinWords.Revise(read, image);
            var revised = _options.DigitReader ? digitWords.Revise(read, image) : read;
            var (kept, dropped) = _garbage?.Remove(revised) ?? (revised, []);
            var result = prepared.ToSource(kept);
            return new RecognizedPage(page.Number, result.Text, "ocr", result.MeanConfidence, page.TextLayer?.Reason, PageImageLayout.Of(page, result), Dropped: dropped);
        }
        catch (OcrTimeoutException e)
        {
            throw new RejectedFileException("ocr", $"Page {page.Number}: {e.Message}", e);
        }
    }

    private OcrSummary? Summarize(IReadOnlyList<PageAnalysis> pages)
    {
        var ocrPages = pages.Where(p => p.Confidence is not null).ToList();
        if (ocrPages.Count == 0) return null;
        return new OcrSummary(
            $"tesseract {TesseractEngine.Version} ({ocr.Language})",
            Math.Round(ocrPages.Average(p => (double)p.Confidence!.Value), 1),
            ocrPages.Where(p => p.Confidence < _options.ReviewConfidence).Select(p => p.Number).ToList());
    }
}
