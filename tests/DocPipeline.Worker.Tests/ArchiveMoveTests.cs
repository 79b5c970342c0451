using DocPipeline.Archive.Originals;
using DocPipeline.Testing;

namespace DocPipeline.Worker.Tests;

/// <summary>Moving an original into the archive: a rename on one file system, copy-verify-delete across two.</summary>
public sealed class ArchiveMoveTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    [Fact]
    public void Within_one_file_system_the_file_is_renamed_and_made_read_only()
    {
        string source = _scratch.File("scan.txt");
        File.WriteAllText(source, TestFiles.LaoText(1));
        long inode = Inode(source);
        string sha = ContentAddressedOriginals.Hash(source);
        string kept = new ContentAddressedOriginals(_scratch.File("originals")).Keep(source, sha, move: true);
        Assert.False(File.Exists(source));
        Assert.Equal(inode, Inode(kept)); // the same file, not a copy
        Assert.True(File.GetAttributes(kept).HasFlag(FileAttributes.ReadOnly));
    }

    [Fact]
    public void Across_file_systems_it_is_copied_verified_and_only_then_removed()
    {
        if (!Directory.Exists("/dev/shm") || Device("/dev/shm") == Device(_scratch.Path))
            return; // no second file system here to move across
        string inbox = Path.Combine("/dev/shm", "docpipeline-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(inbox);
        try
        {
            string source = Path.Combine(inbox, "scan.txt");
            File.WriteAllText(source, TestFiles.LaoText(2));
            string sha = ContentAddressedOriginals.Hash(source);
            string kept = new ContentAddressedOriginals(_scratch.File("originals")).Keep(source, sha, move: true);
            Assert.False(File.Exists(source));
            Assert.Equal(sha, ContentAddressedOriginals.Hash(kept));
            Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(kept)!, "*.incoming"));
        }
        finally { Directory.Delete(inbox, recursive: true); }
    }

    private static long Inode(string path) => long.Parse(Stat("%i", path));

    private static string Device(string path) => Stat("%d", path);

    private static string Stat(string format, string path)
    {
        var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat")
        {
            ArgumentList = { "-c", format, path },
            RedirectStandardOutput = true,
        })!;
        string value = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return value;
    }

    public void Dispose() => _scratch.Dispose();
}
