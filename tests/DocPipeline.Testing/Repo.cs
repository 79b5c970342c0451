namespace DocPipeline.Testing;

/// <summary>Paths inside this repository, found from the test binary's folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Corpus(params string[] parts) => Path.Combine([Root, "corpus", .. parts]);

    public static string GroundTruth(string name) => File.ReadAllText(Corpus("source", name.Split('-')[0] + ".txt"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocPipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException("DocPipeline.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A scratch folder under the system temp folder, deleted on dispose.</summary>
public sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("docpipeline-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            foreach (var f in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
                System.IO.File.SetAttributes(f, FileAttributes.Normal);
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException) { }
    }
}
