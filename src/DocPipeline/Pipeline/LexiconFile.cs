using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Pipeline;

/// <summary>The words of a hunspell dictionary (hunspell-lo's lo_LA.dic): one per line after the count, flags after a slash.</summary>
public static class LexiconFile
{
    public static IEnumerable<string> Read(string path)
    {
        if (!File.Exists(path))
            throw new OcrUnavailableException($"The Lao word list {path} is missing. Install it with: sudo apt-get install hunspell-lo");
        return File.ReadLines(path).Skip(1)
            .Select(line => line.Split('/', 2)[0].Trim())
            .Where(word => word.Length > 0);
    }
}
