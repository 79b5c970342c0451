namespace DocPipeline.Pipeline;

/// <summary>Temporary and system files that are never documents: partial downloads, office locks, dot-files.</summary>
public static class IgnoredFiles
{
    private static readonly string[] Suffixes = [".part", ".crdownload", ".tmp", ".partial", ".download", ".error.json"];

    public static bool IsIgnored(string path)
    {
        string name = Path.GetFileName(path);
        return name.StartsWith('.') || name.StartsWith("~$") || name.StartsWith(".~lock")
            || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase)
            || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase)
            || Suffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The files in a folder and its subfolders that are documents waiting to be taken (what status pages count and list).</summary>
    public static IEnumerable<FileInfo> WaitingIn(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(f => !IsIgnored(f)).Select(f => new FileInfo(f))
            : [];
}
