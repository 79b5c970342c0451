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
            revised.Add(expected ? Reread(word, Around(words, i), page) : word);
        }
        return revised;
    }

    private static bool PrecedesNumber(string word)
    {
        string w = word.TrimEnd(':', '.', ',');
        return NumberBefore.Any(n => w.EndsWith(n, StringComparison.Ordinal)) || LaoMonths.Parse(w) is not null;
    }

    /// <summary>
    /// Where to look for the word's glyphs: Tesseract's box for a short word in a script it does
    /// not know is often too narrow or too tall, so the cut spans the gap between the neighbouring
    /// words, and the height of the word and its neighbours (on a skewed page the line rises).
    /// </summary>
    private static PixelBox Around(IReadOnlyList<OcrWord> words, int i)
    {
        var box = words[i].Box;
        var near = words.Skip(Math.Max(0, i - 1)).Take(i == 0 ? 2 : 3).ToList();
        int top = Median(near.Select(w => w.Box.Top)), bottom = Median(near.Select(w => w.Box.Bottom));
        int height = Math.Max(bottom - top, 8);
        int left = i > 0 ? Math.Min(box.Left, words[i - 1].Box.Right + 1) : box.Left - height / 2;
        int right = i + 1 < words.Count ? Math.Max(box.Right, words[i + 1].Box.Left - 1) : box.Right + height / 2;
        int pad = height / 8;
        return new PixelBox(left, top - pad, right, bottom + pad);
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private OcrWord Reread(OcrWord word, PixelBox where, PixHandle page)
    {
        var image = GrayImage.Cut(page, where);
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
