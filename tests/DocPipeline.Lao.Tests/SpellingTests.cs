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
    [InlineData("ກ\u0EC8\u0EB4", "ກ\u0EB4\u0EC8")]   // tone before upper vowel moves after it
    [InlineData("ກ\u0EC8\u0EC8", "ກ\u0EC8")]         // a doubled tone mark collapses
    [InlineData("ກ\u0EC8\u0EC9", "ກ\u0EC9")]         // of two tone marks the last stays
    [InlineData("ສຶກ\u200Bສາ", "ສຶກສາ")]             // zero-width space removed from display text
    [InlineData("ເລກທີ ၁၂၇/ຄປ.ວຈ", "ເລກທີ 127/ຄປ.ວຈ")] // Myanmar digits are OCR noise → ASCII
    [InlineData("ເລກທີ ໐໔໒/ຄປ.ວຈ", "ເລກທີ ໐໔໒/ຄປ.ວຈ")] // Lao digits stay as written
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
