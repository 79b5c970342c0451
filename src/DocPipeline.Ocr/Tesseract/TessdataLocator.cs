namespace DocPipeline.Ocr.Tesseract;

/// <summary>
/// Finds the folder holding a language's .traineddata: the configured folder (the project's
/// tessdata/, where the launcher links Debian's models and the project's own models live),
/// the project's models shipped beside the program, then Debian's tesseract-ocr folders.
/// </summary>
public static class TessdataLocator
{
    /// <summary>The project's Lao model (tessdata/train-lao.sh): Lao digits, ໜ ໝ ຳ and Latin in its character set.</summary>
    public const string ProjectModel = "docpipeline-lao";

    /// <summary>Debian's stock Lao model, the baseline every figure is compared with.</summary>
    public const string StockModel = "lao";

    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "tessdata");

    private static readonly string[] SystemFolders =
        ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata"];

    public static string Find(string? configured, string language)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(configured)) candidates.Add(configured);
        candidates.Add(Shipped);
        candidates.AddRange(SystemFolders);
        string first = language.Split('+')[0];
        foreach (var dir in candidates)
            if (language.Split('+').All(l => File.Exists(Path.Combine(dir, l + ".traineddata"))))
                return dir;
        string where = string.Join(", ", candidates);
        throw new OcrUnavailableException(language.Split('+').Contains(ProjectModel)
            ? $"The project's Lao model '{ProjectModel}.traineddata' is not in {where}. It ships in the repository's tessdata/ (rebuild it with tessdata/train-lao.sh), or set DocPipeline:OcrLanguage=lao for Debian's stock model."
            : $"No Tesseract model '{first}.traineddata' found in {where}. Install it with: sudo apt-get install tesseract-ocr tesseract-ocr-{first}");
    }
}

/// <summary>The OCR engine cannot run on this machine (library or model missing): a setup problem, not a bad file.</summary>
public sealed class OcrUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
