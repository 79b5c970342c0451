using DocPipeline.Ocr.Digits;
using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Rereading;

/// <summary>
/// Ink on a line that no recognized word covers is read again: a model that cannot make sense of a glyph run (the
/// stock model on Lao digits) returns no word at all, and `ສະບັບເລກທີ ໓໐໓/ນຍ, ລົງວັນທີ` reads `ສະບັບເລກທີ ລົງວັນທີ`, the
/// number simply gone. The region is read as one line with only the characters of a reference number or a date
/// allowed, and kept only when it holds a digit.
/// </summary>
public sealed class DroppedNumbers
{
    /// <summary>Digits, the separators of numbers and dates, and the consonants issuer codes are written with.</summary>
    public const string NumberCharacters =
        "໐໑໒໓໔໕໖໗໘໙0123456789/.-," + "ກຂຄງຈຊຍດຕຖທນບປຜຝພຟມຢຣລວສຫອຮໜໝ";

    public OcrResult Revise(OcrResult result, PixHandle page, TesseractEngine engine)
    {
        var lines = result.Lines.Select(line => line with { Words = ReviseLine(line.Words, page, engine) }).ToList();
        return new OcrResult(lines, result.MeanConfidence);
    }

    private static List<OcrWord> ReviseLine(IReadOnlyList<OcrWord> words, PixHandle page, TesseractEngine engine)
    {
        if (words.Count == 0) return [.. words];
        var ordered = words.OrderBy(w => w.Box.Left).ToList();
        int top = Median.Of(ordered.Select(w => w.Box.Top)), bottom = Median.Of(ordered.Select(w => w.Box.Bottom));
        int height = Math.Max(bottom - top, 8);
        var revised = new List<OcrWord>(ordered.Count + 2);
        for (int i = 0; i < ordered.Count; i++)
        {
            revised.Add(ordered[i]);
            // The gap after this word: up to the next word, or, after the last one, a few letters' widths.
            int from = ordered[i].Box.Right;
            int to = i + 1 < ordered.Count ? ordered[i + 1].Box.Left : Math.Min(page.Width, from + 8 * height);
            if (to - from < height) continue;
            var band = new PixelBox(from, top - height / 4, to, bottom + height / 4);
            var spans = InkSpans.Find(GrayImage.Cut(page, band), mergeGap: height * 3 / 4, minimumWidth: height / 2);
            foreach (var (start, end) in spans)
            {
                // After the last word only ink that begins near it belongs to the line's text.
                if (i + 1 == ordered.Count && start > 2 * height) break;
                var region = new PixelBox(from + start - height / 4, band.Top, from + end + height / 4, band.Bottom);
                if (engine.ReadRegion(page, region, NumberCharacters) is { } read && read.Text.Any(IsDigit))
                    revised.Add(read with { Text = read.Text.Replace(" ", "") });
            }
        }
        return revised;
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '໐' and <= '໙';
}
