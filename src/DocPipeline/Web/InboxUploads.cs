using System.Security.Cryptography;
using DocPipeline.Hosting;
using DocPipeline.Ocr.Intake;
using DocPipeline.Pipeline;
using DocPipeline.Views;
using DocPipeline.Worker;
using Microsoft.Extensions.Options;

namespace DocPipeline.Web;

/// <summary>An upload refused before it reached the inbox, with the HTTP status that says why.</summary>
public sealed class UploadRefusedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}

/// <summary>
/// Files uploaded from the web page go into the inbox like any other file: streamed to a
/// dot-name there (which the worker ignores), limited in size, checked for a supported kind by
/// content, then renamed to their sanitized name, so the worker never sees half a file.
/// Bytes already in the archive are answered as a duplicate at once and not queued again.
/// </summary>
public sealed class InboxUploads(IOptions<DocPipelineOptions> options, ArchiveView archive, FailedFolder failed)
{
    private readonly DocPipelineOptions _options = options.Value;

    public long MaxBytes => _options.MaxFileSizeBytes;

    public async Task<FileOutcome> SaveAsync(string? sentName, Stream content, CancellationToken cancellation)
    {
        string name = SafeFileName.From(sentName, out string? why) ?? throw new UploadRefusedException(StatusCodes.Status400BadRequest, why!);
        Directory.CreateDirectory(_options.InboxPath);
        // The extension is kept on the temporary name: a .txt export is told by its name and content.
        string partial = Path.Combine(_options.InboxPath, $".upload-{Guid.NewGuid():N}{Path.GetExtension(name)}");
        try
        {
            string sha256 = await CopyLimitedAsync(content, partial, cancellation);
            try { FileSniffer.Detect(partial); }
            catch (RejectedFileException e) { throw new UploadRefusedException(StatusCodes.Status415UnsupportedMediaType, e.Message); }
            if (archive.IdOf(sha256) is { } id)
                return new FileOutcome(FileOutcome.Duplicate, name, sha256, id, Error: $"Already in the archive as document {id}.");
            string target = FreeNames.In(_options.InboxPath, name);
            File.Move(partial, target);
            return new FileOutcome(FileOutcome.Queued, Path.GetFileName(target), sha256);
        }
        finally { File.Delete(partial); }
    }

    /// <summary>Where a file with these bytes stands: in the archive, failed with a reason, or still waiting.</summary>
    public FileOutcome Follow(string sha256)
    {
        if (archive.IdOf(sha256) is { } id) return new FileOutcome(FileOutcome.Indexed, null, sha256, id);
        if (failed.FindBySha256(sha256) is { } f) return new FileOutcome(FileOutcome.Failed, f.File, sha256, Stage: f.Stage, Error: f.Error);
        return new FileOutcome(FileOutcome.Queued, null, sha256);
    }

    private async Task<string> CopyLimitedAsync(Stream content, string target, CancellationToken cancellation)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellation)) > 0)
            {
                total += read;
                if (total > MaxBytes)
                    throw new UploadRefusedException(StatusCodes.Status413PayloadTooLarge,
                        $"The file is larger than the limit of {MaxBytes / (1024 * 1024)} MB.");
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellation);
            }
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
