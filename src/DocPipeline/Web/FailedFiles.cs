using System.Text.Json;
using DocPipeline.Archive.Originals;
using DocPipeline.Hosting;
using Microsoft.Extensions.Options;

namespace DocPipeline.Web;

/// <summary>A file the worker could not take: its name in failed/, the name it came with, where and why it failed.</summary>
public sealed record FailureView(string Name, string? File, string? Stage, string? Message, DateTimeOffset? Time);

/// <summary>
/// DATA/failed as the worker leaves it: each failed file with a `NAME.error.json` beside it.
/// A failure is named by its file name in that folder and is only ever looked up among the
/// names listed there, so a name from a request never becomes a path by itself.
/// </summary>
public sealed class FailedFiles(IOptions<DocPipelineOptions> options)
{
    private const string ErrorSuffix = ".error.json";
    private readonly DocPipelineOptions _options = options.Value;
    private readonly Dictionary<(string Path, long Length, DateTime Modified), string> _hashes = [];

    public IReadOnlyList<FailureView> List()
    {
        if (!Directory.Exists(_options.FailedPath)) return [];
        return Directory.EnumerateFiles(_options.FailedPath, "*" + ErrorSuffix)
            .Select(Read).OfType<FailureView>()
            .OrderByDescending(f => f.Time).ToList();
    }

    /// <summary>The failure whose file has these bytes (an upload being followed), if any.</summary>
    public FailureView? FindBySha256(string sha256) =>
        List().FirstOrDefault(f => File.Exists(PathOf(f)) && string.Equals(Hash(PathOf(f)), sha256, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Puts a failed file back into the inbox for another try (under a dot-name first, then
    /// renamed, so the worker never takes a half-moved file) and removes its error note.
    /// Returns the name it now has in the inbox, or null when there is no such failure.
    /// </summary>
    public string? Retry(string name)
    {
        var failure = List().FirstOrDefault(f => f.Name == name);
        if (failure is null || !File.Exists(PathOf(failure))) return null;
        Directory.CreateDirectory(_options.InboxPath);
        string hidden = Path.Combine(_options.InboxPath, $".retry-{Guid.NewGuid():N}");
        File.Move(PathOf(failure), hidden);
        string target = InboxNames.Free(_options.InboxPath, failure.File ?? failure.Name);
        File.Move(hidden, target);
        File.Delete(PathOf(failure) + ErrorSuffix);
        return Path.GetFileName(target);
    }

    private string PathOf(FailureView f) => Path.Combine(_options.FailedPath, f.Name);

    private static FailureView? Read(string errorFile)
    {
        string name = Path.GetFileName(errorFile)[..^ErrorSuffix.Length];
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(errorFile));
            var root = json.RootElement;
            return new FailureView(name, Text(root, "file"), Text(root, "stage"), Text(root, "message"),
                root.TryGetProperty("time", out var t) && t.TryGetDateTimeOffset(out var time) ? time : null);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return new FailureView(name, name, null, "The error note cannot be read: " + e.Message, null);
        }
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Hashes are remembered per file version: the status page polls, the files rarely change.</summary>
    private string Hash(string path)
    {
        var info = new FileInfo(path);
        var key = (path, info.Length, info.LastWriteTimeUtc);
        lock (_hashes)
            if (_hashes.TryGetValue(key, out var known)) return known;
        string hash = ContentAddressedOriginals.Hash(path);
        lock (_hashes) _hashes[key] = hash;
        return hash;
    }
}
