using Microsoft.Extensions.Configuration;

namespace DocPipeline.Hosting;

/// <summary>
/// Configuration in the Microsoft.Extensions order, later wins: appsettings.json (beside the
/// program, then in the working folder), environment variables (`DocPipeline__OcrLanguage=…`,
/// plus the short `DOCPIPELINE_DATA` and `DOCPIPELINE_TESSDATA`), then what the command line set
/// (the verb's parser decides which of its options those are).
/// </summary>
public static class AppConfiguration
{
    public static IConfigurationRoot Build(IReadOnlyDictionary<string, string?> commandLine)
    {
        var shortNames = new Dictionary<string, string?>();
        if (Environment.GetEnvironmentVariable("DOCPIPELINE_DATA") is { Length: > 0 } data)
            shortNames[$"{DocPipelineOptions.Section}:{nameof(DocPipelineOptions.DataDirectory)}"] = data;
        if (Environment.GetEnvironmentVariable("DOCPIPELINE_TESSDATA") is { Length: > 0 } tessdata)
            shortNames[$"{DocPipelineOptions.Section}:{nameof(DocPipelineOptions.Tessdata)}"] = tessdata;
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(shortNames)
            .AddInMemoryCollection(commandLine)
            .Build();
    }
}
