using System.Runtime.InteropServices;

namespace DocPipeline.Ocr.Native;

/// <summary>
/// The C environment of the process. .NET's Environment.SetEnvironmentVariable does not
/// reach native libraries on Linux, and Tesseract's OpenMP runtime reads OMP_THREAD_LIMIT
/// from the C environment when it loads.
/// </summary>
internal static partial class NativeEnvironment
{
    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    /// <summary>Sets a variable unless it is already set (an administrator's value wins).</summary>
    internal static void SetDefault(string name, string value) => SetEnv(name, value, 0);
}
