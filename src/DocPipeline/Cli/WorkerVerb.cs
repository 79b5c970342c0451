using System.CommandLine;
using DocPipeline.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace DocPipeline.Cli;

/// <summary>
/// `worker`: the inbox worker without the web page, for OCR machines beside a `serve` node. With the queue on a
/// shared PostgreSQL (--catalog) and one inbox and data folder all nodes mount, several workers share the work.
/// </summary>
internal static class WorkerVerb
{
    public static Command Command()
    {
        var command = Verb.Create("worker", "The inbox worker alone, no web page: for OCR machines sharing the queue (--catalog) and the data folder. SIGTERM stops taking files and lets the running document finish.",
            "worker --data /mnt/archive --catalog \"Host=db;Database=docpipeline;Username=ocr\" --poll",
            SettingOptions.Data(), SettingOptions.Catalog(), SettingOptions.Originals(), SettingOptions.Inbox(), SettingOptions.Failed(), SettingOptions.Poll(),
            SettingOptions.Tessdata(), SettingOptions.Lang(), SettingOptions.Any());
        command.SetAction((r, _) => RunAsync(SettingOptions.Configuration(r), r.InvocationConfiguration.Error));
        return command;
    }

    public static Task<int> RunAsync(IConfiguration configuration, TextWriter errors)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddConfiguration(configuration);
        builder.Services.AddDocPipeline(builder.Configuration);
        builder.Services.AddInboxWorker();
        return HostedRun.UntilStoppedAsync(builder.Build(), errors);
    }
}
