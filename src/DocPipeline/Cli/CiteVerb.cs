using System.CommandLine;
using DocPipeline.Archive;
using DocPipeline.Hosting;
using DocPipeline.Views;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>`cite ID [--page N]`: the citation for a report, in Lao.</summary>
internal static class CiteVerb
{
    public static Command Command()
    {
        var id = DocumentId.Argument();
        var page = new Option<int?>("--page") { HelpName = "N", Description = "cite this page" };
        page.Validators.Add(r => { if (r.GetValueOrDefault<int?>() < 1) r.AddError("--page takes a page number, 1 or more."); });
        var command = Verb.Create("cite", "The citation for a report, in Lao: ຂໍ້ຕົກລົງ ຂອງ ກະຊວງການເງິນ ເລກທີ 219/ກງ, ລົງວັນທີ 10 ພຶດສະພາ 2022.", "cite 12 --page 2",
            id, page, SettingOptions.Data(), SettingOptions.Catalog(), SettingOptions.Any());
        command.SetAction(r => Run(r.GetValue(id), r.GetValue(page), SettingOptions.Configuration(r), r.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(long id, int? page, IConfiguration configuration, TextWriter output)
    {
        using var services = AppServices.ForExistingArchive(configuration);
        var store = services.GetRequiredService<IDocumentStore>();
        var doc = store.Get(id) ?? throw DocumentId.NotFound(id);
        if (page > doc.PageCount) throw new UsageException($"Document {doc.Id} has {doc.PageCount} pages.");
        output.WriteLine(Citation.Of(doc, page));
        return CommandLine.Ok;
    }
}
