using System.Security.Cryptography;

namespace DocPipeline.Archive.Originals;

/// <summary>
/// Originals under `DATA/originals/ab/abcdef….ext`, named by SHA-256, read-only. A move within
/// one file system is atomic; across file systems the file is copied to a temporary name,
/// verified by hash, renamed, and only then removed from the source.
/// </summary>
public sealed class ContentAddressedOriginals(string root) : IOriginalStore
{
    private const string SidecarMarker = ".sidecar.", TempSuffix = ".tmp", IncomingSuffix = ".incoming";

    public string Keep(string sourcePath, string sha256, bool move)
    {
        string target = PathFor(sha256, Path.GetExtension(sourcePath));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            if (move) File.Delete(sourcePath);
            File.SetAttributes(target, FileAttributes.ReadOnly); // a crash may have come between rename and this
            return target;
        }
        if (move && AtomicRename.TryRename(sourcePath, target))
        {
            File.SetAttributes(target, FileAttributes.ReadOnly);
            return target;
        }
        string temp = target + IncomingSuffix;
        File.Copy(sourcePath, temp, overwrite: true);
        if (!Hash(temp).Equals(sha256, StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(temp);
            throw new IOException($"The copy of {Path.GetFileName(sourcePath)} in the archive does not match the original; the original was left where it was.");
        }
        File.SetAttributes(temp, FileAttributes.ReadOnly);
        File.Move(temp, target);
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
        string path = SidecarPath(sha256, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = path + TempSuffix;
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }

    public void WriteSidecar(string sha256, string name, Action<Stream> write)
    {
        string path = SidecarPath(sha256, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = path + TempSuffix;
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None)) write(stream);
            File.Move(temp, path, overwrite: true);
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

    private string PathFor(string sha256, string extension) =>
        Path.Combine(root, sha256[..2], sha256 + SafeExtension(extension));

    private string SidecarPath(string sha256, string name) => Path.Combine(root, sha256[..2], $"{sha256}{SidecarMarker}{name}");

    private static string SafeExtension(string extension) =>
        extension.Length is > 1 and <= 6 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension.ToLowerInvariant() : "";
}
