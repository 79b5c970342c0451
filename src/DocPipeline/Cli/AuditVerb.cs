using System.CommandLine;
using DocPipeline.Archive.Staff;
using DocPipeline.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>`audit`'s arguments: one document's entries, or all.</summary>
public sealed record AuditArguments(bool Json, long? DocumentId, int Limit);

/// <summary>`audit [--document ID] [--limit N] [--json]`: who did what, when, from where; newest first.</summary>
internal static class AuditVerb
{
    public static Command Command()
    {
        var document = new Option<long?>("--document") { HelpName = "ID", Description = "only this document's entries" };
        var json = new Option<bool>("--json") { Description = "one JSON object per entry: at, user, address, action, document, field, oldValue, newValue" };
        var limit = new Option<int>("--limit") { HelpName = "N", Description = "at most N entries, newest first (default 500)", DefaultValueFactory = _ => 500 };
        var command = Verb.Create("audit", "Who did what, when and from where: logins, uploads, corrections with the old and new value, retries, account changes.",
            "audit --document 12",
            document, json, limit, SettingOptions.Data(), SettingOptions.Catalog(), SettingOptions.Any());
        command.SetAction(r => Run(new AuditArguments(r.GetValue(json), r.GetValue(document), r.GetValue(limit)), SettingOptions.Configuration(r), r.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(AuditArguments audit, IConfiguration configuration, TextWriter output)
    {
        using var services = AppServices.ForExistingArchive(configuration);
        return new AuditListing(services.GetRequiredService<IAuditLog>()).Write(audit, output);
    }
}

/// <summary>The audit log as JSON lines or as text.</summary>
internal sealed class AuditListing(IAuditLog log)
{
    public int Write(AuditArguments audit, TextWriter output)
    {
        foreach (var e in log.Read(audit.DocumentId, audit.Limit))
        {
            if (audit.Json)
                output.WriteLine(Json.Write(Views.AuditView.From(e))); // the shape of GET /api/audit
            else
                output.WriteLine($"{e.At:yyyy-MM-dd HH:mm:ss} {e.User} ({e.Address ?? "?"}) {e.Action}"
                    + (e.DocumentId is { } id ? $" [{id}]" : "") + (e.Field is null ? "" : $" {e.Field}: {e.OldValue ?? "(none)"} → {e.NewValue ?? "(none)"}"));
        }
        return CommandLine.Ok;
    }
}
