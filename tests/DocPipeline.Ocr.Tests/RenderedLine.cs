using System.Diagnostics;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages;
using DocPipeline.Testing;

namespace DocPipeline.Ocr.Tests;

/// <summary>One line of text rendered by text2image (tesseract-ocr), shaped by Pango as documents are printed.</summary>
internal sealed class RenderedLine : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public ImagePage Page { get; }

    /// <summary>The rendered line as a 300 dpi TIFF.</summary>
    public string Path => _scratch.File("line.tif");

    public RenderedLine(string text, string font, int ptsize = 14)
    {
        File.WriteAllText(_scratch.File("line.txt"), text + "\n");
        var start = new ProcessStartInfo("text2image") { WorkingDirectory = _scratch.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--text", "line.txt", "--outputbase", "line", "--font", font, "--fonts_dir", "/usr/share/fonts",
                     "--resolution", "300", "--ptsize", ptsize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--xsize", "2600", "--ysize", "300", "--margin", "40",
                     "--degrade_image=false", "--rotate_image=false", "--strip_unrenderable_words=false" })
            start.ArgumentList.Add(a);
        using (var render = Process.Start(start)!)
        {
            var output = render.StandardOutput.ReadToEndAsync();
            string errors = render.StandardError.ReadToEnd();
            output.Wait();
            if (!render.WaitForExit(60_000) || render.ExitCode != 0)
                throw new InvalidOperationException($"text2image failed for {font}: {errors}");
        }
        Page = (ImagePage)new PageReader(new PageLimits()).Read(_scratch.File("line.tif"), FileKind.Tiff).Single();
    }

    public void Dispose()
    {
        Page.Dispose();
        _scratch.Dispose();
    }
}
