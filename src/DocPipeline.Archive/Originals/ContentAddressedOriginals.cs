using System.Security.Cryptography;

namespace DocPipeline.Archive.Originals;

/// <summary>
/// Originals under `DATA/originals/ab/abcdef….ext` (or the shared `--originals` folder), named by SHA-256, read-only.
/// A move within one file system is atomic; across file systems the file is copied to a temporary name,
/// verified by hash, renamed, and only then removed from the source. Every file is on disk before its rename and the
/// rename before the call returns (fsync of the file, then of its folder). Temporary names are this write's own, so
/// two workers storing the same content at once both succeed: the second rename puts the same bytes in place.
/// </summary>
public sealed class ContentAddressedOriginals(string root) : IOriginalStore
{
    private const string SidecarMarker = ".sidecar.", TempSuffix = ".tmp", IncomingSuffix = ".incoming";

    /// <summary>
    /// A move whose source vanished meanwhile, because another worker watching the same inbox moved it first, is done:
    /// the bytes are archived, and their path is returned as if this call had moved them.
    /// </summary>
    public string Keep(string sourcePath, string sha256, bool move)
    {
        try { return KeepOnce(sourcePath, sha256, move); }
        catch (IOException) when (move && !File.Exists(sourcePath) && Find(sha256) is { } movedByAnother) { return movedByAnother; }
    }

    private string KeepOnce(string sourcePath, string sha256, bool move)
    {
        string target = PathFor(sha256, Path.GetExtension(sourcePath));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            if (move) File.Delete(sourcePath);
            File.SetAttributes(target, FileAttributes.ReadOnly); // a crash may have come between rename and this
            return target;
        }
        if (move)
        {
            Durable.Flush(sourcePath);
            if (AtomicRename.TryRename(sourcePath, target))
            {
                File.SetAttributes(target, FileAttributes.ReadOnly);
                Durable.FlushDirectory(Path.GetDirectoryName(target)!);
                return target;
            }
        }
        string temp = TemporaryName(target, IncomingSuffix);
        File.Copy(sourcePath, temp);
        Durable.Flush(temp);
        if (!Hash(temp).Equals(sha256, StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(temp);
            throw new IOException($"The copy of {Path.GetFileName(sourcePath)} in the archive does not match the original; the original was left where it was.");
        }
        File.SetAttributes(temp, FileAttributes.ReadOnly);
        File.Move(temp, target, overwrite: true); // rename(2): another worker's copy of the same bytes is replaced whole
        Durable.FlushDirectory(Path.GetDirectoryName(target)!);
        if (move) File.Delete(sourcePath);
        return target;
    }

    public string? Find(string sha256)
    {
        string dir = Path.Combine(root, sha256[..2]);
        if (!Directory.Exists(dir)) return null;
        return Directory.EnumerateFiles(dir, sha256 + "*")
            .FirstOrDefault(f => !f.EndsWith(IncomingSuffix) && !f.Contains(SidecarMarker));
    }

    public void WriteSidecar(string sha256, string name, string content)
    {
        WriteSidecar(sha256, name, stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            writer.Write(content);
        });
    }

    public void WriteSidecar(string sha256, string name, Action<Stream> write)
    {
        string path = SidecarPath(sha256, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = TemporaryName(path, TempSuffix);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
            Durable.FlushDirectory(Path.GetDirectoryName(path)!);
        }
        finally { File.Delete(temp); }
    }

    public string? FindSidecar(string sha256, string name)
    {
        string path = SidecarPath(sha256, name);
        return File.Exists(path) ? path : null;
    }

    public int RemoveInterruptedWrites(TimeSpan untouchedFor)
    {
        var before = DateTime.UtcNow - untouchedFor;
        if (!Directory.Exists(root)) return 0;
        int removed = 0;
        var unfinished = Directory.EnumerateFiles(root, "*" + SidecarMarker + "*" + TempSuffix, SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*" + IncomingSuffix, SearchOption.AllDirectories))
            .Where(f => untouchedFor <= TimeSpan.Zero || File.GetLastWriteTimeUtc(f) < before)
            .ToList();
        foreach (var temp in unfinished)
        {
            File.SetAttributes(temp, FileAttributes.Normal);
            File.Delete(temp);
            removed++;
        }
        return removed;
    }

    public string? ReadSidecar(string sha256, string name)
    {
        string path = SidecarPath(sha256, name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public IEnumerable<string> WithSidecar(string name)
    {
        if (!Directory.Exists(root)) yield break;
        string suffix = SidecarMarker + name;
        foreach (var dir in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
            foreach (var file in Directory.EnumerateFiles(dir, "*" + suffix).Order(StringComparer.Ordinal))
            {
                string sha256 = Path.GetFileName(file)[..^suffix.Length];
                if (sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower)) yield return sha256;
            }
    }

    public static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>`target.3f9a…​.incoming`: this write's own, so no other writer of the same file can touch it.</summary>
    private static string TemporaryName(string target, string suffix) => $"{target}.{Guid.NewGuid():N}{suffix}";

    private string PathFor(string sha256, string extension) =>
        Path.Combine(root, sha256[..2], sha256 + SafeExtension(extension));

    private string SidecarPath(string sha256, string name) => Path.Combine(root, sha256[..2], $"{sha256}{SidecarMarker}{name}");

    private static string SafeExtension(string extension) =>
        extension.Length is > 1 and <= 6 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension.ToLowerInvariant() : "";
}
