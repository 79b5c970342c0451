using DocPipeline.Lao.Correction;

namespace DocPipeline.Ocr.Tests;

public class LexiconCorrectionTests
{
    private static readonly LexiconCorrection Small = new(["ເຈົ້າໜ້າທີ່", "ໜ້າທີ່", "ຫ້າ", "ຫ້ອງການ", "ໂຮງໝໍ", "ແຕ່ງຕັ້ງ", "ຕັງ", "ເໝາະສົມ", "ກ່ຽວກັບ", "ກ້ຽວກັບ"]);

    [Theory]
    [InlineData("ເຈົ້າຫ້າທີ່", "ເຈົ້າໜ້າທີ່")]   // ໜ read as ຫ
    [InlineData("ເຈົ້າຫຼ້າທີ່", "ເຈົ້າໜ້າທີ່")]  // ໜ read as ຫຼ
    [InlineData("ໂຮງໜໍ", "ໂຮງໝໍ")]            // ໝ read as ໜ
    [InlineData("ທີ່ເຫາະສົມ", "ທີ່ເໝາະສົມ")]
    public void Restores_the_ligatures_where_only_they_make_a_word(string read, string meant) =>
        Assert.Equal(meant, Small.Apply(read));

    [Fact]
    public void Restores_a_dropped_tone_mark_when_one_candidate_makes_a_word() =>
        Assert.Equal("ແຕ່ງຕັ້ງ ຄະນະ", Small.Apply("ແຕ່ງຕັງ ຄະນະ"));

    [Theory]
    [InlineData("ຫ້ອງການ")]          // a valid word with ຫ stays
    [InlineData("ຫ້າ ປີ")]           // ຫ້າ (five) is a word as long as ໜ້າ would be
    [InlineData("ຕັງ")]              // valid without the tone mark
    [InlineData("ກຽວກັບ")]           // two tone marks make words: cannot tell which
    [InlineData("042/ຄປ.ວຈ, 2023")]  // not Lao letters
    public void Never_changes_what_it_cannot_improve(string text) =>
        Assert.Equal(text, Small.Apply(text));

    [Fact]
    public void With_hunspell_lo_repairs_ocr_output_of_a_directive()
    {
        var lexicon = File.ReadLines("/usr/share/hunspell/lo_LA.dic").Skip(1).Select(l => l.Split('/')[0]);
        var correction = new LexiconCorrection(lexicon);
        Assert.True(correction.WordCount > 25_000);
        Assert.Equal("ມາດຕາ ໑ ໃຫ້ເຈົ້າໜ້າທີ່ ທຸກໂຮງໝໍ ກວດກາ", correction.Apply("ມາດຕາ ໑ ໃຫ້ເຈົ້າຫຼ້າທີ່ ທຸກໂຮງໜໍ ກວດກາ"));
        Assert.Equal("ກະຊວງສາທາລະນະສຸກ ຫ້ອງການ", correction.Apply("ກະຊວງສາທາລະນະສຸກ ຫ້ອງການ"));
    }
}
