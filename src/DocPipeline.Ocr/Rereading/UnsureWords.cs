using DocPipeline.Lao.Text;
using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Rereading;

/// <summary>
/// Words the page's reading was unsure of, read again alone on their own box. Read as one block, a line's context can
/// pull a word wrong (Noto Serif Lao's ໗ swallowed into the month beside it: `ວັນທີ ໗ ພຶດສະພາ` read `ວັນທີ ໄິດສະາພາ`,
/// the day gone); alone, the same ink often reads right and far surer. The new reading replaces the word only when it
/// is much surer, holds Lao letters and no Latin, and has more of its text in lexicon words: confidence alone is no
/// judge (`ສາທາລະນະລັດ` read alone `ສງທາລະນະລັດ`, surer; `ຈົດທະບຽນ` read `ຄົດທະນຽນ`, as many letters in short lexicon
/// words), so a reading that is only surer is refused.
/// </summary>
public sealed class UnsureWords(Func<string, double?> knownShare)
{
    /// <summary>Words below this confidence are read again.</summary>
    public const float Unsure = 50;

    /// <summary>The new reading must be at least this much surer.</summary>
    public const float Gain = 30;

    public OcrResult Revise(OcrResult result, PixHandle page, TesseractEngine engine)
    {
        if (!result.Lines.Any(line => line.Words.Any(w => w.Confidence < Unsure))) return result;
        var lines = result.Lines.Select(line => line with { Words = line.Words.Select(w => MayImprove(w) ? Reread(w, page, engine) : w).ToList() }).ToList();
        return new OcrResult(lines, result.MeanConfidence);
    }

    /// <summary>
    /// Unsure, and not already all lexicon words: a reading is kept only with more of it in lexicon words, so a word
    /// wholly in the lexicon can gain nothing, and its reread (most of this step's time) is skipped.
    /// </summary>
    public bool MayImprove(OcrWord word) => word.Confidence < Unsure && (knownShare(word.Text) ?? 0) < 1 - 1e-9;

    private OcrWord Reread(OcrWord word, PixHandle page, TesseractEngine engine)
    {
        int pad = Math.Max(4, word.Box.Height / 4);
        var region = new PixelBox(word.Box.Left - pad, word.Box.Top - pad, word.Box.Right + pad, word.Box.Bottom + pad);
        var read = engine.ReadRegion(page, region);
        return read is not null && Better(word.Text, word.Confidence, read.Text, read.Confidence)
            ? word with { Text = read.Text, Confidence = read.Confidence }
            : word;
    }

    /// <summary>Whether a word read again (<paramref name="text"/>) should replace the page's reading of it.</summary>
    public bool Better(string was, float wasConfidence, string text, float confidence) =>
        confidence >= wasConfidence + Gain
        && text.Any(LaoScript.IsConsonant) && !text.Any(char.IsAsciiLetter)
        && (knownShare(text) ?? 0) > (knownShare(was) ?? 0) + 1e-9;
}
