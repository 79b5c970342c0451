using DocPipeline.Archive.Originals;
using DocPipeline.Testing;

namespace DocPipeline.Archive.Tests;

/// <summary>The shared originals folder: several workers storing the same content at once all succeed, leaving one whole file.</summary>
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

    public void Dispose() => _scratch.Dispose();
}
