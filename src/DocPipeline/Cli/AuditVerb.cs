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
    public static int Run(CliArguments args, IConfiguration configuration, TextWriter output)
    {
        long? document = args.Get("--document") is null ? null : args.GetInt("--document", 1);
        var audit = new AuditArguments(args.Has("--json"), document, args.GetInt("--limit", 500));
        using var services = AppServices.ForVerb(configuration);
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
                output.WriteLine(Json.Write(new { at = e.At, user = e.User, address = e.Address, action = e.Action, document = e.DocumentId, field = e.Field, oldValue = e.OldValue, newValue = e.NewValue }));
            else
                output.WriteLine($"{e.At:yyyy-MM-dd HH:mm:ss} {e.User} ({e.Address ?? "?"}) {e.Action}"
                    + (e.DocumentId is { } id ? $" [{id}]" : "") + (e.Field is null ? "" : $" {e.Field}: {e.OldValue ?? "(none)"} → {e.NewValue ?? "(none)"}"));
        }
        return CommandLine.Ok;
    }
}
