using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;
using DocPipeline.Testing;

namespace DocPipeline.Lao.Tests;

public class ExtractionTests
{
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
        var reference = Assert.Single(facts.References);
        Assert.Equal("303/ນຍ", reference.Number);
        Assert.Equal(new DateOnly(2011, 9, 26), reference.Date);
        Assert.Equal("ດຳລັດ", reference.Type);
    }

    [Fact]
    public void Own_number_is_not_a_reference()
    {
        var facts = Extract(Repo.GroundTruth("d02"));
        Assert.Equal("157/ຄຈສກ", facts.DocumentNumber);
        Assert.DoesNotContain(facts.References, r => r.Number == "157/ຄຈສກ");
        Assert.Equal(["042/ຄປ.ວຈ", "68/ສພຊ"], facts.References.Select(r => r.Number));
    }

    [Theory]
    [InlineData("ເລກທີ. ၁၂၇/ຄປ.ວຈ", "127/ຄປ.ວຈ")]
    [InlineData("ເລກທີ ໐໔໒/ຄປ.ວຈ", "042/ຄປ.ວຈ")]
    [InlineData("ຕາມ 136/PM ແລະ", "136/PM")]
    public void Reference_numbers_in_any_digits(string text, string expected) =>
        Assert.Equal(expected, ReferenceNumbers.Find(_engine.Normalize(text)).Single().Written);

    [Theory]
    [InlineData("ໄດ້ຄະແນນ 92,5/100 ຄະແນນ")]
    [InlineData("ວັນທີ 05/03/2024")]
    public void Scores_and_numeric_dates_are_not_references(string text) =>
        Assert.Empty(ReferenceNumbers.Find(text));

    [Theory]
    [InlineData("ວັນທີ 3 ກັນຍາ 2021", 2021, 9, 3)]
    [InlineData("ວັນທີ3 ກັນຍາ 2021", 2021, 9, 3)]
    [InlineData("ລົງວັນທີ 15 ເດືອນມັງກອນ 2019", 2019, 1, 15)]
    [InlineData("ວັນທີ 05/03/2024", 2024, 3, 5)]
    [InlineData("ວັນທີ ໒໖ ກັນຍາ ພ.ສ. ໒໕໕໔", 2011, 9, 26)]
    public void Dates(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), new DateFinder().Find(Digits.ToAscii(_engine.Normalize(text))).Single().Date);

    [Fact]
    public void A_bare_year_is_not_a_date() => Assert.Empty(new DateFinder().Find("ແຜນການປີ 2021"));

    [Fact]
    public void Reference_keys_ignore_digit_script_zeros_and_dots() =>
        Assert.Equal(ReferenceNumbers.KeyOf("042/ຄປ.ວຈ"), ReferenceNumbers.KeyOf("໐໔໒/ຄປວຈ"));

    [Fact]
    public void Citation_text_in_lao() =>
        Assert.Equal("ຄຳແນະນຳ ຂອງ ຄະນະປະຈຳພັກແຂວງວຽງຈັນ ເລກທີ 042/ຄປ.ວຈ, ລົງວັນທີ 08 ທັນວາ 2023",
            CitationText.Format("ຄຳແນະນຳ", "ຄະນະປະຈຳພັກແຂວງວຽງຈັນ", "042/ຄປ.ວຈ", new DateOnly(2023, 12, 8)));
}
