using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Legacy;

namespace DocPipeline.Lao.Tests.Text;

/// <summary>Lao typed in legacy 8-bit fonts (LSWin: Saysettha Lao …) read as the Unicode Lao the font draws.</summary>
public class TextLegacyFontTests
{
    private readonly LaoTextEngine _engine = new();

    // ວັດທະນະຖາວອນ, the last word of the state motto, as Saysettha Lao keeps it: ວ ັ ດ ທ ະ ນ ະ ຖ າ ວ ອ ນ.
    private const string Watthanathavon = "\u00B8\u00F1\u00A9\u00EA\u00BD\u00DF\u00BD\u00AB\u00BE\u00B8\u00BA\u00DF";

    [Fact]
    public void A_saysettha_lao_word_decodes_to_the_intended_lao()
    {
        var encoding = LegacyLaoFonts.ForFont("Saysettha Lao")!;
        Assert.Equal(("ວັດທະນະຖາວອນ", 12), encoding.Decode(Watthanathavon));
    }

    [Fact]
    public void Every_spelling_of_a_code_decodes_alike_and_ascii_stays()
    {
        var lswin = LsWinEncoding.Instance;
        // ກ (0xA1) as Latin-1, as a symbol font's U+F0A1; ີ້ (0x9A) as Windows-1252 š and as the C1 control U+009A.
        Assert.Equal("ກ ກ ຂີ້ ຂີ້ 042/ຄປ.", lswin.Decode("\u00A1 \uF0A1 \u00A2\u0161 \u00A2\u009A 042/\u00A3\u00AF.").Text);
        // ນ: 0xDF in current fonts, the soft hyphen 0xAD in older ones; both tone-mark heights are one tone.
        Assert.Equal("ນ້ຳ ນ້ຳ ເສັ່ງ ເສັ່ງ", lswin.Decode("\u00DF\u00FB\u00BF \u00AD\u00C9\u00BF \u00C0\u00A6\u00F1\u00FA\u00A4 \u00C0\u00A6\u00F1\u00C8\u00A4").Text);
    }

    [Theory]
    [InlineData("Saysettha Lao", true)]
    [InlineData("ABCDEF+SaysetthaLao,Bold", true)]
    [InlineData("Chanthabouli Lao", true)]
    [InlineData("Saysettha OT", false)]       // Unicode
    [InlineData("Phetsarath OT", false)]      // Unicode
    [InlineData("DokChampa", false)]          // Unicode
    [InlineData("Times New Roman", false)]
    [InlineData(null, false)]
    public void Legacy_fonts_are_known_by_name_and_unicode_lao_fonts_are_not(string? font, bool legacy) =>
        Assert.Equal(legacy, LegacyLaoFonts.ForFont(font) is not null);

    [Fact]
    public void Without_a_font_name_a_legacy_tail_beside_unicode_lao_is_decoded_and_reported()
    {
        string page = "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ\nສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ " + Watthanathavon;
        var clean = _engine.CleanPage(page, 1);
        Assert.Equal("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ\nສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ", clean.Text);
        Assert.Equal(12, clean.Noise.DecodedCharacters);
        var position = Assert.Single(clean.Noise.Positions);
        Assert.Equal(new NoisePosition(1, 2, "LSWin", "decoded", 12), position);
        Assert.Equal(0, clean.Noise.RemovedCharacters);
    }

    [Fact]
    public void A_legacy_syllable_glued_to_a_unicode_word_is_decoded()
    {
        // ວັດທະນະ typed in Unicode, ຖາວອນ finished in the old font, no space between.
        var clean = _engine.CleanPage("ວັດທະນະ\u00AB\u00BE\u00B8\u00BA\u00DF", 1);
        Assert.Equal("ວັດທະນະຖາວອນ", clean.Text);
    }

    [Fact]
    public void Ocr_text_is_never_taken_for_legacy_fonts()
    {
        // Symbols OCR misread beside Lao letters (º before ນຍ) would look like a legacy syllable touching Lao.
        const string ocr = "ເລກທີ 303/º´ນຍ";
        Assert.Equal("ເລກທີ 303/ອມນຍ", _engine.CleanPage(ocr, 1).Text);
        var clean = _engine.CleanPage(ocr, 1, mayHoldLegacyFonts: false);
        Assert.Equal(ocr, clean.Text);
        Assert.Equal(0, clean.Noise.DecodedCharacters);
    }

    [Theory]
    [InlineData("Le décret n° 42 a été signé à Vientiane ± 2 jours")]             // no Lao on the line
    [InlineData("ກະຊວງການເງິນ\nRéunion à l'hôtel, 25 °C")]                   // Lao elsewhere, French line
    [InlineData("ກະຊວງ © 2023 ການເງິນ")]                                        // a lone symbol between Lao words
    [InlineData("ກະຊວງ\u00ADການເງິນ")]                                          // a real soft hyphen inside a Lao word
    public void Latin1_text_that_is_not_legacy_lao_is_left_alone(string text)
    {
        string expected = _engine.CleanPage(text.Replace("\u00AD", ""), 1).Text;
        var clean = _engine.CleanPage(text, 1);
        Assert.Equal(expected, clean.Text);
        Assert.Equal(0, clean.Noise.DecodedCharacters);
    }
}
