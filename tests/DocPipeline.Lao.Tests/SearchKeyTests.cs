using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Segmentation;

namespace DocPipeline.Lao.Tests;

public class SearchKeyTests
{
    [Fact]
    public void Toneless_key_drops_tone_marks_only() =>
        Assert.Equal("ຕັງ", SearchKeys.WithoutTones("ຕັ້ງ"));

    [Theory]
    [InlineData("ພະແນກ", "ຜະແນກ")]   // ພ read as ຜ
    [InlineData("ໜັງສື", "ຫັງສື")]    // ໜ read as ຫ
    [InlineData("ຕັ້ງ", "ຕັງ")]        // dropped tone mark
    [InlineData("ຄຳ", "ຄໍາ")]         // ຳ read as ໍ + າ
    public void Folded_key_absorbs_ocr_confusions(string correct, string damaged) =>
        Assert.Equal(SearchKeys.Folded(correct), SearchKeys.Folded(damaged));

    [Fact]
    public void Folded_key_keeps_distinct_words_apart() =>
        Assert.NotEqual(SearchKeys.Folded("ກະຊວງ"), SearchKeys.Folded("ແຂວງ"));

    [Fact]
    public void Icu_segments_lao_words()
    {
        var words = new IcuWordSegmenter().Words("ກອງປະຊຸມດັ່ງກ່າວໄດ້ຈັດຂື້ນຢ່າງເປັນທາງການ");
        Assert.Contains("ປະຊຸມ", words);
        Assert.Contains("ທາງການ", words);
        Assert.True(words.Count >= 6, string.Join("|", words));
    }
}
