using DocPipeline.Archive.Originals;
using DocPipeline.Testing;

namespace DocPipeline.Archive.Tests;

/// <summary>
/// The shared originals folder: several workers storing the same content at once all succeed, leaving one whole file;
/// several moving the same inbox file at once all find it archived.
/// </summary>
public sealed class OriginalsTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    [Fact]
    public void Workers_keeping_the_same_content_at_once_all_succeed_and_leave_one_whole_file()
    {
        var originals = new ContentAddressedOriginals(_scratch.File("originals"));
        string source = _scratch.File("scan.pdf");
        File.WriteAllBytes(source, Enumerable.Range(0, 4 << 20).Select(i => (byte)(i * 7)).ToArray());
        string sha256 = ContentAddressedOriginals.Hash(source);
        var kept = Enumerable.Range(0, 6).AsParallel().WithDegreeOfParallelism(6).Select(_ =>
        {
            string path = originals.Keep(source, sha256, move: false);
            originals.WriteSidecar(sha256, "analysis.json", "{\"same\":true}");
            return path;
        }).ToList();
        Assert.Single(kept.Distinct());
        Assert.Equal(sha256, ContentAddressedOriginals.Hash(kept[0]));
        Assert.Equal("{\"same\":true}", originals.ReadSidecar(sha256, "analysis.json"));
        Assert.Equal([kept[0], originals.FindSidecar(sha256, "analysis.json")!],
            Directory.EnumerateFiles(Path.GetDirectoryName(kept[0])!).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(source));
    }

    [Fact]
    public void Workers_moving_the_same_inbox_file_at_once_all_find_it_archived()
    {
        var originals = new ContentAddressedOriginals(_scratch.File("originals"));
        string inbox = Directory.CreateDirectory(_scratch.File("inbox")).FullName;
        for (int round = 0; round < 20; round++) // the rename race is won and lost at random: often enough to meet it
        {
            string source = Path.Combine(inbox, $"scan-{round}.pdf");
            File.WriteAllBytes(source, Enumerable.Range(0, 64 << 10).Select(i => (byte)(i * 7 + round)).ToArray());
            string sha256 = ContentAddressedOriginals.Hash(source);
            using var start = new Barrier(4);
            var kept = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ =>
            {
                start.SignalAndWait();
                return originals.Keep(source, sha256, move: true);
            }).ToList();
            Assert.Single(kept.Distinct());
            Assert.Equal(sha256, ContentAddressedOriginals.Hash(kept[0]));
            Assert.False(File.Exists(source));
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(inbox));
    }

    [Fact]
    public void A_file_gone_before_anyone_archived_it_is_an_error()
    {
        var originals = new ContentAddressedOriginals(_scratch.File("originals"));
        Assert.ThrowsAny<IOException>(() => originals.Keep(_scratch.File("gone.pdf"), new string('a', 64), move: true));
    }

    public void Dispose() => _scratch.Dispose();
}
