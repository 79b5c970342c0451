using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Tests.Text;

public class TextNoiseTests
{
    private readonly LaoTextEngine _engine = new();

    private const string KhmerLine = "ក្រសួងអប់រំ យុវជន និងកីឡា បានចេញសេចក្តីណែនាំ";

    [Fact]
    public void A_khmer_line_is_dropped_and_reported_with_its_page_and_line()
    {
        var clean = _engine.CleanPage("ກະຊວງການເງິນ\n" + KhmerLine + "\nເລກທີ 219/ກງ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 10 ພຶດສະພາ 2022", 3);
        Assert.Equal("ກະຊວງການເງິນ\n\nເລກທີ 219/ກງ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 10 ພຶດສະພາ 2022", clean.Text);
        Assert.Equal(1, clean.Noise.RemovedLines);
        var position = Assert.Single(clean.Noise.Positions);
        Assert.Equal(new NoisePosition(3, 2, "Khmer", "line", KhmerLine.Count(c => !char.IsWhiteSpace(c))), position);
        Assert.Equal(position.Characters, clean.Noise.RemovedCharacters);
        Assert.False(clean.Noise.NeedsOcrAgain);
    }

    [Fact]
    public void Khmer_letters_inside_a_lao_word_and_a_foreign_word_are_dropped()
    {
        var clean = _engine.CleanPage("ກະຊວງສຶກສາ\u1780ທິການ ແລະ ကျောင်း ກິລາ", 1);
        Assert.Equal("ກະຊວງສຶກສາທິການ ແລະ ກິລາ", clean.Text);
        Assert.Contains(clean.Noise.Positions, p => p is { Script: "Khmer", Action: "letters", Characters: 1 });
        Assert.Contains(clean.Noise.Positions, p => p is { Script: "Myanmar", Action: "words", Line: 1 });
        Assert.Equal(0, clean.Noise.RemovedLines);
    }

    [Theory]
    [InlineData("ອີງຕາມ ຂໍ້ຕົກລົງ ເລກທີ 136/PM ຂອງ Prime Minister")]
    [InlineData("ຮ່ວມມືກັບ Bộ Giáo dục và Đào tạo ຂອງຫວຽດນາມ")]
    [InlineData("ເລກທີ 05-QĐ/TW")]
    public void Latin_and_vietnamese_stay(string line)
    {
        var clean = _engine.CleanPage(line, 1);
        Assert.Equal(line.Normalize(System.Text.NormalizationForm.FormC), clean.Text);
        Assert.Equal(0, clean.Noise.RemovedCharacters);
    }

    [Fact]
    public void Myanmar_digits_are_read_as_ascii_and_reported()
    {
        var clean = _engine.CleanPage("ເລກທີ. ၁၂၇/ຄປ.ວຈ", 1);
        Assert.Equal("ເລກທີ. 127/ຄປ.ວຈ", clean.Text);
        Assert.Equal(3, clean.Noise.DigitsReadAsAscii);
        Assert.Equal(new NoisePosition(1, 1, "Myanmar", "digits", 3), Assert.Single(clean.Noise.Positions));
    }

    [Fact]
    public void A_page_that_is_mostly_noise_needs_ocr_again()
    {
        var clean = _engine.CleanPage(KhmerLine + "\n" + KhmerLine + "\nກະຊວງ", 1);
        Assert.Equal("ກະຊວງ", clean.Text);
        Assert.True(clean.Noise.NeedsOcrAgain);
        var merged = NoiseReport.Merge([clean.Noise, _engine.CleanPage(string.Join('\n', Enumerable.Repeat("ກະຊວງສຶກສາທິການ ແລະ ກິລາ", 10)), 2).Noise]);
        Assert.False(merged.NeedsOcrAgain); // a document mostly clean is not
        Assert.Equal(2, merged.RemovedLines);
    }
}
