using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocPipeline.Cli;

/// <summary>Runs a long-lived verb's host (serve, worker) until SIGTERM or Ctrl+C, which the host turns into a graceful stop.</summary>
internal static class HostedRun
{
    public static async Task<int> UntilStoppedAsync(IHost host, TextWriter errors)
    {
        // Taken before the run: the host is disposed by the time an exception leaves RunAsync.
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        try
        {
            await host.RunAsync();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // SIGTERM or Ctrl+C while the host was still starting (the index catching up with a large catalog can
            // take a while): a stop as asked, not a failure. A document being read goes back to the queue, as after
            // any interruption, and is read again at the next start.
            errors.WriteLine("docpipeline: stopped while starting");
        }
        return CommandLine.Ok;
    }
}
