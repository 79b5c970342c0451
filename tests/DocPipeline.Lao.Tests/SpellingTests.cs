using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Tests;

public class SpellingTests
{
    private readonly LaoTextEngine _engine = new();

    [Theory]
    [InlineData("ຄໍາແນະນໍາ", "ຄຳແນະນຳ")]            // ໍ + າ → ຳ
    [InlineData("ນ\u0ECD\u0EC9\u0EB2", "ນ\u0EC9\u0EB3")] // ໍ + tone + າ → tone + ຳ (ນ້ຳ)
    [InlineData("ຫນັງສື", "ໜັງສື")]                 // ຫນ → ໜ
    [InlineData("ຫມາຍ", "ໝາຍ")]                     // ຫມ → ໝ
    [InlineData("ຫລວງ", "ຫຼວງ")]                     // ຫລ → ຫຼ
    [InlineData("ເລກທີ ໐໓໗໕/ທຫລ ຫລວງ", "ເລກທີ ໐໓໗໕/ທຫລ ຫຼວງ")] // … but not in an issuer code: its letters are initials
    [InlineData("12 / ກ.ຫນ ແລະ 5/ຫມ", "12 / ກ.ຫນ ແລະ 5/ຫມ")] // … after a dot in the code, spaces around the slash
    [InlineData("ກ/ຫລ", "ກ/ຫຼ")]                     // a slash after letters is no number's
    [InlineData("ກ\u0EC8\u0EB4", "ກ\u0EB4\u0EC8")]   // tone before upper vowel moves after it
    [InlineData("ກ\u0EC8\u0EC8", "ກ\u0EC8")]         // a doubled tone mark collapses
    [InlineData("ກ\u0EC8\u0EC9", "ກ\u0EC9")]         // of two tone marks the last stays
    [InlineData("ສຶກ\u200Bສາ", "ສຶກສາ")]             // zero-width space removed from display text
    [InlineData("ເລກທີ ၁၂၇/ຄປ.ວຈ", "ເລກທີ 127/ຄປ.ວຈ")] // Myanmar digits are OCR noise → ASCII
    [InlineData("ເລກທີ ໐໔໒/ຄປ.ວຈ", "ເລກທີ ໐໔໒/ຄປ.ວຈ")] // Lao digits stay as written
    [InlineData("ເລກທີ 0໔໒/ຄປ, ໒0໒໐", "ເລກທີ ໐໔໒/ຄປ, ໒໐໒໐")] // a zero takes its number's script (໐ and 0 look alike)
    [InlineData("ປີ 2໐24 ແລະ 10 ຄົນ", "ປີ 2024 ແລະ 10 ຄົນ")] // … both ways
    [InlineData("00 ແລະ ໐໐ ແລະ 1໐໑", "00 ແລະ ໐໐ ແລະ 1໐໑")] // zeros alone, or a number of both scripts: left as read
    [InlineData("ຄ\u0EB8\u0EBC", "ຄ\u0EBC\u0EB8")]   // ຼ comes right after its consonant
    [InlineData("ຫ\u0EC9\u0EBCວງ", "ຫ\u0EBC\u0EC9ວງ")] // … also before a tone mark
    [InlineData("ກ\u0EB4\u0EB4ນ", "ກ\u0EB4ນ")]         // a doubled upper vowel collapses
    [InlineData("ກ\u0EB8\u0EB8", "ກ\u0EB8")]           // a doubled lower vowel collapses
    [InlineData("ກາາ", "ກາ")]                        // a doubled following vowel collapses
    [InlineData("ເເຂວງ", "ແຂວງ")]                    // ເເ typed for ແ
    [InlineData("ກ\u0EC8\u0EB4\u0EC9", "ກ\u0EB4\u0EC9")] // tone, vowel, tone: vowel first, last tone stays
    [InlineData("ນຳ\u0EC9", "ນ\u0EC9ຳ")]              // a tone typed after ຳ goes before it
    [InlineData("ນ\u0EC8ຳ\u0EC9", "ນ\u0EC9ຳ")]        // … and of two tones the last stays
    [InlineData("\u0EC8ກາ", "ກາ")]                  // a mark at the start of the text is dropped
    [InlineData("ການ \u0EB4ຂອງ", "ການ ຂອງ")]        // … after a space
    [InlineData("ການ\u200B\u0EC9ຂອງ", "ການຂອງ")]    // … after a zero-width space (a word boundary)
    [InlineData("(\u0EB4ກ)", "(ກ)")]               // … after punctuation
    [InlineData("ເ\u0EC8ກ", "ເກ")]                  // … after a leading vowel
    [InlineData("PM\u200BASEAN", "PM ASEAN")]       // a zero-width space between Latin words becomes a space
    [InlineData("ກ\u200Dາ\u00AD", "ກາ")]            // joiners and soft hyphens removed
    [InlineData("\uFEFFສາ", "ສາ")]                  // BOM removed
    [InlineData("ເລກທີ ០៤២/ຄປ", "ເລກທີ 042/ຄປ")]     // Khmer digits → ASCII
    [InlineData("ປີ ๒๕๖๖", "ປີ 2566")]               // Thai digits → ASCII
    [InlineData("ນ\u0EC9\u0ECDາ", "ນ\u0EC9ຳ")]        // tone + ໍ + າ
    public void Canonical_spelling(string before, string after) => Assert.Equal(after, _engine.Normalize(before));

    [Theory]
    [InlineData("ຄໍາແນະນໍາ ຫນັງສື ກ\u0EC8\u0EB4 ၁၂")]
    [InlineData("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ")]
    public void Normalization_is_idempotent(string text)
    {
        string once = _engine.Normalize(text);
        Assert.Equal(once, _engine.Normalize(once));
    }

    [Fact]
    public void Never_NFKC_ligatures_survive()
    {
        string text = _engine.Normalize("ໜ້າທີ່ ໝາກໄມ້ ນ້ຳ");
        Assert.Contains('ໜ', text);
        Assert.Contains('ໝ', text);
        Assert.Contains('ຳ', text);
    }
}
