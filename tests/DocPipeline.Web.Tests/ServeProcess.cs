using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DocPipeline.Web.Tests;

/// <summary>
/// The real `serve` verb as a child process (the program the launcher runs), on a free
/// loopback port with its own data folder; killed on dispose. Its output is kept for messages.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    public Uri Address { get; }

    public string Log { get { lock (_log) return _log.ToString(); } }

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public static async Task<ServeProcess> StartAsync(string dataFolder, IDictionary<string, string>? environment = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "DocPipeline.dll"), "serve", "--data", dataFolder, "--urls", address.ToString().TrimEnd('/') })
            start.ArgumentList.Add(a);
        // A quick inbox: the test waits for the worker, not for the production rescan interval.
        start.Environment["DocPipeline__InboxPollSeconds"] = "1";
        start.Environment["DocPipeline__InboxSettleSeconds"] = "1";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        var process = Process.Start(start) ?? throw new InvalidOperationException("serve did not start");
        var serve = new ServeProcess(process, address);
        process.OutputDataReceived += (_, e) => serve.Append(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await serve.WaitUntilAnsweringAsync();
        return serve;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"serve exited with {_process.ExitCode}:\n{Log}");
            try
            {
                var response = await http.GetAsync(new Uri(Address, "/site.css"));
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"serve did not answer on {Address} within 60 s:\n{Log}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
