using DocPipeline.Archive;
using DocPipeline.Archive.Jobs;
using DocPipeline.Archive.Originals;
using DocPipeline.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocPipeline.Worker;

/// <summary>
/// Takes a settled file out of the inbox: identified by SHA-256, recorded as a duplicate when
/// its bytes are already archived or queued, otherwise moved into the archive and queued.
/// The job is written before the move and marked queued after it, so a kill -9 in between is
/// finished on the next look (the file is still in the inbox, or already in the archive).
/// </summary>
public sealed class InboxIntake(
    IOptions<DocPipelineOptions> options,
    IDocumentStore store,
    IOriginalStore originals,
    IJobQueue queue,
    FailedFolder failed,
    ILogger<InboxIntake> logger)
{
    private readonly DocPipelineOptions _options = options.Value;

    /// <summary>Takes one file; true when a job was queued. I/O errors propagate: the file stays and is tried again.</summary>
    public bool Take(string file)
    {
        string name = Path.GetRelativePath(_options.InboxPath, file);
        if (new FileInfo(file).LinkTarget is not null)
        {
            Reject(file, name, "Symbolic links are not taken: copy the file itself into the inbox.");
            return false;
        }
        string sha256;
        try { sha256 = ContentAddressedOriginals.Hash(file); }
        catch (FileNotFoundException)
        {
            logger.LogDebug("{File}: taken by another worker watching this inbox", name);
            return false;
        }
        catch (UnauthorizedAccessException e)
        {
            Reject(file, name, "The file cannot be read: " + e.Message);
            return false;
        }

        if (store.FindBySha256(sha256) is { } document)
        {
            queue.RecordDuplicate(sha256, name, document.Id,
                $"Same content as document {document.Id} ({document.FileName}), archived {document.AddedAt:yyyy-MM-dd HH:mm} UTC.");
            File.Delete(file);
            logger.LogInformation("{File}: duplicate of document {Id} ({Original}), not processed", name, document.Id, document.FileName);
            return false;
        }
        var job = queue.Active(sha256);
        if (job is not null && job.State != JobState.Intake)
        {
            // Its bytes are in the archive already. The same name is this very file, left by a crash mid-move.
            if (job.FileName != name)
            {
                queue.RecordDuplicate(sha256, name, null, $"Same content as {job.FileName}, taken {job.CreatedAt:yyyy-MM-dd HH:mm} UTC and {job.State}.");
                logger.LogInformation("{File}: duplicate of {Original} ({State}), not processed", name, job.FileName, job.State);
            }
            File.Delete(file);
            return false;
        }
        job ??= queue.BeginIntake(sha256, name);
        // Another worker watching the same inbox may have seen this intake and moved the file first: Keep finds it
        // archived, and only this job's taker can mark it queued (it would wait in intake until a restart otherwise).
        string archived = originals.Keep(file, sha256, move: true);
        queue.Queued(job.Id, archived);
        logger.LogInformation("{File}: archived as {Sha256}, queued", name, sha256[..12]);
        return true;
    }

    /// <summary>After a crash: finishes jobs caught between the job row and the move into the archive.</summary>
    public void RecoverInterrupted()
    {
        foreach (var job in queue.InterruptedIntakes())
        {
            if (originals.Find(job.Sha256!) is { } archived) queue.Queued(job.Id, archived);
            else if (!File.Exists(Path.Combine(_options.InboxPath, job.FileName)))
                queue.Failed(job.Id, "intake", "The file left the inbox before it reached the archive.", null);
            // else: still in the inbox; the next scan takes it and finishes the move.
        }
    }

    private void Reject(string file, string name, string message)
    {
        string target = failed.Reserve(name, "intake", message, sha256: null);
        FailedFolder.MoveIn(file, target);
        queue.RecordRejected(name, "intake", message, target);
        logger.LogWarning("{File}: failed at intake: {Message}", name, message);
    }
}
