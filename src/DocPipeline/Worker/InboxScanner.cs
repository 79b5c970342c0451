using DocPipeline.Hosting;
using DocPipeline.Pipeline;
using Microsoft.Extensions.Options;

namespace DocPipeline.Worker;

/// <summary>What one look at the inbox found: files ready to take, and how many are still changing.</summary>
public sealed record InboxScan(IReadOnlyList<string> Settled, int Waiting);

/// <summary>
/// The inbox on disk. A file is ready once its size and modification time have not changed for
/// the settle delay and it opens without a sharing conflict; a symbolic link is handed over at
/// once (intake refuses it). Temporary and system files, and anything in a dot-folder, are ignored.
/// </summary>
public sealed class InboxScanner(IOptions<DocPipelineOptions> options, TimeProvider clock)
{
    private readonly DocPipelineOptions _options = options.Value;
    private readonly Dictionary<string, Observation> _seen = new(StringComparer.Ordinal);

    private sealed record Observation(long Size, DateTime Modified, DateTimeOffset Since);

    // Hidden (dot) files and folders are skipped by the default attributes; unreadable folders too.
    private static readonly EnumerationOptions Walk = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    public InboxScan Scan()
    {
        var now = clock.GetUtcNow();
        var settle = TimeSpan.FromSeconds(_options.InboxSettleSeconds);
        var settled = new List<string>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        int waiting = 0;
        foreach (var file in Files())
        {
            if (IgnoredFiles.IsIgnored(file)) continue;
            var info = new FileInfo(file);
            if (info.LinkTarget is not null) { settled.Add(file); continue; }
            if (!info.Exists) continue; // gone since the directory was read
            present.Add(file);
            if (!_seen.TryGetValue(file, out var before) || before.Size != info.Length || before.Modified != info.LastWriteTimeUtc)
            {
                _seen[file] = new Observation(info.Length, info.LastWriteTimeUtc, now);
                waiting++;
            }
            else if (now - before.Since >= settle && CanOpenAlone(file)) settled.Add(file);
            else waiting++;
        }
        foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList()) _seen.Remove(gone);
        return new InboxScan(settled, waiting);
    }

    /// <summary>Forgets a file once taken, so a new file of the same name starts its own settle delay.</summary>
    public void Forget(string file) => _seen.Remove(file);

    private List<string> Files()
    {
        try
        {
            return Directory.Exists(_options.InboxPath)
                ? Directory.EnumerateFiles(_options.InboxPath, "*", Walk).Order(StringComparer.Ordinal).ToList()
                : [];
        }
        catch (IOException) { return []; } // a subfolder vanished mid-walk: the next scan sees the new state
    }

    private static bool CanOpenAlone(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return true; } // settled but unreadable: intake says why
    }
}
