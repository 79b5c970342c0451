using DocPipeline.Hosting;
using Microsoft.Extensions.Options;

namespace DocPipeline.Worker;

/// <summary>
/// DATA/failed/: files the pipeline could not read, each with a `.error.json` beside it
/// (file, stage, message, time). Names are never reused, so nothing there is overwritten.
/// </summary>
public sealed class FailedFolder(IOptions<DocPipelineOptions> options)
{
    public const string ReasonSuffix = ".error.json";

    private readonly DocPipelineOptions _options = options.Value;
    private readonly Lock _naming = new();

    /// <summary>Picks a free name for the file in failed/ and writes its reason there, which reserves the name.</summary>
    public string Reserve(string fileName, string stage, string message)
    {
        Directory.CreateDirectory(_options.FailedPath);
        string name = Path.GetFileName(fileName);
        lock (_naming)
        {
            string target = Path.Combine(_options.FailedPath, name);
            for (int n = 1; File.Exists(target) || File.Exists(target + ReasonSuffix); n++)
                target = Path.Combine(_options.FailedPath, $"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}");
            WriteReason(target, fileName, stage, message);
            return target;
        }
    }

    /// <summary>Moves the file to its reserved place (a rename on one file system) and makes it writable again.</summary>
    public static void MoveIn(string source, string target)
    {
        File.Move(source, target, overwrite: true);
        if (new FileInfo(target).LinkTarget is null) File.SetAttributes(target, FileAttributes.Normal);
    }

    public static void WriteReason(string target, string fileName, string stage, string message)
    {
        string temp = target + ReasonSuffix + ".tmp";
        File.WriteAllText(temp, Json.Write(new { file = fileName, stage, message, time = DateTimeOffset.UtcNow }));
        File.Move(temp, target + ReasonSuffix, overwrite: true);
    }
}
