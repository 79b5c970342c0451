using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Rereading;

/// <summary>
/// Words in Latin script read again with Tesseract's English model, on their own box only, so that names, codes and
/// English labels come out as the English model reads them while the page keeps one pass of the Lao model: a word the
/// Lao model read with Latin letters in it, or with low confidence on a line where it read Latin letters. The English
/// reading replaces it only when it is Latin script and surer than the Lao model was.
/// </summary>
public sealed class LatinWords(TesseractEnginePool english) : IDisposable
{
    /// <summary>Below this confidence a word beside Latin words on its line may be Latin the Lao model mistook.</summary>
    private const float LowConfidence = 60;

    public OcrResult Revise(OcrResult result, PixHandle page)
    {
        if (!result.Lines.Any(line => line.Words.Any(w => HasLatin(w.Text)))) return result;
        var lines = result.Lines.Select(line => line with { Words = ReviseLine(line.Words, page) }).ToList();
        return new OcrResult(lines, result.MeanConfidence);
    }

    private IReadOnlyList<OcrWord> ReviseLine(IReadOnlyList<OcrWord> words, PixHandle page)
    {
        bool mixed = words.Any(w => HasLatin(w.Text));
        if (!mixed) return words;
        return words.Select(word => HasLatin(word.Text) || word.Confidence < LowConfidence ? Reread(word, page) : word).ToList();
    }

    private OcrWord Reread(OcrWord word, PixHandle page)
    {
        int pad = Math.Max(2, word.Box.Height / 6);
        var region = new PixelBox(word.Box.Left - pad, word.Box.Top - pad, word.Box.Right + pad, word.Box.Bottom + pad);
        var read = english.Use(engine => engine.ReadRegion(page, region));
        if (read is null || !IsLatin(read.Text) || read.Confidence <= word.Confidence) return word;
        return word with { Text = read.Text, Confidence = read.Confidence };
    }

    /// <summary>The English engines are this reader's own.</summary>
    public void Dispose() => english.Dispose();

    private static bool HasLatin(string text) => text.Any(char.IsAsciiLetter);

    /// <summary>Latin letters, digits and punctuation only, with at least one letter.</summary>
    private static bool IsLatin(string text) =>
        text.Any(char.IsAsciiLetter) && text.All(c => c < 0x250 && !char.IsControl(c)) && !text.Contains(' ');
}
