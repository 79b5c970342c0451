using DocPipeline.Hosting;
using DocPipeline.Pipeline;
using Microsoft.Extensions.Options;

namespace DocPipeline.Worker;

/// <summary>
/// The inbox on disk: which files are complete (size and modification time unchanged since the
/// last look, and openable without a sharing conflict), and where failed files go.
/// </summary>
public sealed class InboxFiles(IOptions<DocPipelineOptions> options)
{
    private readonly DocPipelineOptions _options = options.Value;
    private readonly Dictionary<string, (long Size, DateTime Modified)> _lastSeen = [];

    /// <summary>Files whose size and time have not changed since the previous call.</summary>
    public IReadOnlyList<string> SettledFiles()
    {
        var settled = new List<string>();
        var now = new Dictionary<string, (long, DateTime)>();
        if (!Directory.Exists(_options.InboxPath)) return settled;
        foreach (var file in Directory.EnumerateFiles(_options.InboxPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (IgnoredFiles.IsIgnored(file)) continue;
            var info = new FileInfo(file);
            if (info.LinkTarget is not null) { MoveToFailed(file, new IngestResult(info.Name, null, IngestResult.Failed, "Symbolic links are not taken: copy the file itself into the inbox.", "intake")); continue; }
            var state = (info.Length, info.LastWriteTimeUtc);
            now[file] = state;
            if (_lastSeen.TryGetValue(file, out var before) && before == state && CanOpenAlone(file)) settled.Add(file);
        }
        _lastSeen.Clear();
        foreach (var (k, v) in now) _lastSeen[k] = v;
        return settled;
    }

    /// <summary>Moves a file to failed/ with a `.error.json` beside it (stage, message, time); never overwrites.</summary>
    public void MoveToFailed(string file, IngestResult result)
    {
        Directory.CreateDirectory(_options.FailedPath);
        string name = Path.GetFileName(file);
        string target = Path.Combine(_options.FailedPath, name);
        for (int n = 1; File.Exists(target) || File.Exists(target + ".error.json"); n++)
            target = Path.Combine(_options.FailedPath, $"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}");
        File.Move(file, target);
        File.WriteAllText(target + ".error.json", Json.Write(new
        {
            file = name,
            stage = result.Stage,
            message = result.Error,
            time = DateTimeOffset.UtcNow,
        }));
    }

    private static bool CanOpenAlone(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
