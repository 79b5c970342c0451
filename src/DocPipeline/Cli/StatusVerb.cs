using System.CommandLine;
using DocPipeline.Archive.Jobs;
using DocPipeline.Hosting;
using DocPipeline.Views;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>`status [--json]`: the archive's state, the same <see cref="StatusView"/> as `GET /api/status`.</summary>
internal static class StatusVerb
{
    public static Command Command()
    {
        var json = new Option<bool>("--json") { Description = "the state as JSON, field for field what GET /api/status answers" };
        var command = Verb.Create("status", "Documents archived, files waiting in the inbox, the queue (running with pages done, then queued), duplicates, failures with stage and reason, the worker processes alive.",
            "status --json",
            json, SettingOptions.Data(), SettingOptions.Catalog(), SettingOptions.Inbox(), SettingOptions.Failed(), SettingOptions.Any());
        command.SetAction(r => Run(r.GetValue(json), SettingOptions.Configuration(r), r.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(bool json, IConfiguration configuration, TextWriter output)
    {
        using var services = AppServices.ForExistingArchive(configuration);
        var status = services.GetRequiredService<StatusReport>().Now();
        if (json)
        {
            output.WriteLine(Json.Write(status));
            return CommandLine.Ok;
        }
        var running = status.Jobs.Where(j => j.State == JobState.Running).ToList();
        output.WriteLine($"documents: {status.Documents}");
        output.WriteLine($"inbox: {status.Inbox.Count} waiting");
        output.WriteLine($"queue: {status.Jobs.Count - running.Count} queued, {running.Count} running");
        foreach (var r in running) output.WriteLine($"  running: {r.File}, {r.PagesDone} pages done (attempt {r.Attempts})");
        output.WriteLine($"duplicates: {status.Duplicates}");
        output.WriteLine($"failed: {status.Failures.Count}");
        foreach (var f in status.Failures) output.WriteLine($"  {f.Time:yyyy-MM-dd HH:mm} {f.File ?? f.Name} ({f.Stage}): {f.Error}");
        output.WriteLine($"workers: {status.Workers.Count} alive");
        foreach (var w in status.Workers)
            output.WriteLine($"  {w.Host} pid {w.Pid} ({w.Run}): {w.JobsRunning} running, {w.PagesDone} pages done, since {w.Started.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z, heartbeat {w.LastHeartbeat.ToUniversalTime():HH:mm:ss}Z");
        return CommandLine.Ok;
    }
}
