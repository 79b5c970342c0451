namespace DocPipeline.Bench;

/// <summary>The repository the benchmarks read their inputs from (corpus/), found above the program or the working folder.</summary>
internal static class RepoFolder
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus", "source"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus", "source"))) return dir.FullName;
        throw new InvalidOperationException("corpus/source not found above the program or the working folder.");
    }
}
