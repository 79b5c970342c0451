using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Filters;

namespace DocPipeline.Lao.Tests.Text;

public class TextLayoutTests
{
    private readonly LaoTextEngine _engine = new();

    [Theory]
    [InlineData("ປ ະ ເດັນ", "ປະເດັນ")]                 // a following vowel cut off, and a piece that is only a vowel
    [InlineData("ກ \u0EC8ານ", "ກ\u0EC8ານ")]              // a space before a tone mark
    [InlineData("ສ ຶກສາ", "ສຶກສາ")]                    // a space before an upper vowel
    [InlineData("ເ ດັນ", "ເດັນ")]                       // a leading vowel cut from its consonant
    [InlineData("ກະຊວງ ສ ຶກສາ", "ກະຊວງສຶກສາ")]          // a bare consonant is no word: joined on both sides
    [InlineData("ກະຊວງ ສຶກສາ", "ກະຊວງ ສຶກສາ")]          // a phrase space between whole pieces stays
    [InlineData("ກະຊວງສຶກສາທິການ ແລະ ກິລາ", "ກະຊວງສຶກສາທິການ ແລະ ກິລາ")] // phrase spaces stay
    [InlineData("ຕ່າງ ໆ", "ຕ່າງ ໆ")]                    // ໆ after a space is standard spelling
    [InlineData("ພ.ສ. 2566", "ພ.ສ. 2566")]
    [InlineData("ເລກທີ 042/ຄປ.ວຈ", "ເລກທີ 042/ຄປ.ວຈ")]
    public void Spaces_inside_words(string before, string after) => Assert.Equal(after, new SpacesInsideWords().Apply(before));

    private const string Header = """
        ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ
        ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ
        ກະຊວງສຶກສາທິການ ແລະ ກິລາ
        ເລກທີ 042/ຄປ.ວຈ
        ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 8 ທັນວາ 2023
        ຄຳແນະນຳ
        ວ່າດ້ວຍການຄຸ້ມຄອງເອກະສານຂອງລັດ
        - ອີງຕາມ ດຳລັດ ເລກທີ 303/ນຍ, ລົງວັນທີ 26 ກັນຍາ 2011
        - ອີງຕາມ ການຄົ້ນຄວ້າຂອງກົມຈັດຕັ້ງ ແລະ ພະນັກງານ
        """;

    [Fact]
    public void Header_block_and_items_keep_their_lines() =>
        Assert.Equal(Header, _engine.CleanPage(Header, 1).Text);

    [Fact]
    public void A_paragraph_broken_at_the_margin_is_joined_between_lao_letters_with_nothing()
    {
        string page = Header + """

            ມາດຕາ 1 ຈຸດປະສົງ
            ຄຳແນະນຳສະບັບນີ້ ກຳນົດຫຼັກການ ແລະ ມາດຕະການ ກ່ຽວກັບການເກັບຮັກສາເອກະສານ ຂອງກະຊວງປະຕິ
            ບັດ ແລະ ການນຳໃຊ້ເອກະສານ ໃນທຸກພາກສ່ວນ ຂອງກະຊວງ ແລະ ຂອງແຂວງ ທີ່ກ່ຽວຂ້ອງ ໃຫ້ຖືກຕ້ອງ
            ຕາມກົດໝາຍ.
            ມາດຕາ 2 ການນຳໃຊ້
            """;
        string text = _engine.CleanPage(page, 1).Text;
        Assert.Contains("ຂອງກະຊວງປະຕິບັດ ແລະ", text);
        Assert.Contains("ໃຫ້ຖືກຕ້ອງຕາມກົດໝາຍ.\nມາດຕາ 2 ການນຳໃຊ້", text);
        Assert.Contains("ມາດຕາ 1 ຈຸດປະສົງ\nຄຳແນະນຳສະບັບນີ້", text);
    }

    [Fact]
    public void A_broken_line_ending_in_latin_or_digits_is_joined_with_one_space()
    {
        string page = """
            ອີງຕາມການຕົກລົງຂອງກອງປະຊຸມ ວ່າດ້ວຍການຮ່ວມມືກັບອົງການ UNDP ແລະ ADB ໃນປີ 2023
            ຈຶ່ງໄດ້ຕົກລົງ
            """;
        Assert.Equal("ອີງຕາມການຕົກລົງຂອງກອງປະຊຸມ ວ່າດ້ວຍການຮ່ວມມືກັບອົງການ UNDP ແລະ ADB ໃນປີ 2023 ຈຶ່ງໄດ້ຕົກລົງ",
            _engine.CleanPage(page, 2).Text);
    }

    [Theory]
    [InlineData("1). ການວາງແຜນ")]
    [InlineData("2. ການວາງແຜນ")]
    [InlineData("- ການວາງແຜນ")]
    [InlineData("II. ການວາງແຜນ")]
    [InlineData("ກ) ການວາງແຜນ")]
    [InlineData("ມາດຕາ 3 ການວາງແຜນ")]
    [InlineData("໒) ການວາງແຜນ")]
    public void A_new_item_keeps_its_line(string item)
    {
        string page = "ທຸກກະຊວງ ແລະ ອົງການ ຕ້ອງວາງແຜນງົບປະມານປະຈຳປີ ແລະ ສົ່ງໃຫ້ກະຊວງການເງິນ ກ່ອນເດືອນກັນຍາ\n" + item;
        Assert.Equal(page, _engine.CleanPage(page, 2).Text);
    }

    [Fact]
    public void Blank_lines_stay_paragraph_breaks_and_a_short_line_ends_a_paragraph()
    {
        string page = "ທຸກກະຊວງ ແລະ ອົງການ ຕ້ອງວາງແຜນງົບປະມານປະຈຳປີ ແລະ ສົ່ງໃຫ້ກະຊວງການເງິນ\n\n\nກ່ອນເດືອນກັນຍາ ທຸກປີ\nລັດຖະມົນຕີ";
        Assert.Equal("ທຸກກະຊວງ ແລະ ອົງການ ຕ້ອງວາງແຜນງົບປະມານປະຈຳປີ ແລະ ສົ່ງໃຫ້ກະຊວງການເງິນ\n\nກ່ອນເດືອນກັນຍາ ທຸກປີ\nລັດຖະມົນຕີ",
            _engine.CleanPage(page, 2).Text);
    }

    [Fact]
    public void A_line_broken_inside_a_syllable_is_always_joined()
    {
        Assert.Equal("ກະຊວງສຶກສາ", _engine.CleanPage("ກະຊວງສ\n\u0EB6ກສາ\n", 1).Text);
        Assert.Equal("ແຂວງ", _engine.CleanPage("ແ\nຂວງ", 1).Text);
    }
}
