using System.CommandLine;
using System.Net;
using DocPipeline.Hosting;
using DocPipeline.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocPipeline.Cli;

/// <summary>`serve`: the inbox worker and the web page in one host, on 127.0.0.1:5080 by default.</summary>
internal static class ServeVerb
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Command()
    {
        var command = Verb.Create("serve", "The inbox worker plus the web page. Another address than 127.0.0.1 needs accounts (users add NAME --role admin).",
            "serve --data /srv/archive --poll",
            SettingOptions.Data(), SettingOptions.Catalog(), SettingOptions.Inbox(), SettingOptions.Urls(), SettingOptions.Poll(),
            SettingOptions.Tessdata(), SettingOptions.Lang(), SettingOptions.Any());
        command.SetAction((r, _) => RunAsync(SettingOptions.Configuration(r), r.InvocationConfiguration.Error));
        return command;
    }

    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter errors)
    {
        string urls = configuration["urls"] ?? DefaultUrl;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(urls);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning); // not a line per request
        builder.Services.AddDocPipeline(builder.Configuration);
        builder.Services.AddInboxWorker();
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
        // Taken before the run: the host is disposed by the time an exception leaves RunAsync.
        var stopping = app.Lifetime.ApplicationStopping;
        try
        {
            await app.RunAsync();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // SIGTERM or Ctrl+C while the web server was still starting (the index catching up with a large catalog
            // can take a while): a stop as asked, not a failure. A document being read goes back to the queue, as
            // after any interruption, and is read again at the next start.
            errors.WriteLine("docpipeline: stopped while starting");
        }
        return CommandLine.Ok;
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("*", "0.0.0.0").Replace("+", "0.0.0.0"), UriKind.Absolute, out var uri)) return false;
        return uri.Host == "localhost" || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
