using DocPipeline.Ocr.Intake;

namespace DocPipeline.Ocr.Pages.Word;

/// <summary>
/// LibreOffice's headless converter (`soffice --convert-to`), for what the Open XML SDK cannot
/// read (.doc, .odt, .rtf → .docx) and for the page images of a Word document (→ PDF). The
/// input is copied into a scratch folder under a plain name (a file name with Lao letters or
/// quotes never reaches the command line) with a profile of its own, so conversions running at
/// once do not share LibreOffice's user profile lock. LibreOffice is optional: without it the
/// caller gets <see cref="ToolMissingException"/> naming the package to install.
/// </summary>
public static class OfficeConverter
{
    public const string Package = "libreoffice-writer-nogui";
    private const string Tool = "soffice";

    /// <summary>Whether soffice is on the PATH.</summary>
    public static bool IsInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, Tool)));

    /// <summary>Converts <paramref name="path"/> (of <paramref name="kind"/>) to <paramref name="format"/> (`docx`, `pdf`) and hands the result's bytes to <paramref name="use"/>.</summary>
    public static T Convert<T>(string path, FileKind kind, string format, TimeSpan timeout, Func<string, T> use)
    {
        if (!IsInstalled())
            throw new ToolMissingException($"Reading {Describe(kind)} needs LibreOffice, which is not installed. Install it with: sudo apt-get install {Package}");
        var scratch = Directory.CreateTempSubdirectory("docpipeline-office-");
        try
        {
            string input = Path.Combine(scratch.FullName, "input." + kind.ToString().ToLowerInvariant());
            File.Copy(path, input);
            string profile = new Uri(Path.Combine(scratch.FullName, "profile")).AbsoluteUri;
            var run = ExternalTool.Run(Tool,
                ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--nolockcheck", "--convert-to", format, "--outdir", scratch.FullName, input],
                timeout, Package);
            string output = Path.Combine(scratch.FullName, "input." + format);
            if (run.ExitCode != 0 || !File.Exists(output) || new FileInfo(output).Length == 0)
                throw new RejectedFileException("pages",
                    $"LibreOffice could not read the {Describe(kind)} (damaged, password-protected, or not a text document): {FirstLine(run.StandardError + run.StandardOutput)}");
            return use(output);
        }
        catch (TimeoutException e)
        {
            throw new RejectedFileException("pages", $"LibreOffice took too long converting the {Describe(kind)}: {e.Message}", e);
        }
        finally
        {
            try { scratch.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Doc => "Word 97–2003 document (.doc)",
        FileKind.Odt => "OpenDocument text (.odt)",
        FileKind.Rtf => "RTF document",
        _ => "Word document",
    };

    private static string FirstLine(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "no details";
}
