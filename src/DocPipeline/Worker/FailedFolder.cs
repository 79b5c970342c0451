using System.Text.Json;
using DocPipeline.Hosting;
using DocPipeline.Pipeline;
using Microsoft.Extensions.Options;

namespace DocPipeline.Worker;

/// <summary>
/// A file in failed/: its name there, the name it came with, its bytes' hash, at which stage and why it failed
/// (<c>Error</c>, as in every failure the command line and the API report), and when.
/// </summary>
public sealed record Failure(string Name, string? File, string? Sha256, string? Stage, string? Error, DateTimeOffset? Time);

/// <summary>
/// DATA/failed/: files the pipeline could not read, each with a `.error.json` beside it
/// (file, sha256, stage, message, time). Names are never reused, so nothing there is
/// overwritten. A failure is looked up only among the names listed there, so a name from a
/// request never becomes a path by itself.
/// </summary>
public sealed class FailedFolder(IOptions<DocPipelineOptions> options)
{
    public const string ReasonSuffix = ".error.json";

    private readonly DocPipelineOptions _options = options.Value;
    private readonly Lock _naming = new();

    /// <summary>Picks a free name for the file in failed/ and writes its reason there, which reserves the name.</summary>
    public string Reserve(string fileName, string stage, string message, string? sha256)
    {
        Directory.CreateDirectory(_options.FailedPath);
        lock (_naming)
        {
            string target = FreeNames.In(_options.FailedPath, Path.GetFileName(fileName), ReasonSuffix);
            WriteReason(target, fileName, stage, message, sha256);
            return target;
        }
    }

    /// <summary>Moves the file to its reserved place (a rename on one file system) and makes it writable again.</summary>
    public static void MoveIn(string source, string target)
    {
        File.Move(source, target, overwrite: true);
        if (new FileInfo(target).LinkTarget is null) File.SetAttributes(target, FileAttributes.Normal);
    }

    public static void WriteReason(string target, string fileName, string stage, string message, string? sha256)
    {
        string temp = target + ReasonSuffix + ".tmp";
        File.WriteAllText(temp, Json.Write(new { file = fileName, sha256, stage, message, time = DateTimeOffset.UtcNow }));
        File.Move(temp, target + ReasonSuffix, overwrite: true);
    }

    /// <summary>Every failure, newest first.</summary>
    public IReadOnlyList<Failure> List()
    {
        if (!Directory.Exists(_options.FailedPath)) return [];
        return Directory.EnumerateFiles(_options.FailedPath, "*" + ReasonSuffix)
            .Select(Read).OrderByDescending(f => f.Time).ToList();
    }

    /// <summary>The failure of a file with these bytes (an upload being followed), if any.</summary>
    public Failure? FindBySha256(string sha256) =>
        List().FirstOrDefault(f => string.Equals(f.Sha256, sha256, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Puts a failed file back into the inbox for another try (under a dot-name first, then
    /// renamed, so the worker never takes a half-moved file) and removes its reason.
    /// Returns the name it now has in the inbox, or null when there is no such failure.
    /// </summary>
    public string? Retry(string name)
    {
        var failure = List().FirstOrDefault(f => f.Name == name);
        string path = Path.Combine(_options.FailedPath, name);
        if (failure is null || !File.Exists(path)) return null;
        Directory.CreateDirectory(_options.InboxPath);
        string hidden = Path.Combine(_options.InboxPath, $".retry-{Guid.NewGuid():N}");
        File.Move(path, hidden);
        string target = FreeNames.In(_options.InboxPath, Path.GetFileName(failure.File ?? failure.Name));
        File.Move(hidden, target);
        File.Delete(path + ReasonSuffix);
        return Path.GetFileName(target);
    }

    private static Failure Read(string reasonFile)
    {
        string name = Path.GetFileName(reasonFile)[..^ReasonSuffix.Length];
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(reasonFile));
            var root = json.RootElement;
            return new Failure(name, Text(root, "file"), Text(root, "sha256"), Text(root, "stage"), Text(root, "message"),
                root.TryGetProperty("time", out var t) && t.TryGetDateTimeOffset(out var time) ? time : null);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return new Failure(name, name, null, null, "The error note cannot be read: " + e.Message, null);
        }
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
