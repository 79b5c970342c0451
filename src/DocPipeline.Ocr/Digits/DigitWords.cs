using DocPipeline.Lao.Extraction;
using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Digits;

/// <summary>
/// Rereads, with the <see cref="DigitReader"/>, the words of a page where a directive prints a
/// number: after ເລກທີ (the reference number, up to its slash), after ວັນທີ and a month name
/// (day and year), after ມາດຕາ and ປີ, and any word Tesseract read with an Arabic digit in it.
/// Other words are left as Tesseract read them.
/// </summary>
public sealed class DigitWords(DigitReader reader)
{
    private static readonly string[] NumberBefore = ["ເລກທີ", "ວັນທີ", "ມາດຕາ", "ປີ"];
    private const string Trailing = ",.:;)";

    public OcrResult Revise(OcrResult result, PixHandle page)
    {
        var lines = result.Lines.Select(line => line with { Words = ReviseLine(line.Words, page) }).ToList();
        return new OcrResult(lines, result.MeanConfidence);
    }

    private List<OcrWord> ReviseLine(IReadOnlyList<OcrWord> words, PixHandle page)
    {
        var revised = new List<OcrWord>(words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            bool expected = (i > 0 && PrecedesNumber(words[i - 1].Text)) || word.Text.Any(char.IsAsciiDigit);
            revised.Add(expected ? Reread(word, page) : word);
        }
        return revised;
    }

    private static bool PrecedesNumber(string word)
    {
        string w = word.TrimEnd(':', '.', ',');
        return NumberBefore.Any(n => w.EndsWith(n, StringComparison.Ordinal)) || LaoMonths.Parse(w) is not null;
    }

    private OcrWord Reread(OcrWord word, PixHandle page)
    {
        var box = word.Box;
        int pad = Math.Max(2, box.Height / 10);
        var image = GrayImage.Cut(page, new PixelBox(box.Left - pad, box.Top - pad, box.Right + pad, box.Bottom + pad));
        var run = reader.ReadLeadingDigits(image);
        if (run.Digits.Length == 0) return word;
        int slash = word.Text.IndexOf('/');
        if (run.EndsAtSlash && slash >= 0) return word with { Text = run.Digits + word.Text[slash..] };
        if (run.IsWholeWord)
        {
            string end = word.Text.Length > 1 && Trailing.Contains(word.Text[^1]) ? word.Text[^1..] : "";
            return word with { Text = run.Digits + end };
        }
        return word;
    }
}
