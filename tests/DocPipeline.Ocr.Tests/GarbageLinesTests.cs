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
}
