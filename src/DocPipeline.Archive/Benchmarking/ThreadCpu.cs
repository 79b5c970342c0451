using System.Runtime.InteropServices;

namespace DocPipeline.Archive.Benchmarking;

/// <summary>
/// The CPU time the calling thread has used (Linux's per-thread clock): a query's cost that other work on a
/// shared machine does not inflate, as it does wall time. NaN where the clock cannot be read.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    internal static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var t) != 0) return double.NaN;
        return t.Seconds * 1000.0 + t.Nanoseconds / 1e6;
    }
}
