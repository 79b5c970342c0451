using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Tests;

/// <summary>Reference numbers in every form, and what only looks like one.</summary>
public class ExtractionReferenceTests
{
    private readonly LaoTextEngine _engine = new();

    private IEnumerable<string> Numbers(string text) => ReferenceNumbers.Find(_engine.Normalize(text)).Select(n => n.Written);

    [Theory]
    [InlineData("ອີງຕາມ ດຳລັດ ເລກທີ 303/ນຍ, ລົງວັນທີ", "303/ນຍ")]
    [InlineData("ເລກທີ 042/ຄປ.ວຈ", "042/ຄປ.ວຈ")]
    [InlineData("ເລກທີ: 330/ປທສ.", "330/ປທສ")]
    [InlineData("ເລກທີ. 47/ຍທຂ. ລົງວັນທີ", "47/ຍທຂ")]
    [InlineData("ຂໍ້ຕົກລົງ ເລກທີ 219/ຄອຮ ຂວ, ລົງວັນທີ", "219/ຄອຮ ຂວ")]
    [InlineData("ເລກທີ 12/ພນ ຂອງກະຊວງພາຍໃນ", "12/ພນ")]
    [InlineData("ຄໍາແນະນໍາ 12/ພນ ຢ່າງເຂັ້ມງວດ", "12/ພນ")]
    [InlineData("ເລກທີ. ၁၂၇/ຄປ.ວຈ", "127/ຄປ.ວຈ")]
    [InlineData("ເລກທີ ໐໔໒/ຄປ.ວຈ", "042/ຄປ.ວຈ")]
    [InlineData("ເລກທີ ๐๙/ສພຊ", "09/ສພຊ")]
    [InlineData("ເລກທີ 56 / ພນ ,", "56/ພນ")]
    [InlineData("ເລກທີ 042/\nຄປ.ວຈ, ລົງວັນທີ", "042/ຄປ.ວຈ")]
    [InlineData("ເລກທີ 157\n/ຄຈສກ, ລົງວັນທີ", "157/ຄຈສກ")]
    [InlineData("ມະຕິ ເລກທີ 05/ຄປ.\nວຈ, ລົງວັນທີ", "05/ຄປ.ວຈ")]
    [InlineData("ເລກທີ: 330/ປທສ.\nນະຄອນຫຼວງວຽງຈັນ", "330/ປທສ")]
    [InlineData("ຕາມດຳລັດເລກທີ303/ນຍລົງວັນທີ 26 ກັນຍາ 2011", "303/ນຍ")]
    [InlineData("ເລກທີ 04ຂ/ຄປ.ວຈ", "042/ຄປ.ວຈ")]
    [InlineData("ຕາມ 136/PM ແລະ", "136/PM")]
    [InlineData("ຂໍ້ຕົກລົງ 023/NASC ພ້ອມ", "023/NASC")]
    [InlineData("ຄຳສັ່ງ 1293/MoIC ຂອງ", "1293/MoIC")]
    [InlineData("ມະຕິ ເລກທີ 05-QĐ/TW, ລົງວັນທີ", "05-QĐ/TW")]
    [InlineData("ໜັງສື ເລກທີ 2024/VN-081, ລົງວັນທີ", "2024/VN-081")]
    [InlineData("ສັນຍາ ເລກທີ 17-LA/ADB, ລົງວັນທີ", "17-LA/ADB")]
    [InlineData("ເລກທີ 0026\nນະຄອນຫຼວງວຽງຈັນ", "0026")]
    [InlineData("ໃບອະນຸຍາດ ເລກທີ: 0093, ລົງວັນທີ", "0093")]
    [InlineData("ເລກທີ ໐໐໒໖", "0026")]
    [InlineData("ຂໍ້ຕົກລົງ ເລກທີ 31 9/ສທ, ລົງວັນທີ", "319/ສທ")]   // a space OCR put inside the number
    [InlineData("ສະບັບເລກທີ ໑໒ ໑/ປທ, ລົງວັນທີ", "121/ປທ")]
    [InlineData("ມາດຕາ 3 12/ສທ ລົງວັນທີ", "12/ສທ")]              // no ເລກທີ before it: two numbers side by side
    [InlineData("ສະບັບເລກທີ/62/ສພຊ, ລົງວັນທີ", "62/ສພຊ")]       // a stamp's stroke read as a slash in the space
    [InlineData("ສະບັບເລ7ທີ/189/ນຍ, ລົງວັນທີ", "189/ນຍ")]
    [InlineData("ເລກທີ 209/ຈປ.ຫກ໌\nປາກເຊ", "209/ຈປ.ຫກ")]          // a speck over the code's last letter read as ໌
    [InlineData("ເລກທີ 758/ຈສ.ຂສ໌ ລົງວັນທີ", "758/ຈສ.ຂສ")]
    [InlineData("ເລກທີ 46/ນຍ້, ລົງວັນທີ", "46/ນຍ")]
    [InlineData("ເລກທີ ໓໕໒໗/ສກູຶ\nນະຄອນຫຼວງວຽງຈັນ", "3527/ສກ")]   // dust read as two vowels on one letter
    public void Reads_each_form(string text, string expected) => Assert.Equal([expected], Numbers(text));

    [Theory]
    [InlineData("ຈປ.ຫກ໌", "ຈປ.ຫກ")]
    [InlineData("ນຍ້", "ນຍ")]
    [InlineData("ທຫຼ໌", "ທຫຼ")]
    [InlineData("ສພຊ", "ສພຊ")]
    [InlineData("ສາມຊ່", "ສາມຊ່")]   // a code written with a vowel is word-like: its marks may be its own
    [InlineData("ສກູຶ", "ສກ")]       // two vowel signs on one letter: no Lao letter carries them
    [InlineData("ສກູ", "ສກູ")]       // one vowel sign may be the code's own
    public void A_mark_on_the_last_letter_of_a_consonant_code_is_a_speck(string code, string expected) =>
        Assert.Equal(expected, ReferenceNumbers.WithoutStrayMarkAtEnd(code));

    [Theory]
    [InlineData("ໄດ້ຄະແນນ 92,5/100 ຄະແນນ")]
    [InlineData("ແລະ 8/10 ໃນວິຊາຄະນິດສາດ")]
    [InlineData("ຄ່າອາຫານ 25.000 ກີບ/ຄົນ")]
    [InlineData("ຄ່າລົດ 500/ຄົນ")]
    [InlineData("ນ້ຳມັນ 32000/ລິດ")]
    [InlineData("ລາຄາ 300/ກິໂລ")]
    [InlineData("ວັນທີ 05/03/2024")]
    [InlineData("ວັນທີ ໑໕/໐໘/໒໐໒໒")]
    [InlineData("https://www.moha.gov.la/docs/2021/12/PM")]
    [InlineData("D:/ເອກະສານ/2023/ນຍ/ສະບັບ.pdf")]
    [InlineData("ໜ້າ 3/12")]
    [InlineData("ເສັ້ນທາງເລກ 13 ເໜືອ")]
    [InlineData("ເລກທີ 0ແແ/ຄປວຈ")]
    [InlineData("ເລກທີ 12.5 ແມັດ")]
    [InlineData("ວັນທີ/12/05/2020")]
    public void Ignores_what_only_looks_like_a_number(string text) => Assert.Empty(Numbers(text));

    [Fact]
    public void Keys_ignore_digit_script_zeros_dots_and_spaces()
    {
        Assert.Equal(ReferenceNumbers.KeyOf("042/ຄປ.ວຈ"), ReferenceNumbers.KeyOf("໐໔໒/ຄປວຈ"));
        Assert.Equal(ReferenceNumbers.KeyOf("219/ຄອຮ ຂວ"), ReferenceNumbers.KeyOf("219/ຄອຮຂວ"));
        Assert.NotEqual(ReferenceNumbers.KeyOf("42/ຄປ.ວຈ"), ReferenceNumbers.KeyOf("42/ຄປ.ວນ"));
        Assert.Equal(ReferenceNumbers.KeyOf("0026"), ReferenceNumbers.KeyOf("26"));
    }

    [Theory]
    [InlineData("ກົດໝາຍ", "ກົດໝາຍ")]
    [InlineData("ກົດຫາຍ", "ກົດໝາຍ")]      // ໝ read as ຫ
    [InlineData("ກົດບນາຍ", "ກົດໝາຍ")]     // ໝ read as two letters
    [InlineData("ຂໍຕົກລົງ", "ຂໍ້ຕົກລົງ")]     // tone dropped
    [InlineData("ຄຳສັ່່ງ", "ຄຳສັ່ງ")]         // tone doubled
    [InlineData("ມະຕີ", "ມະຕິ")]           // vowel changed
    [InlineData("[ເຈ່ງການ", "ແຈ້ງການ")]     // stray mark, ເ for ແ, tone changed
    [InlineData("ຫນັງສືສະເຫນີ", "ໜັງສືສະເໜີ")]
    [InlineData("ລັດຖະດຳລັດ", "ລັດຖະດຳລັດ")]
    public void Types_are_recognized_through_ocr_damage(string written, string type) =>
        Assert.Equal(type, DocumentTypes.StartOf(_engine.Normalize(written)));

    [Theory]
    [InlineData("ມາດຕາ")]
    [InlineData("ກົດລະບຽບ")]
    [InlineData("ເລກທີ")]
    [InlineData("ຄະນະ")]
    public void Other_words_are_not_types(string word) => Assert.Null(DocumentTypes.StartOf(word));

    [Theory]
    [InlineData("-")]
    [InlineData(" • ")]
    [InlineData("")]
    public void A_dash_alone_where_a_type_stands_is_no_type(string word) => Assert.Null(TypeVocabulary.Standard.Standalone(word));

    [Fact]
    public void Learned_types_are_recognized_through_ocr_damage_like_the_standard_ones()
    {
        var learned = new TypeVocabulary(["ກົດລະບຽບ", "ໃບແຈ້ງການ", "ວ່າດ້ວຍການ ແລະ ອື່ນໆ"]);
        Assert.Equal("ກົດລະບຽບ", learned.StartOf("ກົດລະບຽບ"));
        Assert.Equal("ໃບແຈ້ງການ", learned.StartOf(_engine.Normalize("ໃບແຈງການ")));
        Assert.DoesNotContain("ວ່າດ້ວຍການ ແລະ ອື່ນໆ", learned.Names);   // a phrase, not a type
        Assert.Null(TypeVocabulary.Standard.StartOf("ກົດລະບຽບ"));
    }

    [Theory]
    [InlineData("- ອີງຕາມ ສັນຍາ ", "ສັນຍາ")]
    [InlineData("- ອີງຕາມ ໜັງສືຂອງສະຖານທູດ ", "ໜັງສື")]
    [InlineData("- ອີງຕາມ ມາດຕາ 5 ຂອງກົດໝາຍວ່າດ້ວຍງົບປະມານ ", "ກົດໝາຍ")]
    [InlineData("- ອີງຕາມ ການຕົກລົງ ຂອງກອງປະຊຸມ ", null)]
    public void A_citation_names_the_type_that_stands_after_its_opening_word(string clause, string? type) =>
        Assert.Equal(type, TypeVocabulary.Standard.InClause(_engine.Normalize(clause), firstNamed: true));

    [Theory]
    [InlineData("20/ສພຂ", "20/ສພຊ")]        // ຊ read as ຂ
    [InlineData("0221/ປຫສ", "0221/ປທສ")]    // ທ read as ຫ
    [InlineData("0038/ພບ", "0038/ພບ")]      // two letters: ພບ and ພນ are both real
    [InlineData("303/ນບ", "303/ນຍ")]        // two letters, ຍ read as ບ (seen at code positions)
    [InlineData("121/ປຫ", "121/ປທ")]        // two letters, ທ read as ຫ (seen at code positions)
    [InlineData("607/ບທຂ", "607/ຍທຂ")]      // ຍ read as ບ in a longer code
    [InlineData("120/ສນຊ", "120/ສພຊ")]      // ພ read as ນ (Noto Serif Lao)
    [InlineData("753/ປຈສ", "753/ປທສ")]      // ທ read as ຈ (Noto Serif Lao)
    [InlineData("11/ມນ", "11/ພນ")]          // two letters, ພ read as ມ (Noto Serif Lao)
    [InlineData("12/ນປ", "12/ນປ")]          // ນປ is no seen misreading of a known code
    [InlineData("157/ຄຈສກ", "157/ຄຈສກ")]    // near no known code
    [InlineData("136/PM", "136/PM")]
    [InlineData("0375/ພຫຼ", "0375/ພຫຼ")]    // ຼ is no vowel: a code of consonants, not damage to read as ພນ
    public void Damaged_issuer_codes_are_read_as_the_known_code_one_look_alike_away(string read, string expected) =>
        Assert.Equal(expected, IssuerCodes.PublishedOnly.Repair(read, new HashSet<string>()));

    [Fact]
    public void A_code_the_archive_learned_repairs_like_a_published_one_and_two_near_codes_repair_nothing()
    {
        Assert.Equal("12/ຄຈສກ", new IssuerCodes(["157/ຄຈສກ"]).Repair("12/ຄວສກ", new HashSet<string>()));
        Assert.Equal("12/ປທສ", new IssuerCodes(["1/ປຫສ"]).Repair("12/ປທສ", new HashSet<string>()));
        Assert.Equal("12/ປຕສ", new IssuerCodes(["1/ປດສ"]).Repair("12/ປຕສ", new HashSet<string>(["ປຄສ"])));
    }

    [Fact]
    public void A_two_letter_code_the_archive_knows_is_left_as_read()
    {
        Assert.Equal("303/ນບ", new IssuerCodes(["5/ນບ"]).Repair("303/ນບ", new HashSet<string>()));
        Assert.Equal("303/ນບ", IssuerCodes.PublishedOnly.Repair("303/ນບ", new HashSet<string>(["ນບ"])));
        Assert.Equal("9/ສທ", new IssuerCodes(["1/ສທ"]).Repair("9/ສຫ", new HashSet<string>()));   // a learned code repairs alike
    }

    [Fact]
    public void Confusable_letters_cost_less_than_other_letters()
    {
        Assert.True(ConfusableDistance.Between("ຄຳສັ່ງ", "ຄຳສັງ") < ConfusableDistance.Between("ຄຳສັ່ງ", "ຄຳສັນ"));
        Assert.True(ConfusableDistance.Between("ກົດໝາຍ", "ກົດຫາຍ") < ConfusableDistance.Between("ກົດໝາຍ", "ກົດກາຍ"));
        Assert.Equal(0, ConfusableDistance.Between("ທັນວາ", "ທັນວາ"));
    }
    [Theory]
    [InlineData("- ອີງຕາມ ດຳລັດ ຂອງນາຍົກລັດຖະມົນຕີ ວ່າດ້ວຍແຮງງານ ເລກທີ 532/ນະ, ລົງວັນທີ 6 ສິງຫາ 2023;", "532/ນຍ")] // ຍ read as a vowel
    [InlineData("- ອີງຕາມ ຄຳແນະນຳ ຂອງກະຊວງມາຍໃນ ວ່າດ້ວຍການຈະລາຈອນ ເລກທີ 267/ນ, ລົງວັນທີ 28 ພຶດສະພາ 2019;", "267/ພນ")] // a letter dropped, the name damaged
    [InlineData("- ອີງຕາມ ດຳລັດ ຂອງນາຍົກລັດຖະມົນຕີ ເລກທີ 12/ຫສນຍ, ລົງວັນທີ 6 ສິງຫາ 2023;", "12/ຫສນຍ")] // far from ນຍ: another of its codes
    [InlineData("- ອີງຕາມ ດຳລັດ ຂອງນາຍົກລັດຖະມົນຕີ ເລກທີ 12/ພນ, ລົງວັນທີ 6 ສິງຫາ 2023;", "12/ພນ")]   // a known code stays
    [InlineData("- ອີງຕາມ ດຳລັດ ຂອງກະຊວງການເງິນ ເລກທີ 12/ກງ.ນະ, ລົງວັນທີ 6 ສິງຫາ 2023;", "12/ກງ.ນະ")] // no published code for the issuer
    public void A_damaged_cited_code_is_read_as_the_published_code_of_the_issuer_named_beside_it(string line, string expected)
    {
        var reference = Assert.Single(new DirectiveExtractor().Extract(_engine.Normalize(line)).References);
        Assert.Equal(expected, reference.Number);
    }

    [Fact]
    public void What_a_cited_text_is_about_is_not_its_issuer() =>
        Assert.Equal("ກະຊວງພາຍໃນ", Assert.Single(new DirectiveExtractor().Extract(
            _engine.Normalize("- ອີງຕາມ ຄຳແນະນຳ ຂອງກະຊວງພາຍໃນ ວ່າດ້ວຍແຮ່ທາດ ເລກທີ 720/ພນ, ລົງວັນທີ 30 ມີນາ 2018;")).References).Issuer);
}
