using System.Text.Json;
using DocPipeline.Cli;

namespace DocPipeline.Tests;

/// <summary>Runs the real command line in-process and collects its output lines.</summary>
internal static class Cli
{
    public static async Task<(int Exit, List<string> Lines, string Errors)> Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = await CommandLine.RunAsync(args, output, errors);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        return (exit, lines, errors.ToString());
    }

    public static async Task<List<JsonElement>> Json(params string[] args)
    {
        var (_, lines, errors) = await Run(args);
        try { return lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList(); }
        catch (JsonException e) { throw new InvalidOperationException($"Not JSON lines: {string.Join('\n', lines)}\n{errors}", e); }
    }

    public static string? Str(this JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).ToString();
}
