using System.CommandLine;
using System.Net;
using DocPipeline.Hosting;
using DocPipeline.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocPipeline.Cli;

/// <summary>`serve`: the web page and, unless --no-worker, the inbox worker in one host, on 127.0.0.1:5080 by default.</summary>
internal static class ServeVerb
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Command()
    {
        var noWorker = new Option<bool>("--no-worker") { Description = "the web page only: the files are read by `worker` processes elsewhere" };
        var command = Verb.Create("serve", "The web page plus the inbox worker (--no-worker: the page alone). Another address than 127.0.0.1 needs accounts (users add NAME --role admin).",
            "serve --data /srv/archive --poll",
            SettingOptions.Data(), SettingOptions.Catalog(), SettingOptions.Originals(), SettingOptions.Inbox(), SettingOptions.Failed(), SettingOptions.Urls(), SettingOptions.Poll(), noWorker,
            SettingOptions.Tessdata(), SettingOptions.Lang(), SettingOptions.Any());
        command.SetAction((r, _) => RunAsync(SettingOptions.Configuration(r), r.InvocationConfiguration.Error, withWorker: !r.GetValue(noWorker)));
        return command;
    }

    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter errors, bool withWorker = true)
    {
        string urls = configuration["urls"] ?? DefaultUrl;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(urls);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning); // not a line per request
        builder.Services.AddDocPipeline(builder.Configuration);
        if (withWorker) builder.Services.AddInboxWorker();
        builder.Services.AddDocPipelineWeb(builder.Configuration);
        var app = builder.Build();
        // Without accounts the page is one person's on one machine: it has no login to keep others out.
        if (urls.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(url => !IsLoopback(url)) is { } open
            && app.Services.GetRequiredService<Staff.AccountService>().None)
        {
            await app.DisposeAsync();
            throw new UsageException($"Refusing to listen on {open}: without accounts only 127.0.0.1 is allowed. Create the first administrator with ./docpipeline users add NAME --role admin (the password is read from standard input), then serve other machines.");
        }
        app.UseDocPipelineWeb();
        return await HostedRun.UntilStoppedAsync(app, errors);
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("*", "0.0.0.0").Replace("+", "0.0.0.0"), UriKind.Absolute, out var uri)) return false;
        return uri.Host == "localhost" || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
