using System.Runtime.InteropServices;

namespace DocPipeline.Archive.Originals;

/// <summary>
/// rename(2) itself: atomic within one file system, and refusing (EXDEV) across file systems,
/// where .NET's File.Move would silently copy and delete without verifying the copy.
/// </summary>
internal static class AtomicRename
{
    private const int CrossDevice = 18; // EXDEV on Linux

    /// <summary>True when renamed; false when source and target are on different file systems.</summary>
    public static bool TryRename(string source, string target)
    {
        if (!OperatingSystem.IsLinux()) return false; // elsewhere: copy, verify, delete
        if (Rename(source, target) == 0) return true;
        int error = Marshal.GetLastPInvokeError();
        if (error == CrossDevice) return false;
        throw new IOException($"Cannot move {Path.GetFileName(source)} into the archive: {Marshal.GetPInvokeErrorMessage(error)}.");
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Rename(string oldPath, string newPath);
}
