using System.Text;
using DocPipeline.Hosting;
using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Cli;

/// <summary>Dispatches a verb. Exit codes: 0 success, 1 some inputs failed or nothing found where asked, 2 usage, 3 setup.</summary>
public static class CommandLine
{
    public const int Ok = 0, SomeFailed = 1, Usage = 2, Setup = 3;

    private const string Help = """
        DocPipeline: Lao directives from scan to citation.

        Usage: ./docpipeline VERB [options]
          analyze FILE... [--json] [--searchable-pdf OUT.pdf]
                                               run the pipeline, store nothing, print what it finds
          ingest FILE|DIR... [--data DIR]      archive and index files
          search QUERY [--limit N] [--type T] [--issuer I] [--year Y] [--from DATE] [--to DATE] [--newest] [--json]
                                               QUERY: Lao words, "a phrase", -excluded, a reference number
          show ID [--json]                     a document: identity, pages, what it cites, what cites it
          cite ID [--page N]                   the citation for a report, in Lao
          edit ID [--number N] [--date YYYY-MM-DD] [--type T] [--issuer I] [--title T] [--subject S] [--checked]
                                               correct what the machine read; prints the document as JSON
          review [--json] [--limit N]          documents to check, worst first, with the reasons
          users add|list|remove|role|unlock|token ...   accounts (users add NAME --role admin reads the password from stdin)
          audit [--document ID] [--json]       who changed what, when, from where
          serve [--data DIR] [--inbox DIR] [--urls URL] [--poll]   watch the inbox and serve the web page
          status [--json]                      archive and queue state
          reindex [--data DIR]                 rebuild catalog and index from the archived text (no OCR)
          bench KIND                           measurements: text, extraction, search, ocr
          eval CORPUS                          pipeline vs raw Tesseract on a corpus with ground truth

        Data folder: --data, else $DOCPIPELINE_DATA, else ./data.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        Console.OutputEncoding = Encoding.UTF8;
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            output.WriteLine(Help);
            return args.Length == 0 ? Usage : Ok;
        }
        try
        {
            var arguments = CliArguments.Parse(args.Skip(1));
            var configuration = AppConfiguration.Build(args.Skip(1));
            return args[0] switch
            {
                "analyze" => AnalyzeVerb.Run(arguments, configuration, output, errors),
                "ingest" => IngestVerb.Run(arguments, configuration, output, errors),
                "search" => SearchVerb.Run(arguments, configuration, output),
                "show" => DocumentVerbs.Show(arguments, configuration, output),
                "cite" => DocumentVerbs.Cite(arguments, configuration, output),
                "edit" => EditVerb.Run(arguments, configuration, output),
                "review" => ReviewVerb.Run(arguments, configuration, output),
                "users" => UsersVerb.Run(arguments, configuration, Console.In, output),
                "audit" => AuditVerb.Run(arguments, configuration, output),
                "status" => StatusVerb.Run(arguments, configuration, output),
                "reindex" => ReindexVerb.Run(arguments, configuration, output, errors),
                "serve" => await ServeVerb.RunAsync(args.Skip(1).ToArray(), configuration),
                "bench" => Bench.BenchVerb.Run(arguments, configuration, output),
                "eval" => EvalVerb.Run(arguments, configuration, output),
                _ => throw new UsageException($"Unknown verb '{args[0]}'. Run ./docpipeline help."),
            };
        }
        catch (UsageException e)
        {
            errors.WriteLine("docpipeline: " + e.Message);
            return Usage;
        }
        catch (Exception e) when (e is OcrUnavailableException or ToolMissingException or Archive.Sqlite.CatalogOutdatedException)
        {
            errors.WriteLine("docpipeline: " + e.Message);
            return Setup;
        }
    }
}
