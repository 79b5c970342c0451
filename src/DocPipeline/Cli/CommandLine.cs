using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Cli;

/// <summary>
/// The verbs, composed in one place, parsed by System.CommandLine. Exit codes: 0 success, 1 some inputs failed
/// or nothing found where asked, 2 usage (an unknown or misspelled option, a missing argument), 3 setup.
/// </summary>
public static class CommandLine
{
    public const int Ok = 0, SomeFailed = 1, Usage = 2, Setup = 3;

    /// <summary>
    /// Every verb, in the order help and the README list them. A new verb is one file with its options and
    /// handler (a static <c>Command()</c>), added to this list.
    /// </summary>
    internal static RootCommand Definition()
    {
        var root = new RootCommand("DocPipeline: Lao directives from scan to citation. Run ./docpipeline VERB --help for a verb's options.")
        {
            AnalyzeVerb.Command(),
            IngestVerb.Command(),
            SearchVerb.Command(),
            ShowVerb.Command(),
            CiteVerb.Command(),
            EditVerb.Command(),
            ReviewVerb.Command(),
            UsersVerb.Command(),
            AuditVerb.Command(),
            ServeVerb.Command(),
            WorkerVerb.Command(),
            StatusVerb.Command(),
            ReindexVerb.Command(),
            EvalVerb.Command(),
            Bench.BenchVerb.Command(),
            CompletionVerb.Command(),
        };
        Verb.ShowExamples(root);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var root = Definition();
        // `help` and `help VERB` as before: the library's --help.
        if (args is ["help", .. var rest]) args = [.. rest, "--help"];
        var parsed = root.Parse(args);
        // Exceptions come here (exit codes 2 and 3); SIGTERM and Ctrl+C stay with serve's host, which gives the
        // running document its grace period (the library would end the process after its own timeout).
        var invocation = new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        if (parsed.Action is ParseErrorAction report)
        {
            // The library's own report: each error and, for an unknown option, the nearest real one; all on stderr
            // (help too, when no verb was given). Nothing has run: an option not understood never reaches a verb.
            report.ShowHelp = args.Length == 0;
            var written = new StringWriter();
            parsed.Invoke(new InvocationConfiguration { Output = written, Error = written });
            // Tokens a FILE or QUERY argument left to the parser (see Verb) also make the library say it "cannot parse"
            // the argument's values: true of the call, not of the values, so that line is left out.
            var lines = written.ToString().Split('\n').Select(l => l.TrimEnd('\r'))
                .Where(l => !(parsed.UnmatchedTokens.Count > 0 && l.StartsWith("Cannot parse argument '", StringComparison.Ordinal)));
            errors.WriteLine(string.Join('\n', lines).TrimEnd());
            errors.WriteLine($"Run {Verb.PathOf(parsed.CommandResult)} --help for the options.");
            return Usage;
        }
        try
        {
            return await parsed.InvokeAsync(invocation);
        }
        catch (UsageException e)
        {
            errors.WriteLine("docpipeline: " + e.Message);
            return Usage;
        }
        catch (Exception e) when (e is OcrUnavailableException or ToolMissingException or Archive.Sqlite.CatalogOutdatedException or Hosting.ArchiveMissingException
            or Archive.Postgres.CatalogUnavailableException or Archive.Postgres.CatalogVersionException
            or Microsoft.Extensions.Options.OptionsValidationException)
        {
            errors.WriteLine("docpipeline: " + e.Message);
            return Setup;
        }
    }
}
