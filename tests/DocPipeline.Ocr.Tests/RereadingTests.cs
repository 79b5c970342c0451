using DocPipeline.Ocr.Digits;
using DocPipeline.Ocr.Rereading;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Tests;

public class RereadingTests
{
    private static TesseractEngine ProjectEngine() =>
        new(TessdataLocator.Find(null, TessdataLocator.ProjectModel), TessdataLocator.ProjectModel);

    [Fact]
    public void Ink_spans_merge_across_letter_gaps_and_ignore_specks()
    {
        // 40×20 white strip: a blob at 2–9, another at 12–17 (gap 2), one at 30–37 (gap 12), a 1-pixel speck at 25.
        var pixels = Enumerable.Repeat((byte)255, 40 * 20).ToArray();
        void Fill(int from, int to, int top, int bottom)
        {
            for (int y = top; y < bottom; y++)
                for (int x = from; x < to; x++) pixels[y * 40 + x] = 0;
        }
        Fill(2, 10, 4, 16);
        Fill(12, 18, 4, 16);
        Fill(30, 38, 4, 16);
        Fill(25, 26, 9, 10);
        var spans = InkSpans.Find(new GrayImage(40, 20, pixels), mergeGap: 4, minimumWidth: 3);
        Assert.Equal([(2, 18), (30, 38)], spans);
    }

    [Fact]
    public void An_unsure_word_read_again_is_kept_only_when_much_surer_lao_and_more_known()
    {
        // A toy lexicon: the share of the Lao characters that lie in these words.
        string[] words = ["ສາທາລະນະລັດ", "ວັນທີ", "ສະພາ"];
        double? Share(string t) => t.Any(c => c is >= '\u0E80' and <= '\u0EFF') ? words.Where(t.Contains).Sum(w => w.Length) / (double)t.Count(c => c is >= '\u0E80' and <= '\u0EFF') : null;
        var unsure = new UnsureWords(Share);
        Assert.True(unsure.Better("ໄິດສະາພາ", 23, "໗ ິດສະພາ", 85));        // the day swallowed by the month, found alone
        Assert.False(unsure.Better("ໄິດສະາພາ", 23, "໗ ິດສະພາ", 50));       // not surer enough
        Assert.False(unsure.Better("ສາທາລະນະລັດ", 0, "ສງທາລະນະລັດ", 55));   // a known word turned unknown
        Assert.False(unsure.Better("໒໐໒໕", 12, "໒໐໕໕", 78));                // no Lao letter: digits are the digit reader's
        Assert.False(unsure.Better("໐20", 10, "O20", 83));                  // Latin is the English model's
        Assert.True(unsure.Better("ວັນທ", 20, "ວັນທີ", 95));
        Assert.False(unsure.Better("ວັນທີ", 20, "ວັນທີ", 95));                 // no more known: nothing gained
        Assert.False(unsure.Better("ໄິດສະພາ", 23, "ໄິດສະພາ", 85));             // only surer
    }

    [Fact]
    public void Only_unsure_words_not_wholly_in_the_lexicon_are_read_again()
    {
        double? Share(string t) => t == "ວັນທີ" ? 1 : t == "ໄິດສະາພາ" ? 0.4 : null;
        var unsure = new UnsureWords(Share);
        OcrWord Word(string text, float confidence) => new(text, new PixelBox(0, 0, 40, 20), confidence);
        Assert.True(unsure.MayImprove(Word("ໄິດສະາພາ", 23)));
        Assert.True(unsure.MayImprove(Word("໒໐໒໕", 12)));     // no Lao letter: its share is unknown
        Assert.False(unsure.MayImprove(Word("ວັນທີ", 20)));    // all known: no reading can hold more known words
        Assert.False(unsure.MayImprove(Word("ໄິດສະາພາ", 60))); // sure enough
    }

    [Fact]
    public void A_blank_strip_has_no_ink()
    {
        var blank = new GrayImage(30, 10, Enumerable.Repeat((byte)250, 300).ToArray());
        Assert.Empty(InkSpans.Find(blank, 4, 2));
    }

    [Fact]
    public void A_number_the_reading_left_out_is_read_again_from_its_ink()
    {
        using var line = new RenderedLine("ສະບັບເລກທີ ໓໐໓/ນຍ ລົງວັນທີ ໒໖ ກັນຍາ", "Phetsarath OT");
        using var engine = ProjectEngine();
        var read = engine.Recognize(line.Page.Image, TimeSpan.FromMinutes(1));
        // Take the number out, as the stock model does when it cannot read Lao digits: no word where the ink is.
        var words = read.Lines.Single().Words;
        var withHole = new OcrResult([new OcrLine(words.Where(w => !w.Text.Contains('/')).ToList(), true)], read.MeanConfidence);
        Assert.DoesNotContain("໓໐໓", withHole.Text);
        var revised = new DroppedNumbers().Revise(withHole, line.Page.Image, engine);
        Assert.Contains("໓໐໓/ນຍ", revised.Text);
        // The words were kept and the number stands between them, in reading order.
        Assert.Matches("ສະບັບເລກທີ ໓໐໓/ນຍ ລົງວັນທີ", revised.Text);
    }

    [Fact]
    public void Latin_words_are_read_again_with_the_english_model()
    {
        using var line = new RenderedLine("ກະຊວງການເງິນ Ministry of Finance ເລກທີ 17-LA/ADB", "DejaVu Sans");
        using var engine = ProjectEngine();
        using var latin = new LatinWords(new TesseractEnginePool(TessdataLocator.Find(null, "eng"), "eng"));
        var read = engine.Recognize(line.Page.Image, TimeSpan.FromMinutes(1));
        var revised = latin.Revise(read, line.Page.Image);
        Assert.Contains("Ministry of Finance", revised.Text);
        Assert.Contains("17-LA/ADB", revised.Text);
        Assert.Contains("ກະຊວງການເງິນ", revised.Text);
    }
}
