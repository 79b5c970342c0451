using DocPipeline.Hosting;
using DocPipeline.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Ocr.Tests;

/// <summary>The host's DocumentAnalyzer with its real engines, configured as the command line would be.</summary>
internal sealed class Analyzer(ServiceProvider services) : IDisposable
{
    public DocumentAnalyzer Value { get; } = services.GetRequiredService<DocumentAnalyzer>();

    public static Analyzer Create(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        return new Analyzer(AppServices.ForVerb(configuration));
    }

    public void Dispose() => services.Dispose();
}
