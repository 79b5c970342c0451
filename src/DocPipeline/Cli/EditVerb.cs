using DocPipeline.Archive;
using DocPipeline.Archive.Staff;
using DocPipeline.Hosting;
using DocPipeline.Staff;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>`edit ID`'s arguments: the identity fields to set (null: none), and whether only to mark the document checked.</summary>
public sealed record EditArguments(long Id, IReadOnlyDictionary<string, string?> Identity, bool Checked);

/// <summary>`edit ID [--number N] [--date YYYY-MM-DD] [--type T] [--issuer I] [--title T] [--subject S] [--checked]`: corrects a document, prints it as JSON.</summary>
internal static class EditVerb
{
    private static readonly Dictionary<string, string> Options = IdentityFields.All.ToDictionary(f => "--" + f);

    public static int Run(CliArguments args, IConfiguration configuration, TextWriter output)
    {
        var edit = Parse(args);
        using var services = AppServices.ForVerb(configuration);
        return new DocumentEdit(services.GetRequiredService<IDocumentStore>(), services.GetRequiredService<ICorrectionStore>(),
            services.GetRequiredService<CorrectionInput>()).Run(edit, new Actor(Environment.UserName, "command line"), output);
    }

    internal static EditArguments Parse(CliArguments args)
    {
        long id = DocumentVerbs.DocumentId(args);
        foreach (string name in args.OptionNames)
            if (!Options.ContainsKey(name) && name is not ("--checked" or "--data" or "--json") && !name.StartsWith("--DocPipeline:", StringComparison.Ordinal))
                throw new UsageException($"edit does not know {name}; it takes {string.Join(", ", Options.Keys)} and --checked.");
        var identity = Options.Where(o => args.Has(o.Key)).ToDictionary(o => o.Value, o => args.Get(o.Key));
        if (identity.Count == 0 && !args.Has("--checked"))
            throw new UsageException($"Say what to correct ({string.Join(", ", Options.Keys)}), or --checked to mark the document as checked.");
        return new EditArguments(id, identity, args.Has("--checked"));
    }
}

/// <summary>One correction from the command line, in the name of the person running it.</summary>
internal sealed class DocumentEdit(IDocumentStore store, ICorrectionStore corrections, CorrectionInput input)
{
    public int Run(EditArguments edit, Actor actor, TextWriter output)
    {
        DocumentSummary? corrected;
        try { corrected = corrections.Correct(edit.Id, input.From(edit.Identity), actor); }
        catch (CorrectionRefusedException e) { throw new UsageException(e.Message); }
        if (corrected is null) throw new UsageException($"No document with ID {edit.Id} in the archive.");
        output.WriteLine(Json.Write(DocumentVerbs.AsJson(store, corrections, corrected)));
        return CommandLine.Ok;
    }
}
