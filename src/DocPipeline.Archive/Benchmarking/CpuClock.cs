using System.Runtime.InteropServices;

namespace DocPipeline.Archive.Benchmarking;

/// <summary>
/// The process's CPU time (Linux's clock), in milliseconds: a query's cost that other work on a shared machine does not
/// inflate, as it does wall time. NaN where the clock cannot be read.
/// </summary>
internal static class CpuClock
{
    private const int ClockProcessCpuTime = 2; // CLOCK_PROCESS_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>
    /// Every thread of the process, not the calling thread's own clock: a search that reads its segments in parallel
    /// spends its CPU on the thread pool, which the calling thread's clock does not count.
    /// </summary>
    internal static double ProcessMilliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockProcessCpuTime, out var t) != 0) return double.NaN;
        return t.Seconds * 1000.0 + t.Nanoseconds / 1e6;
    }
}
