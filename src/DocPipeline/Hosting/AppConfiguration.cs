using Microsoft.Extensions.Configuration;

namespace DocPipeline.Hosting;

/// <summary>
/// Configuration in the Microsoft.Extensions order, later wins: appsettings.json (beside the
/// program, then in the working folder), environment variables (`DocPipeline__OcrLanguage=…`,
/// plus the short `DOCPIPELINE_DATA` and `DOCPIPELINE_TESSDATA`), then command-line options.
/// </summary>
public static class AppConfiguration
{
    private static readonly Dictionary<string, string> SwitchMappings = new()
    {
        ["--data"] = $"{DocPipelineOptions.Section}:{nameof(DocPipelineOptions.DataDirectory)}",
        ["--inbox"] = $"{DocPipelineOptions.Section}:{nameof(DocPipelineOptions.Inbox)}",
        ["--tessdata"] = $"{DocPipelineOptions.Section}:{nameof(DocPipelineOptions.Tessdata)}",
        ["--lang"] = $"{DocPipelineOptions.Section}:{nameof(DocPipelineOptions.OcrLanguage)}",
        ["--urls"] = "urls",
    };

    public static IConfigurationRoot Build(IEnumerable<string> args)
    {
        var shortNames = new Dictionary<string, string?>();
        if (Environment.GetEnvironmentVariable("DOCPIPELINE_DATA") is { Length: > 0 } data)
            shortNames[SwitchMappings["--data"]] = data;
        if (Environment.GetEnvironmentVariable("DOCPIPELINE_TESSDATA") is { Length: > 0 } tessdata)
            shortNames[SwitchMappings["--tessdata"]] = tessdata;
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(shortNames)
            .AddCommandLine(OnlyMapped(args).ToArray(), SwitchMappings)
            .Build();
    }

    /// <summary>
    /// Only the host options go to configuration; the verb's own options stay with the verb.
    /// Any setting can also be given in full (`--DocPipeline:MaxPages=50`); `--poll` turns on pure polling.
    /// </summary>
    private static IEnumerable<string> OnlyMapped(IEnumerable<string> args)
    {
        string sectionPrefix = $"--{DocPipelineOptions.Section}:";
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            string a = e.Current;
            if (a == "--poll") { yield return $"{sectionPrefix}{nameof(DocPipelineOptions.InboxPolling)}=true"; continue; }
            if (a.StartsWith(sectionPrefix, StringComparison.OrdinalIgnoreCase) && a.Contains('=')) { yield return a; continue; }
            string name = a.Split('=', 2)[0];
            if (!SwitchMappings.ContainsKey(name)) continue;
            yield return a;
            if (!a.Contains('=') && e.MoveNext()) yield return e.Current;
        }
    }
}
