using System.CommandLine;
using DocPipeline.Archive;
using DocPipeline.Archive.Originals;
using DocPipeline.Archive.Staff;
using DocPipeline.Hosting;
using DocPipeline.Staff;
using DocPipeline.Views;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>`edit ID`'s arguments: the identity fields to set (null: none), and whether only to mark the document checked.</summary>
public sealed record EditArguments(long Id, IReadOnlyDictionary<string, string?> Identity, bool Checked);

/// <summary>`edit ID [--number N] [--date YYYY-MM-DD] [--type T] [--issuer I] [--title T] [--subject S] [--checked]`: corrects a document, prints it as JSON.</summary>
internal static class EditVerb
{
    public static Command Command()
    {
        var id = DocumentId.Argument();
        var fields = IdentityFields.All.Select(f => (Field: f, Option: new Option<string>("--" + f)
        {
            HelpName = f == IdentityFields.Date ? "YYYY-MM-DD" : f.ToUpperInvariant(),
            Description = $"the corrected {f} (an empty value clears it)",
        })).ToList();
        var isChecked = new Option<bool>("--checked") { Description = "mark the document as checked (it leaves the review queue) without changing a value" };
        var command = Verb.Create("edit", "Corrects what the machine read, in your name; prints the document as JSON (as show --json). The machine's reading is kept beside it.",
            "edit 12 --number 042/ຄປ.ວຈ --date 2023-05-10",
            [id, .. fields.Select(f => f.Option), isChecked, SettingOptions.Data(), SettingOptions.Catalog(), SettingOptions.Originals(), SettingOptions.Any()]);
        command.SetAction(r =>
        {
            var identity = fields.Where(f => r.GetResult(f.Option) is { Implicit: false }).ToDictionary(f => f.Field, f => r.GetValue(f.Option));
            if (identity.Count == 0 && !r.GetValue(isChecked))
                throw new UsageException($"Say what to correct ({string.Join(", ", fields.Select(f => f.Option.Name))}), or --checked to mark the document as checked.");
            return Run(new EditArguments(r.GetValue(id), identity, r.GetValue(isChecked)), SettingOptions.Configuration(r), r.InvocationConfiguration.Output);
        });
        return command;
    }

    public static int Run(EditArguments edit, IConfiguration configuration, TextWriter output)
    {
        using var services = AppServices.ForExistingArchive(configuration);
        return new DocumentEdit(services.GetRequiredService<IDocumentStore>(), services.GetRequiredService<IOriginalStore>(),
            services.GetRequiredService<ICorrectionStore>(), services.GetRequiredService<CorrectionInput>())
            .Run(edit, new Actor(Environment.UserName, "command line"), output);
    }
}

/// <summary>One correction from the command line, in the name of the person running it.</summary>
internal sealed class DocumentEdit(IDocumentStore store, IOriginalStore originals, ICorrectionStore corrections, CorrectionInput input)
{
    public int Run(EditArguments edit, Actor actor, TextWriter output)
    {
        DocumentSummary? corrected;
        try { corrected = corrections.Correct(edit.Id, input.From(edit.Identity), actor); }
        catch (CorrectionRefusedException e) { throw new UsageException(e.Message); }
        if (corrected is null) throw new UsageException($"No document with ID {edit.Id} in the archive.");
        output.WriteLine(Json.Write(DocumentView.Of(corrected.Id, store, originals, corrections)));
        return CommandLine.Ok;
    }
}
