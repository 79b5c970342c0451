using System.CommandLine;
using DocPipeline.Archive;
using DocPipeline.Archive.Originals;
using DocPipeline.Archive.Staff;
using DocPipeline.Hosting;
using DocPipeline.Views;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>`show ID [--json]`: one archived document, the same shape as `GET /api/documents/{id}`.</summary>
internal static class ShowVerb
{
    public static Command Command()
    {
        var id = DocumentId.Argument();
        var json = new Option<bool>("--json") { Description = "the document as JSON, as GET /api/documents/{id} gives it (pages with their text)" };
        var command = Verb.Create("show", "A document's identity, what it cites (linked when archived) and what cites it.", "show 12 --json",
            id, json, SettingOptions.Data(), SettingOptions.Catalog(), SettingOptions.Originals(), SettingOptions.Any());
        command.SetAction(r => Run(r.GetValue(id), r.GetValue(json), SettingOptions.Configuration(r), r.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(long id, bool json, IConfiguration configuration, TextWriter output)
    {
        using var services = AppServices.ForExistingArchive(configuration);
        var doc = DocumentView.Of(id, services.GetRequiredService<IDocumentStore>(), services.GetRequiredService<IOriginalStore>(),
            services.GetRequiredService<ICorrectionStore>()) ?? throw DocumentId.NotFound(id);
        if (json)
        {
            output.WriteLine(Json.Write(doc));
            return CommandLine.Ok;
        }
        output.WriteLine($"[{doc.Id}] {doc.File}");
        output.WriteLine($"  {doc.Citation}");
        if (doc.Title is not null) output.WriteLine($"  {doc.Title}");
        if (doc.Subject is not null) output.WriteLine($"  {doc.Subject}");
        foreach (var c in doc.Corrections.Where(c => c.Page is null))
            output.WriteLine($"  corrected {c.Field}: {c.Value ?? "(none)"} (read by the machine: {c.MachineValue ?? "nothing"}; {c.By}, {c.At:yyyy-MM-dd})");
        foreach (var c in doc.Cites)
            output.WriteLine($"  cites: {c.Type} {c.Number} {c.Date} {(c.Id is { } linked ? $"→ [{linked}]{(c.LinkedBy == "folded" ? " (number read under OCR folding)" : "")}" : "(not in the archive)")}");
        foreach (var c in doc.CitedBy) output.WriteLine($"  cited by: [{c.Id}] {c.DocumentType} {c.DocumentNumber} {c.DocumentDate}");
        return CommandLine.Ok;
    }
}
