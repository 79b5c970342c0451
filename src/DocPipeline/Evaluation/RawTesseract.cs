using System.Diagnostics;
using System.Globalization;
using DocPipeline.Ocr.Pages;

namespace DocPipeline.Evaluation;

/// <summary>
/// The baseline: the `tesseract` command with the stock model and one thread, on the same page
/// images the pipeline sees (a PDF is first rasterized as the pipeline does, at 300 dpi in gray;
/// that step is not timed).
/// </summary>
public sealed class RawTesseract(string tessdata, string language)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public (string Text, double Seconds) Read(string file)
    {
        string scratch = Directory.CreateTempSubdirectory("docpipeline-eval-").FullName;
        try
        {
            var images = Path.GetExtension(file).Equals(".pdf", StringComparison.OrdinalIgnoreCase) ? Rasterize(file, scratch) : [file];
            var watch = Stopwatch.StartNew();
            var texts = images.Select(Ocr).ToList();
            return (string.Join("\n\n", texts), watch.Elapsed.TotalSeconds);
        }
        finally { Directory.Delete(scratch, recursive: true); }
    }

    private string Ocr(string image)
    {
        var run = ExternalTool.Run("env", ["OMP_THREAD_LIMIT=1", "tesseract", image, "-", "-l", language, "--tessdata-dir", tessdata],
            Timeout, "tesseract-ocr");
        if (run.ExitCode != 0) throw new InvalidOperationException($"tesseract failed on {image}: {run.StandardError}");
        return run.StandardOutput;
    }

    private static List<string> Rasterize(string pdf, string scratch)
    {
        var run = ExternalTool.Run("pdftoppm", ["-r", "300", "-gray", "-png", pdf, Path.Combine(scratch, "page")], Timeout, "poppler-utils");
        if (run.ExitCode != 0) throw new InvalidOperationException($"pdftoppm failed on {pdf}: {run.StandardError}");
        return Directory.GetFiles(scratch, "page*.png").Order(StringComparer.Ordinal).ToList();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"tesseract -l {language}, OMP_THREAD_LIMIT=1");
}
