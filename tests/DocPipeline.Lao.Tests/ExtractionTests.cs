using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;
using DocPipeline.Testing;

namespace DocPipeline.Lao.Tests;

/// <summary>A directive's identity from its header, and its references tied to their type, issuer and date.</summary>
public class ExtractionTests
{
    private const string Motto = "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ\nສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ\n";
    private readonly DirectiveExtractor _extractor = new();
    private readonly LaoTextEngine _engine = new();

    private DirectiveFacts Extract(string text) => _extractor.Extract(_engine.Normalize(text));

    [Fact]
    public void Reads_identity_and_references_of_a_directive()
    {
        var facts = Extract(Repo.GroundTruth("d01"));
        Assert.Equal("042/ຄປ.ວຈ", facts.DocumentNumber);
        Assert.Equal(new DateOnly(2023, 12, 8), facts.DocumentDate);
        Assert.Equal("ຄຳແນະນຳ", facts.DocumentType);
        Assert.Equal("ກະຊວງສຶກສາທິການ ແລະ ກິລາ", facts.Issuer);
        Assert.Equal("ວ່າດ້ວຍການຄຸ້ມຄອງເອກະສານຂອງລັດ", facts.Subject);
        var reference = Assert.Single(facts.References);
        Assert.Equal(("303/ນຍ", new DateOnly(2011, 9, 26), "ດຳລັດ"), (reference.Number, reference.Date, reference.Type));
        Assert.False(facts.DatedBeforeCitation);
    }

    [Fact]
    public void Own_number_is_not_a_reference_even_when_repeated()
    {
        var facts = Extract(Repo.GroundTruth("d02") + "\nຄຳສັ່ງ ເລກທີ 157/ຄຈສກ ສະບັບນີ້ ມີຜົນສັກສິດ");
        Assert.Equal("157/ຄຈສກ", facts.DocumentNumber);
        Assert.Equal(["042/ຄປ.ວຈ", "68/ສພຊ"], facts.References.Select(r => r.Number));
    }

    [Fact]
    public void Issuer_is_above_the_number_not_the_damaged_motto()
    {
        var facts = Extract("ສາທາລະນະລັດ ປະຊາທິປະໃຕ ປະຊາຊົນລາວ\n\nສົນຕິພາບ ເອກະລາດ ປະຊາທິປະໃຕ ເອກະພາບ ວັດທະນະຖາວອນ\n"
            + "ຫ້ອງວ່າການແຂວງວຽງຈັນ\n\nເລກທີ 157/ຄຈສກ\n\nແຂວງວຽງຈັນ, ວັນທີ ໑໕ ມັງກອນ ໒໐໒໔\n\nຄຳສັງ\n");
        Assert.Equal("ຫ້ອງວ່າການແຂວງວຽງຈັນ", facts.Issuer);
        Assert.Equal(new DateOnly(2024, 1, 15), facts.DocumentDate);
        Assert.Equal("ຄຳສັ່ງ", facts.DocumentType);
    }

    [Fact]
    public void Under_a_motto_the_issuer_is_the_block_after_it_not_a_title_read_before_the_number()
    {
        // Side-by-side blocks under a stamp: the title came out between the issuer block and the number block.
        var facts = Extract(Motto + "ແຂວງຄຳມ່ວນ\nພະແນກການເງິນ\nໃບຮັບເງິນ\nເລກທີ ໓໘໑/ຄມ\nທ່າແຂກ, ວັນທີ ໒ ກັນຍາ ໒໐໒໕\n");
        Assert.Equal(("ແຂວງຄຳມ່ວນ ພະແນກການເງິນ", "381/ຄມ"), (facts.Issuer, facts.DocumentNumber));
        // A type word alone on its line is never the issuer, even as the only line between the motto and the number.
        Assert.Equal("ກະຊວງການເງິນ", Extract(Motto + "ກະຊວງການເງິນ\nຄຳສັງ\nເລກທີ ໑໗໕/ກງ\nວັນທີ ໙ ເມສາ ໒໐໒໕\n").Issuer);
    }

    [Fact]
    public void An_issuer_glued_onto_the_motto_line_is_the_issuer()
    {
        // Dust between the lines: OCR found the motto's second line and the issuer block as one line.
        var facts = Extract("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ\nສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນກະຊວງສຶກສາທິການ ແລະ ກິລາ\n"
            + "ເລກທີ ໓໕໒໗/ສກ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ ໑໔ ມັງກອນ ໒໐໒໖\nຄຳແນະນຳ\n");
        Assert.Equal(("ກະຊວງສຶກສາທິການ ແລະ ກິລາ", "3527/ສກ"), (facts.Issuer, facts.DocumentNumber));
        // A motto line ending with the motto adds nothing.
        Assert.Equal("ກະຊວງການເງິນ", Extract(Motto + "ກະຊວງການເງິນ\nເລກທີ ໑໗໕/ກງ\nວັນທີ ໙ ເມສາ ໒໐໒໕\n").Issuer);
    }

    [Theory]
    [InlineData(";, ເລກທີ ໓໘໑/ຄມ")]
    [InlineData("A ເລກທີ ໓໘໑/ຄມ")]
    [InlineData("(( ເລກທີ ໓໘໑/ຄມ")]
    public void Specks_before_the_number_label_do_not_hide_the_number_line(string line)
    {
        var facts = Extract(Motto + "ແຂວງຄຳມ່ວນ\n" + line + "\nທ່າແຂກ, ວັນທີ ໒ ກັນຍາ ໒໐໒໕\n");
        Assert.Equal(("381/ຄມ", new DateOnly(2025, 9, 2), "ແຂວງຄຳມ່ວນ"), (facts.DocumentNumber, facts.DocumentDate, facts.Issuer));
        Assert.Null(Extract(Motto + "ແຂວງຄຳມ່ວນ\nABCD ເລກທີ ໓໘໑/ຄມ ໃຫ້ປະຕິບັດ\n").DocumentNumber);
    }

    [Fact]
    public void A_company_regulation_with_a_bare_number_and_a_type_no_list_has()
    {
        var facts = Extract(Motto + "ບໍລິສັດ ພູສີ ກໍ່ສ້າງ ຈຳກັດຜູ້ດຽວ\nໂທລະສັບ: 021 812 345\nເລກທີ 0026\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 14 ກໍລະກົດ 2025\n"
            + "ກົດລະບຽບ\nວ່າດ້ວຍການນຳໃຊ້ພາຫະນະ\nມາດຕາ 1 ຈຸດປະສົງ\n");
        Assert.Equal(("0026", "ກົດລະບຽບ", "ບໍລິສັດ ພູສີ ກໍ່ສ້າງ ຈຳກັດຜູ້ດຽວ"), (facts.DocumentNumber, facts.DocumentType, facts.Issuer));
        Assert.Equal("ກົດລະບຽບ ວ່າດ້ວຍການນຳໃຊ້ພາຫະນະ", facts.Title);
    }

    [Fact]
    public void An_issuer_beside_the_number_line_is_the_text_left_of_it()
    {
        var facts = Extract(Motto + "ບໍລິສັດ ສີໄຊ ຂົນສົ່ງ ຈຳກັດ\t\tເລກທີ 0049\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 27 ຕຸລາ 2025\nຄຳສັ່ງ\n");
        Assert.Equal(("0049", "ບໍລິສັດ ສີໄຊ ຂົນສົ່ງ ຈຳກັດ", "ຄຳສັ່ງ"), (facts.DocumentNumber, facts.Issuer, facts.DocumentType));
        Assert.Null(Extract("ໃຫ້ປະຕິບັດ ຄຳສັ່ງ ເລກທີ 12/ນຍ ໃຫ້ສຳເລັດ").DocumentNumber);
    }

    [Fact]
    public void A_heading_without_a_type_is_the_title_and_the_type_stays_unknown()
    {
        var facts = Extract(Motto + "ພະແນກກະສິກຳ ແລະ ປ່າໄມ້\nເລກທີ 205/ພກປ.ລພ\nຫຼວງພະບາງ, ວັນທີ 9 ມັງກອນ 2025\nແຜນການປູກຕົ້ນໄມ້ ປະຈຳປີ 2025\n1. ປູກຕົ້ນໄມ້ 120 ເຮັກຕາ\n");
        Assert.Null(facts.DocumentType);
        Assert.Equal("ແຜນການປູກຕົ້ນໄມ້ ປະຈຳປີ 2025", facts.Title);
    }

    [Fact]
    public void A_citation_names_a_type_no_list_has_and_a_learned_type_is_read_through_damage()
    {
        string text = Motto + "ກະຊວງການເງິນ\nເລກທີ 0912/ກງ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 3 ມີນາ 2025\nແຈ້ງການ\n"
            + "- ອີງຕາມ ສັນຍາກູ້ຢືມ ເລກທີ 2022/LA-017, ລົງວັນທີ 12 ສິງຫາ 2022\n- ຕາມ ກົດລະບຽບ ເລກທີ 0011, ລົງວັນທີ 4 ມັງກອນ 2023\n";
        Assert.Equal(["ສັນຍາກູ້ຢືມ", null], Extract(text).References.Select(r => r.Type));
        var learning = new DirectiveExtractor(new TypeVocabulary(["ກົດລະບຽບ"]));
        Assert.Equal(["ສັນຍາກູ້ຢືມ", "ກົດລະບຽບ"], learning.Extract(_engine.Normalize(text)).References.Select(r => r.Type));
    }

    [Fact]
    public void A_code_the_document_repeats_repairs_its_damaged_copy()
    {
        var facts = Extract(Motto + "ກະຊວງການເງິນ\nເລກທີ 0912/ກງສ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 3 ມີນາ 2025\nແຈ້ງການ\n"
            + "- ອີງຕາມ ຂໍ້ຕົກລົງ ເລກທີ 120/ກງສ, ລົງວັນທີ 2 ເມສາ 2024\n- ອີງຕາມ ຄຳແນະນຳ ເລກທີ 45/ຖງສ, ລົງວັນທີ 5 ເມສາ 2024\n");
        Assert.Equal(["120/ກງສ", "45/ກງສ"], facts.References.Select(r => r.Number));
    }

    [Fact]
    public void Party_documents_are_headed_by_the_party_name()
    {
        var facts = Extract("ພັກປະຊາຊົນປະຕິວັດລາວ\nຄະນະປະຈຳພັກແຂວງວຽງຈັນ\nເລກທີ ໐໔໒/ຄປ.ວຈ\nແຂວງວຽງຈັນ, ວັນທີ ໐໘ ທັນວາ ໒໐໒໓\nຄຳແນະນຳ\n");
        Assert.Equal(("042/ຄປ.ວຈ", "ຄະນະປະຈຳພັກແຂວງວຽງຈັນ"), (facts.DocumentNumber, facts.Issuer));
        Assert.Equal(new DateOnly(2023, 12, 8), facts.DocumentDate);
    }

    [Fact]
    public void Subject_and_addressees()
    {
        var facts = Extract(Motto + "ກະຊວງສາທາລະນະສຸກ\nເລກທີ: 0871/ສທ.ກຜ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 21 ຕຸລາ 2020\nໜັງສືແຈ້ງ\n"
            + "ເຖິງ:\n- ພະແນກສາທາລະນະສຸກແຂວງ ທົ່ວປະເທດ\n- ໂຮງໝໍສູນກາງ ທຸກແຫ່ງ\nເລື່ອງ: ການກະກຽມແຜນງົບປະມານປີ 2021\n"
            + "- ອີງຕາມ ຄຳແນະນຳ ເລກທີ 2130/ກງ, ລົງວັນທີ 9 ກໍລະກົດ 2020\n");
        Assert.Equal("ການກະກຽມແຜນງົບປະມານປີ 2021", facts.Subject);
        Assert.Equal(["ພະແນກສາທາລະນະສຸກແຂວງ ທົ່ວປະເທດ", "ໂຮງໝໍສູນກາງ ທຸກແຫ່ງ"], facts.Addressees!);
        Assert.Equal("2130/ກງ", Assert.Single(facts.References).Number);
    }

    [Fact]
    public void A_fragment_has_no_identity()
    {
        var facts = Extract("ກະຊວງພາຍໃນ ຂໍແຈ້ງມາຍັງທ່ານ ພາຍໃນວັນທີ 20 ກັນຍາ 2021 ຕາມ ຄຳແນະນຳ ເລກທີ 12/ພນ");
        Assert.Equal((null, null, null), (facts.DocumentNumber, facts.DocumentDate, facts.Issuer));
        Assert.Equal("12/ພນ", Assert.Single(facts.References).Number);
    }

    [Theory]
    [InlineData("ອີງຕາມ ຄຳແນະນຳ ເລກທີ 12/ພນ ຂອງກະຊວງພາຍໃນ, ລົງວັນທີ 3 ກັນຍາ 2021")]
    [InlineData("ອີງຕາມ ຄຳແນະນຳ ຂອງກະຊວງພາຍໃນ ເລກທີ 12/ພນ, ລົງວັນທີ 3 ກັນຍາ 2021")]
    [InlineData("ອີງຕາມ ຄໍາແນະນໍາ ເລກທີ 12/ພນ ຂອງກະຊວງພາຍໃນ ລົງວັນ\nທີ 3 ກັນຍາ 2021")]
    [InlineData("- ອີງຕາມ ຄຳແນະນຳ ເລກທີ 12/ພນ ຂອງກະຊວງພາຍໃນ,\n\nລົງວັນທີ 3 ກັນຍາ 2021")]
    public void A_reference_carries_type_issuer_and_the_date_that_follows(string text)
    {
        var r = Assert.Single(Extract(text).References);
        Assert.Equal(("12/ພນ", "ຄຳແນະນຳ", "ກະຊວງພາຍໃນ", new DateOnly(2021, 9, 3)), (r.Number, r.Type, r.Issuer, r.Date));
    }

    [Fact]
    public void A_date_later_in_the_sentence_is_not_the_reference_date()
    {
        var r = Assert.Single(Extract("ຈັດຕັ້ງປະຕິບັດ ຄຳສັ່ງ ເລກທີ 12/ນຍ ໃຫ້ສຳເລັດກ່ອນວັນທີ 20 ກັນຍາ 2021").References);
        Assert.Null(r.Date);
    }

    [Fact]
    public void Damaged_date_after_damaged_words_is_still_the_reference_date()
    {
        var r = Assert.Single(Extract("- ອີງຕາມ ມະຕິ ເລກທີ 09/ສພຊ, ຄໍໆງວັນທີ 21 າັນວາ 2020").References);
        Assert.Equal(new DateOnly(2020, 12, 21), r.Date);
        Assert.InRange(r.DateConfidence!.Value, 0.7, 0.99);
    }

    [Fact]
    public void The_reading_that_keeps_the_document_after_what_it_cites_is_chosen()
    {
        // ກຸມຍາ is as close to ກຸມພາ (February) as to ກັນຍາ (September); the cited notice is of 3 September.
        var facts = Extract(Motto + "ກະຊວງສຶກສາທິການ ແລະ ກິລາ\nເລກທີ 1422/ສສກ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 20 ກຸມຍາ 2021\nຄຳແນະນຳ\n"
            + "- ອີງຕາມ ແຈ້ງການ ເລກທີ 12/ພນ, ລົງວັນທີ 3 ກັນຍາ 2021\n");
        Assert.Equal(new DateOnly(2021, 9, 20), facts.DocumentDate);
        Assert.Contains(facts.Dates, d => d.Date == new DateOnly(2021, 9, 20));
        Assert.False(facts.DatedBeforeCitation);
    }

    [Fact]
    public void A_document_dated_before_what_it_cites_is_flagged()
    {
        var facts = Extract(Motto + "ກະຊວງກະສິກຳ ແລະ ປ່າໄມ້\nເລກທີ 0918/ກປ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 14 ມິຖຸນາ 2019\nຂໍ້ຕົກລົງ\n"
            + "- ອີງຕາມ ດຳລັດ ເລກທີ 21/ນຍ, ລົງວັນທີ 14 ມິຖຸນາ 2021\n");
        Assert.True(facts.DatedBeforeCitation);
        Assert.Equal(new DateOnly(2019, 6, 14), facts.DocumentDate);
    }

    [Fact]
    public void Citation_text_in_lao() =>
        Assert.Equal("ຄຳແນະນຳ ຂອງ ຄະນະປະຈຳພັກແຂວງວຽງຈັນ ເລກທີ 042/ຄປ.ວຈ, ລົງວັນທີ 08 ທັນວາ 2023",
            CitationText.Format("ຄຳແນະນຳ", "ຄະນະປະຈຳພັກແຂວງວຽງຈັນ", "042/ຄປ.ວຈ", new DateOnly(2023, 12, 8)));

    [Fact]
    public void Citation_text_of_a_cited_document() =>
        Assert.Equal("ຄຳແນະນຳ ຂອງ ກະຊວງພາຍໃນ ເລກທີ 12/ພນ, ລົງວັນທີ 03 ກັນຍາ 2021",
            CitationText.Format(Assert.Single(Extract("ອີງຕາມ ຄຳແນະນຳ ເລກທີ 12/ພນ ຂອງກະຊວງພາຍໃນ, ລົງວັນທີ 3 ກັນຍາ 2021").References)));
}
