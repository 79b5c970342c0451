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
}
