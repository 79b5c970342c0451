using DocPipeline.Archive;
using DocPipeline.Archive.Staff;
using DocPipeline.Hosting;
using DocPipeline.Lao.Extraction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>`show ID` and `cite ID`: one archived document.</summary>
internal static class DocumentVerbs
{
    public static int Show(CliArguments args, IConfiguration configuration, TextWriter output)
    {
        using var services = AppServices.ForVerb(configuration);
        var store = services.GetRequiredService<IDocumentStore>();
        var doc = Find(store, args);
        var cites = store.Cites(doc.Id);
        var citedBy = store.CitedBy(doc.Id);
        if (args.Has("--json"))
        {
            output.WriteLine(Json.Write(AsJson(store, services.GetRequiredService<ICorrectionStore>(), doc)));
            return CommandLine.Ok;
        }
        output.WriteLine($"[{doc.Id}] {doc.FileName}");
        output.WriteLine($"  {Citation(doc, null)}");
        if (doc.Title is not null) output.WriteLine($"  {doc.Title}");
        if (doc.Subject is not null) output.WriteLine($"  {doc.Subject}");
        foreach (var c in services.GetRequiredService<ICorrectionStore>().Corrections(doc.Id).Where(c => c.Page == 0))
            output.WriteLine($"  corrected {c.Field}: {c.Value ?? "(none)"} (read by the machine: {c.MachineValue ?? "nothing"}; {c.By}, {c.At:yyyy-MM-dd})");
        foreach (var c in cites) output.WriteLine($"  cites: {c.Type} {c.Number} {AnalyzeOutput.Iso(c.Date)} {(c.DocumentId is { } id ? $"→ [{id}]{(c.Folded ? " (number read under OCR folding)" : "")}" : "(not in the archive)")}");
        foreach (var c in citedBy) output.WriteLine($"  cited by: [{c.Id}] {c.Type} {c.Number} {AnalyzeOutput.Iso(c.Date)}");
        return CommandLine.Ok;
    }

    public static int Cite(CliArguments args, IConfiguration configuration, TextWriter output)
    {
        using var services = AppServices.ForVerb(configuration);
        var doc = Find(services.GetRequiredService<IDocumentStore>(), args);
        int? page = args.Get("--page") is null ? null : args.GetInt("--page", 1);
        if (page > doc.PageCount) throw new UsageException($"Document {doc.Id} has {doc.PageCount} pages.");
        output.WriteLine(Citation(doc, page));
        return CommandLine.Ok;
    }

    /// <summary>What `show --json` and `edit` print: the document as corrected, with what the machine read where staff corrected it.</summary>
    internal static object AsJson(IDocumentStore store, ICorrectionStore corrections, DocumentSummary doc) => new
    {
        id = doc.Id,
        file = doc.FileName,
        sha256 = doc.Sha256,
        documentNumber = doc.Number,
        documentDate = AnalyzeOutput.Iso(doc.Date),
        documentType = doc.Type,
        issuer = doc.Issuer,
        title = doc.Title,
        subject = doc.Subject,
        pages = doc.PageCount,
        citation = Citation(doc, null),
        corrections = corrections.Corrections(doc.Id).Select(c => new { field = c.Field, page = c.Page == 0 ? (int?)null : c.Page, value = c.Value, machineValue = c.MachineValue, by = c.By, at = c.At }),
        cites = store.Cites(doc.Id).Select(c => new { number = c.Number, date = AnalyzeOutput.Iso(c.Date), type = c.Type, id = c.DocumentId, linkedBy = c.DocumentId is null ? null : c.Folded ? "folded" : "exact" }),
        citedBy = store.CitedBy(doc.Id).Select(c => new { id = c.Id, documentNumber = c.Number, documentDate = AnalyzeOutput.Iso(c.Date), documentType = c.Type }),
    };

    internal static string Citation(DocumentSummary doc, int? page) =>
        CitationText.Format(doc.Type, doc.Issuer, doc.Number, doc.Date, page);

    private static DocumentSummary Find(IDocumentStore store, CliArguments args)
    {
        long id = DocumentId(args);
        return store.Get(id) ?? throw new UsageException($"No document with ID {id} in the archive.");
    }

    internal static long DocumentId(CliArguments args) =>
        args.Positional.Count == 1 && long.TryParse(args.Positional[0], out long id) ? id
            : throw new UsageException("Give one document ID (a number, as search prints it).");
}
