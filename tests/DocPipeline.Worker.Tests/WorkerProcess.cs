using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using DocPipeline.Testing;

namespace DocPipeline.Worker.Tests;

/// <summary>
/// `dotnet DocPipeline.dll serve` (on a free loopback port) or `worker` (no web page) as a child process on a
/// scratch data folder, with its log lines collected. Killed (SIGKILL) on dispose if still running.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    public WorkerProcess(string dataDirectory, IReadOnlyDictionary<string, string> settings, params string[] verb)
    {
        if (verb.Length == 0) verb = ["serve", "--urls", $"http://127.0.0.1:{FreePort()}"];
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in (string[])[AppDll(), .. verb, "--data", dataDirectory])
            start.ArgumentList.Add(a);
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        string tessdata = Path.Combine(Repo.Root, "tessdata");
        if (File.Exists(Path.Combine(tessdata, "lao.traineddata"))) start.Environment["DOCPIPELINE_TESSDATA"] = tessdata;
        foreach (var (key, value) in settings) start.Environment[$"DocPipeline__{key}"] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue("stderr: " + e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    public string Log => string.Join('\n', _lines);

    public async Task WaitForLog(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The worker exited ({_process.ExitCode}) before logging '{text}':\n{Log}");
            if (clock.Elapsed > timeout) throw new TimeoutException($"The worker did not log '{text}' within {timeout.TotalSeconds} s:\n{Log}");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits for a process that stops on its own (a refused start); returns the exit code.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) throw new TimeoutException($"The worker did not exit within {timeout.TotalSeconds} s:\n{Log}");
        _process.WaitForExit(); // drains the output readers
        return _process.ExitCode;
    }

    /// <summary>kill -9: no chance to clean up, as in a power cut.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd or Ctrl+C would; returns the exit code.</summary>
    public int Terminate(TimeSpan timeout)
    {
        if (SendSignal(_process.Id, 15) != 0) throw new InvalidOperationException("kill(SIGTERM) failed");
        if (!_process.WaitForExit(timeout)) throw new TimeoutException($"The worker did not stop within {timeout.TotalSeconds} s of SIGTERM:\n{Log}");
        _process.WaitForExit(); // drains the output readers
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) KillHard();
        _process.Dispose();
    }

    /// <summary>The built program: beside the tests when the SDK copied it with its runtimeconfig, else in src/.</summary>
    private static string AppDll()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "DocPipeline.dll");
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "DocPipeline.runtimeconfig.json"))) return beside;
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // …/bin/Release/net10.0/
        string built = Path.Combine(Repo.Root, "src", "DocPipeline", "bin", configuration, "net10.0", "DocPipeline.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException("DocPipeline.dll not built", built);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
