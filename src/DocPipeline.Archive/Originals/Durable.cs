using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DocPipeline.Archive.Originals;

/// <summary>
/// fsync(2) of a file's bytes and of a directory's entries: a rename is durable only once both are on disk, and on a
/// network file system (originals shared by several nodes) another node may read the file the moment it is renamed.
/// </summary>
internal static class Durable
{
    private const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC on Linux

    public static void Flush(string file)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read);
        Check(Fsync(handle), file);
    }

    public static void FlushDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var handle = new SafeFileHandle(Open(directory, ReadOnlyCloseOnExec), ownsHandle: true);
        if (handle.IsInvalid) Check(-1, directory);
        Check(Fsync(handle), directory);
    }

    private static void Check(int result, string path)
    {
        if (result != 0)
            throw new IOException($"Cannot write {Path.GetFileName(path)} to disk: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}.");
    }

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(SafeFileHandle handle);

    [DllImport("libc", EntryPoint = "open", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Open(string path, int flags);
}
