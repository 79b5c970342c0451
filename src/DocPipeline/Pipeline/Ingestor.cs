using DocPipeline.Archive;
using DocPipeline.Archive.Originals;
using DocPipeline.Hosting;
using DocPipeline.Ocr.Intake;
using DocPipeline.Views;
using Microsoft.Extensions.Logging;

namespace DocPipeline.Pipeline;

/// <summary>
/// The stored path: analyze a file, keep its original by content, write the extracted text
/// beside it (so reindex never needs OCR again), and add it to the catalog and index in one
/// transaction. A file whose bytes are already archived is a duplicate and is not processed again.
/// The searchable PDF is written beside the original too; a failure to make it is logged and
/// does not keep the document out of the archive (reindex makes it when it is missing).
/// </summary>
public sealed class Ingestor(DocumentAnalyzer analyzer, IDocumentStore store, IOriginalStore originals, SearchablePdfs searchable, ILogger<Ingestor>? logger = null)
{
    public const string AnalysisSidecar = "analysis.json";

    /// <summary>The document's ID and arrival time, so that a reindex after the catalog is lost keeps links and bookmarks.</summary>
    public const string IdentitySidecar = "identity.json";

    public sealed record ArchivedIdentity(long Id, DateTimeOffset AddedAt);

    /// <summary>
    /// Ingests a file. The source file is left where it is: the caller removes it only once the
    /// result says its bytes are safely in the archive (indexed or duplicate).
    /// </summary>
    /// <remarks>The outcome: indexed, duplicate (of which document, <c>Id</c>) or failed (at which stage, why).</remarks>
    public FileOutcome Ingest(string path, string? displayName = null, Action<int>? pageDone = null, CancellationToken cancellation = default)
    {
        string name = displayName ?? Path.GetFileName(path);
        string? sha256 = null;
        try
        {
            sha256 = ContentAddressedOriginals.Hash(path);
            if (store.FindBySha256(sha256) is { } existing)
                return new FileOutcome(FileOutcome.Duplicate, name, sha256, existing.Id, Error: $"Same content as document {existing.Id} ({existing.FileName}), archived {existing.AddedAt:yyyy-MM-dd HH:mm} UTC.");
            var analysis = analyzer.Analyze(path, name, pageDone, cancellation);
            string kept = originals.Keep(path, sha256, move: false);
            return new FileOutcome(FileOutcome.Indexed, name, sha256, Store(analysis, kept));
        }
        catch (DocumentArchivedException e)
        {
            // Another node stored the same content while this one read it: the catalog's unique key kept one.
            return new FileOutcome(FileOutcome.Duplicate, name, sha256, e.DocumentId, Error: $"Same content as document {e.DocumentId}, archived by another process meanwhile.");
        }
        catch (RejectedFileException e)
        {
            return new FileOutcome(FileOutcome.Failed, name, sha256, Stage: e.Stage, Error: e.Message);
        }
        catch (FileNotFoundException)
        {
            return new FileOutcome(FileOutcome.Failed, name, sha256, Stage: "intake", Error: "The file does not exist.");
        }
        catch (UnauthorizedAccessException e)
        {
            return new FileOutcome(FileOutcome.Failed, name, sha256, Stage: "intake", Error: "The file cannot be read: " + e.Message);
        }
    }

    /// <summary>
    /// Indexes an original the inbox worker has already moved into the archive. Throws
    /// <see cref="RejectedFileException"/> for a file that cannot be read; the caller decides.
    /// </summary>
    public long IndexArchived(string archivedPath, string sha256, string fileName, Action<int>? pageDone, CancellationToken cancellation)
    {
        var analysis = analyzer.Analyze(archivedPath, fileName, pageDone, cancellation);
        if (!analysis.Sha256.Equals(sha256, StringComparison.OrdinalIgnoreCase))
            throw new IOException($"The archived original of {fileName} no longer matches its SHA-256.");
        try { return Store(analysis, archivedPath); }
        catch (DocumentArchivedException e) when (e.DocumentId is { } stored) { return stored; } // stored by another worker meanwhile: the same document
    }

    /// <summary>The analysis sidecar first (so reindex never needs OCR), the searchable PDF, then the catalog and index in one transaction, then the identity sidecar.</summary>
    private long Store(DocumentAnalysis analysis, string keptPath)
    {
        originals.WriteSidecar(analysis.Sha256, AnalysisSidecar, Json.Write(analysis));
        WriteSearchablePdf(analysis, keptPath);
        long id = store.Add(ToNewDocument(analysis, keptPath));
        var added = store.Get(id)?.AddedAt ?? DateTimeOffset.UtcNow;
        originals.WriteSidecar(analysis.Sha256, IdentitySidecar, Json.Write(new ArchivedIdentity(id, added)));
        return id;
    }

    /// <summary>The searchable PDF beside the original, unless the kind has none; true when one is there afterwards.</summary>
    public bool WriteSearchablePdf(DocumentAnalysis analysis, string keptPath)
    {
        if (!SearchablePdfs.CanMake(analysis.Kind)) return false;
        if (analysis.Pages.Any(p => p.Confidence is not null && p.Layout is null))
        {
            // Analysed before word boxes were kept: only a new ingest (OCR) can place the text.
            logger?.LogWarning("{File}: no searchable PDF: its analysis has no OCR word boxes; ingest it again", analysis.File);
            return false;
        }
        try
        {
            originals.WriteSidecar(analysis.Sha256, SearchablePdfs.Sidecar, stream => searchable.Write(analysis, keptPath, stream));
            return true;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException or IOException))
        {
            logger?.LogWarning(e, "{File}: no searchable PDF: {Message}", analysis.File, e.Message);
            return false;
        }
    }

    public static NewDocument ToNewDocument(DocumentAnalysis analysis, string originalPath) => new(
        analysis.Sha256,
        analysis.File,
        originalPath,
        analysis.Kind.ToString().ToLowerInvariant(),
        analysis.Facts,
        analysis.Pages.Select(p => new StoredPage(p.Number, p.Text, p.RawText, p.Origin, p.Confidence)).ToList(),
        analysis.Ocr?.Engine,
        analysis.Ocr?.MeanConfidence);
}
