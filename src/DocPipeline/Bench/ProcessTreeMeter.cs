using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace DocPipeline.Bench;

/// <summary>What one command cost: wall time, CPU time of it and every process it started, and the peak of their summed memory.</summary>
internal sealed record Cost(double WallSeconds, double CpuSeconds, double PeakMegabytes);

/// <summary>
/// Runs a command and measures it as a whole tree: CPU from getrusage(RUSAGE_CHILDREN) around
/// the run (the child and every descendant its processes waited for, which is all of them for
/// these tools), memory by summing the resident sets of the child and its descendants every
/// 20 ms (OCRmyPDF runs Tesseracts side by side: their sum is what the machine must hold).
/// </summary>
internal static class ProcessTreeMeter
{
    private static readonly TimeSpan Sampling = TimeSpan.FromMilliseconds(20);

    public static Cost Run(string tool, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        double cpuBefore = ChildrenCpuSeconds();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(Sampling)) peak = Math.Max(peak, TreeResidentBytes(process.Id));
        process.WaitForExit();
        double wall = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {Tail(stderr.Result)}{Tail(stdout.Result)}");
        return new Cost(wall, ChildrenCpuSeconds() - cpuBefore, peak / 1048576.0);
    }

    private static string Tail(string s) => s.Length > 600 ? s[^600..] : s;

    /// <summary>Resident memory of a process and all its descendants, from /proc.</summary>
    private static long TreeResidentBytes(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out int pid)) continue;
            try
            {
                string stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // pid (comm) state ppid …: the command name may hold spaces and parentheses.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                int parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { } // gone meanwhile
        }
        long total = 0;
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out int pid))
        {
            total += ResidentBytes(pid);
            if (children.TryGetValue(pid, out var list)) foreach (int c in list) pending.Push(c);
        }
        return total;
    }

    private static long ResidentBytes(int pid)
    {
        try
        {
            var fields = File.ReadAllText($"/proc/{pid}/statm").Split(' ');
            return long.Parse(fields[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { return 0; }
    }

    private static double ChildrenCpuSeconds()
    {
        if (GetRusage(RusageChildren, out var usage) != 0) throw new InvalidOperationException("getrusage failed.");
        return usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6;
    }

    private const int RusageChildren = -1;

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs this code does not read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss, Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRusage(int who, out Rusage usage);
}
