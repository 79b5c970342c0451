using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DocPipeline.Bench;

/// <summary>
/// One `worker` process of `bench workers`, limited to one core's worth of OCR: one Tesseract thread
/// (OMP_THREAD_LIMIT=1), one page at a time (OcrWorkers=1) and one document at a time (ParallelDocuments=1), so that
/// N workers are N cores of work. Its log lines are kept for the message when it fails.
/// </summary>
internal sealed class WorkerNode : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    public WorkerNode(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string a in (string[])[typeof(WorkerNode).Assembly.Location, "worker", .. arguments,
                     "--DocPipeline:OcrWorkers=1", "--DocPipeline:ParallelDocuments=1"])
            start.ArgumentList.Add(a);
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        _process = Process.Start(start) ?? throw new InvalidOperationException("The worker did not start.");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The last thing the worker printed, on one line and cut short, for a one-line error.</summary>
    public string LastLine =>
        _lines.LastOrDefault(l => !string.IsNullOrWhiteSpace(l)) is { } line ? (line.Length > 200 ? line[..200] + "…" : line).Trim() : "(nothing printed)";

    /// <summary>Waits until the worker watches the inbox (its model loaded, its queue open).</summary>
    public void WaitUntilWatching(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!_lines.Any(l => l.Contains("Watching", StringComparison.Ordinal)))
        {
            if (_process.HasExited) throw new BenchmarkFailedException($"a worker exited with code {_process.ExitCode} at start: {LastLine}");
            if (clock.Elapsed > timeout)
                throw new BenchmarkFailedException($"a worker did not start watching the inbox within {timeout.TotalSeconds:0} s (its last line: {LastLine}); the machine is too busy, or see `./docpipeline worker` alone.");
            Thread.Sleep(50);
        }
    }

    /// <summary>CPU time the process has used so far (Tesseract runs inside it).</summary>
    public double CpuSeconds()
    {
        _process.Refresh();
        return _process.TotalProcessorTime.TotalSeconds;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGTERM, as systemd would; SIGKILL if it has not stopped in time.</summary>
    public void Stop(TimeSpan grace)
    {
        if (_process.HasExited) return;
        _ = SendSignal(_process.Id, Sigterm);
        if (!_process.WaitForExit(grace)) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private const int Sigterm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
