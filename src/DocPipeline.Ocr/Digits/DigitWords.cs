using DocPipeline.Lao.Extraction;
using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Digits;

/// <summary>
/// Rereads, with the <see cref="DigitReader"/>, the words of a page where a directive prints a
/// number: after ເລກທີ (the reference number, up to its slash), after ວັນທີ and a month name
/// (day and year), after ມາດຕາ and ປີ, and any word that may be one: Tesseract read an Arabic
/// digit or a slash in it, or it is short (the stock model turns a Lao number into a few letters,
/// ໖ → ຜື, ໒໐໒໕ → 606ແ້). Other words, and words whose glyphs are not all digits, are left as
/// Tesseract read them.
/// </summary>
public sealed class DigitWords(DigitReader reader)
{
    private static readonly string[] NumberBefore = ["ເລກທີ", "ວັນທີ", "ມາດຕາ", "ປີ"];
    private const string Trailing = ",.:;)";
    /// <summary>The longest misreading of a four-digit year seen on the corpus is 5 characters.</summary>
    private const int ShortWord = 6;
    /// <summary>A quarter of the distance between two different digits' templates (about 0.1).</summary>
    private const double ClearMargin = 0.025;

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
            bool expected = (i > 0 && PrecedesNumber(words[i - 1].Text)) || LooksNumeric(word.Text);
            revised.Add(expected || IsShort(word.Text) ? Reread(word, Around(words, i), page, expected) : word);
        }
        return revised;
    }

    private static bool LooksNumeric(string word) => word.Any(char.IsAsciiDigit) || word.Contains('/');

    private static bool IsShort(string word) => word.TrimEnd(Trailing.ToCharArray()).Length <= ShortWord;

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
        int lineTop = Median.Of(near.Select(w => w.Box.Top)), lineBottom = Median.Of(near.Select(w => w.Box.Bottom));
        int height = Math.Max(lineBottom - lineTop, 8);
        // On a tilted page the word stands higher or lower than its neighbours: take in its own box, within reason.
        int top = Math.Max(Math.Min(box.Top, lineTop), lineTop - height / 2);
        int bottom = Math.Min(Math.Max(box.Bottom, lineBottom), lineBottom + height / 2);
        int left = i > 0 ? Math.Min(box.Left, words[i - 1].Box.Right + 1) : box.Left - height / 2;
        int right = i + 1 < words.Count ? Math.Max(box.Right, words[i + 1].Box.Left - 1) : box.Right + height / 2;
        int pad = height / 8;
        return new PixelBox(left, top - pad, right, bottom + pad);
    }

    /// <summary>
    /// The project model reads Lao digits itself: where it read the word's number as Lao digits, as many as the
    /// templates found, it is kept unless the templates are clearly nearer (<see cref="TemplatesClearlyNearer"/>). The templates were made for the stock model, which has none; on blurred
    /// low-resolution pages their ໑ and ໙ lie close, and overruling the model there lost digits (`໑໓` → `໙໓`,
    /// `໑໒໑` → `929`).
    /// </summary>
    internal static bool ModelReadAsMany(string read, string templateDigits)
    {
        string number = read.Split('/')[0].TrimEnd(Trailing.ToCharArray());
        return number.Length == templateDigits.Length && number.All(c => c is >= '໐' and <= '໙');
    }

    /// <summary>
    /// Where the model's Lao digits and the templates' differ, the templates win only when every glyph they read
    /// otherwise lies clearly nearer their digit than the model's (by <see cref="ClearMargin"/>): a ໕ the model read
    /// ໔ at 150 dpi (0.124 from ໔, 0.083 from ໕) is righted, a blurred ໑ (0.099 from ໑, 0.094 from ໙) is not.
    /// </summary>
    private bool TemplatesClearlyNearer(string read, string templateDigits, GrayImage image)
    {
        var glyphs = Glyph.Find(image.Ink());
        if (glyphs.Count < templateDigits.Length) return false;
        string model = read.Split('/')[0];
        bool differs = false;
        for (int k = 0; k < templateDigits.Length; k++)
        {
            int byModel = model[k] - '໐', byTemplates = templateDigits[k] >= '໐' ? templateDigits[k] - '໐' : templateDigits[k] - '0';
            if (byModel == byTemplates) continue;
            differs = true;
            if (reader.DistanceToValue(glyphs[k], byModel) - reader.DistanceToValue(glyphs[k], byTemplates) < ClearMargin) return false;
        }
        return differs;
    }

    private OcrWord Reread(OcrWord word, PixelBox where, PixHandle page, bool expected)
    {
        var image = GrayImage.Cut(page, where);
        var run = reader.ReadLeadingDigits(image, expected);
        if (run.Digits.Length == 0) return word;
        if (ModelReadAsMany(word.Text, run.Digits) && !TemplatesClearlyNearer(word.Text, run.Digits, image)) return word;
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
