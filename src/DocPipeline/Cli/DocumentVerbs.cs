using DocPipeline.Archive;
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
        string? title = Title(store, doc);
        var cites = store.Cites(doc.Id);
        var citedBy = store.CitedBy(doc.Id);
        if (args.Has("--json"))
        {
            output.WriteLine(Json.Write(new
            {
                id = doc.Id,
                file = doc.FileName,
                sha256 = doc.Sha256,
                documentNumber = doc.Number,
                documentDate = AnalyzeOutput.Iso(doc.Date),
                documentType = doc.Type,
                issuer = doc.Issuer,
                subject = doc.Subject,
                title,
                pages = doc.PageCount,
                citation = Citation(doc, null, title),
                cites = cites.Select(c => new { number = c.Number, date = AnalyzeOutput.Iso(c.Date), type = c.Type, id = c.DocumentId, linkedBy = c.DocumentId is null ? null : c.Folded ? "folded" : "exact" }),
                citedBy = citedBy.Select(c => new { id = c.Id, documentNumber = c.Number, documentDate = AnalyzeOutput.Iso(c.Date), documentType = c.Type }),
            }));
            return CommandLine.Ok;
        }
        output.WriteLine($"[{doc.Id}] {doc.FileName}");
        output.WriteLine($"  {Citation(doc, null, title)}");
        if (doc.Subject is not null) output.WriteLine($"  {doc.Subject}");
        foreach (var c in cites) output.WriteLine($"  cites: {c.Type} {c.Number} {AnalyzeOutput.Iso(c.Date)} {(c.DocumentId is { } id ? $"→ [{id}]{(c.Folded ? " (number read under OCR folding)" : "")}" : "(not in the archive)")}");
        foreach (var c in citedBy) output.WriteLine($"  cited by: [{c.Id}] {c.Type} {c.Number} {AnalyzeOutput.Iso(c.Date)}");
        return CommandLine.Ok;
    }

    public static int Cite(CliArguments args, IConfiguration configuration, TextWriter output)
    {
        using var services = AppServices.ForVerb(configuration);
        var store = services.GetRequiredService<IDocumentStore>();
        var doc = Find(store, args);
        int? page = args.Get("--page") is null ? null : args.GetInt("--page", 1);
        if (page > doc.PageCount) throw new UsageException($"Document {doc.Id} has {doc.PageCount} pages.");
        output.WriteLine(Citation(doc, page, Title(store, doc)));
        return CommandLine.Ok;
    }

    internal static string Citation(DocumentSummary doc, int? page, string? title) =>
        CitationText.Format(doc.Type, doc.Issuer, doc.Number, doc.Date, page, title);

    /// <summary>
    /// The document's title (its heading line), read again from its stored first page: the catalog has no title
    /// column yet, and the stored text is what extraction read it from.
    /// </summary>
    internal static string? Title(IDocumentStore store, DocumentSummary doc) =>
        store.Pages(doc.Id).FirstOrDefault() is { } first ? new DirectiveExtractor().Extract(first.Text).Title : null;

    private static DocumentSummary Find(IDocumentStore store, CliArguments args)
    {
        if (args.Positional.Count != 1 || !long.TryParse(args.Positional[0], out long id))
            throw new UsageException("Give one document ID (a number, as search prints it).");
        return store.Get(id) ?? throw new UsageException($"No document with ID {id} in the archive.");
    }
}
