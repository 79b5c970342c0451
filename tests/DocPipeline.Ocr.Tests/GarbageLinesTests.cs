using DocPipeline.Lao.Quality;
using DocPipeline.Ocr.Layout;
using DocPipeline.Ocr.Tesseract;
using DocPipeline.Pipeline;

namespace DocPipeline.Ocr.Tests;

/// <summary>Garbage lines judged with hunspell-lo's word list.</summary>
public class GarbageLinesTests
{
    private static readonly Lexicon Words = new(LexiconFile.Read("/usr/share/hunspell/lo_LA.dic"));

    private static OcrLine Line(string text, float confidence) =>
        new(text.Split(' ').Select((w, i) => new OcrWord(w, new PixelBox(i * 100, 0, i * 100 + 90, 50), confidence)).ToList(), false);

    [Fact]
    public void Letter_salad_read_unsurely_is_dropped_and_reported()
    {
        var page = new OcrResult([
            Line("ກະຊວງສຶກສາທິການ ແລະ ກິລາ", 90),
            Line("ຽຍຟຫ ຂຄຕຈ ງຊຍດ ຖຮຜຝ ພຟມຢ ຣຍຫອ", 30),
            Line("ໃຫ້ທຸກໂຮງຮຽນ ກະກຽມຫ້ອງຮຽນ", 88),
        ], 80);
        var (kept, dropped) = new GarbageLines(Words.KnownShare).Remove(page);
        Assert.Equal(2, kept.Lines.Count);
        var line = Assert.Single(dropped);
        Assert.Equal(2, line.Line);
        Assert.DoesNotContain("ຖຮຜຝ", kept.Text);
    }

    [Fact]
    public void A_name_read_as_surely_as_the_page_is_kept()
    {
        var page = new OcrResult([Line("ທ້າວ ສົມພອນ ແກ້ວມະນີ ບຸນມີ ສີລາວົງ", 82), Line("ກະຊວງສຶກສາທິການ ແລະ ກິລາ", 90)], 85);
        var (kept, dropped) = new GarbageLines(Words.KnownShare).Remove(page);
        Assert.Same(page, kept);
        Assert.Empty(dropped);
    }

    private static OcrLine Row(string text, int top, int height, float confidence, int left = 200) =>
        new(text.Split(' ').Select((w, i) => new OcrWord(w, new PixelBox(left + i * 120, top, left + i * 120 + 60, top + height), confidence)).ToList(), false);

    [Fact]
    public void Marks_split_off_the_line_below_are_dropped_small_print_read_surely_is_kept()
    {
        // As on a straightened, blurred, noisy study page: a row of 17-pixel "words" at 40 overlapping the top of a
        // 42-pixel line at 85; elsewhere a line of small print (20 pixels) read at 88, and normal lines.
        var page = new OcrResult([
            Row("ຄຳແນະນຳ ແລະ", 700, 45, 95),
            Row("4 Rr Rr y R ຮ", 790, 17, 40, left: 240),
            Row("ກ່ຽວກັບການຈັດສອບເສັງ ຈົບຊັ້ນ", 814, 42, 85),
            Row("ໂທ 021 212 345", 1000, 20, 88),
            Row("ມາດຕາ ໑ ໃຫ້ໂຮງຮຽນ", 1100, 44, 92),
        ], 86);
        var (kept, dropped) = new GarbageLines(Words.KnownShare).Remove(page);
        Assert.Equal(2, Assert.Single(dropped).Line);
        Assert.DoesNotContain("Rr", kept.Text);
        Assert.Contains("ໂທ 021 212 345", kept.Text);
        Assert.Equal(4, kept.Lines.Count);
    }

    [Fact]
    public void A_short_unsure_row_far_from_any_line_is_not_a_row_of_marks()
    {
        var page = new OcrResult([Row("ຄຳແນະນຳ ແລະ", 700, 45, 95), Row("ກ ຂ", 900, 17, 40), Row("ມາດຕາ ໑ ໃຫ້ໂຮງຮຽນ", 1100, 44, 92)], 86);
        Assert.Empty(MarkRows.Find(page));
    }
}
