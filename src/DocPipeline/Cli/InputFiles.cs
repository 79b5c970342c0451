namespace DocPipeline.Cli;

/// <summary>Files named on the command line; folders are walked, temporary and system files skipped.</summary>
internal static class InputFiles
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    if (!Pipeline.IgnoredFiles.IsIgnored(file)) yield return file;
            }
            else yield return path; // a missing file is reported as failed by the pipeline, not skipped
        }
    }
}
