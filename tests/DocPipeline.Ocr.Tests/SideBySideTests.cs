using DocPipeline.Ocr.Layout;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Tests;

public class SideBySideTests
{
    private static OcrWord Word(string text, int left, int top) => new(text, new PixelBox(left, top, left + 20 * text.Length, top + 50), 90);

    private static OcrLine Line(params OcrWord[] words) => new(words, false);

    [Fact]
    public void Header_blocks_side_by_side_are_read_left_block_then_right_block()
    {
        var page = new OcrResult([
            Line(Word("ສາທາລະນະລັດ", 800, 100)),
            Line(Word("ກະຊວງ", 180, 400), Word("ເລກທີ", 1900, 400)),
            Line(Word("ກົມ", 180, 500), Word("ວັນທີ", 1700, 500)),
            Line(Word("ແຈ້ງການ", 1100, 700)),
        ], 90);
        var read = SideBySideBlocks.Reorder(page, [], 300);
        Assert.Equal("ສາທາລະນະລັດ\nກະຊວງ\nກົມ\n\nເລກທີ\nວັນທີ\nແຈ້ງການ\n", read.Text);
    }

    [Fact]
    public void A_leader_between_label_and_value_keeps_them_on_one_line()
    {
        var page = new OcrResult([Line(Word("ທີ່ຢູ່:", 200, 900), Word("ບ້ານໂພນ", 1000, 900))], 90);
        var leader = new PixelBox(330, 975, 2280, 980);
        Assert.Same(page, SideBySideBlocks.Reorder(page, [leader], 300));
        Assert.NotSame(page, SideBySideBlocks.Reorder(page, [], 300));
    }

    [Fact]
    public void Spaces_between_phrases_do_not_split_a_line()
    {
        var page = new OcrResult([Line(Word("ໃຫ້ທຸກເມືອງ", 200, 900), Word("ກວດກາ", 200 + 220 + 100, 900))], 90);
        Assert.Same(page, SideBySideBlocks.Reorder(page, [], 300));
    }
}
