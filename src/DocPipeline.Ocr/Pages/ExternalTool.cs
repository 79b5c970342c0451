using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace DocPipeline.Ocr.Pages;

/// <summary>Runs a command-line tool (poppler-utils) as a child process with a time limit.</summary>
public static class ExternalTool
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>What a tool wrote to stdout as bytes (an image streamed out, never a temporary file).</summary>
    public sealed record BinaryResult(int ExitCode, byte[] StandardOutput, string StandardError);

    public static Result Run(string tool, IEnumerable<string> arguments, TimeSpan timeout, string package)
    {
        var run = RunForBytes(tool, arguments, timeout, package);
        return new Result(run.ExitCode, Encoding.UTF8.GetString(run.StandardOutput), run.StandardError);
    }

    public static BinaryResult RunForBytes(string tool, IEnumerable<string> arguments, TimeSpan timeout, string package)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        Process process;
        try { process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start."); }
        catch (Win32Exception e)
        {
            throw new ToolMissingException($"'{tool}' is not installed. Install it with: sudo apt-get install {package}", e);
        }
        using (process)
        {
            var stdout = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                throw new TimeoutException($"{tool} took longer than {timeout.TotalSeconds:0} s and was stopped.");
            }
            copy.GetAwaiter().GetResult();
            return new BinaryResult(process.ExitCode, stdout.ToArray(), stderr.GetAwaiter().GetResult());
        }
    }
}

/// <summary>A tool the pipeline needs is not installed: a setup problem, not a bad file.</summary>
public sealed class ToolMissingException(string message, Exception? inner = null) : Exception(message, inner);
