namespace DocPipeline.Lao.Extraction;

/// <summary>
/// The kinds of directive every archive knows from the start, recognized through OCR damage (ໜ read as ຫ, a tone
/// mark added or dropped, a vowel changed) by <see cref="ConfusableDistance"/>; the standard spelling is returned.
/// Other kinds (a company's `ກົດລະບຽບ`, a hospital's `ໃບແຈ້ງການ`) are read from where a title stands and learned
/// from the archive: see <see cref="TypeVocabulary"/>.
/// </summary>
public static class DocumentTypes
{
    public static readonly IReadOnlyList<string> Names =
    [
        "ດຳລັດ", "ລັດຖະດຳລັດ", "ຄຳສັ່ງ", "ຄຳແນະນຳ", "ມະຕິ", "ແຈ້ງການ", "ຂໍ້ຕົກລົງ", "ກົດໝາຍ",
        "ລະບຽບການ", "ໜັງສືສະເໜີ", "ໜັງສືແຈ້ງ", "ບົດແນະນຳ", "ຂໍ້ກຳນົດ", "ບົດບັນທຶກ", "ປະກາດ", "ລັດຖະບັນຍັດ",
    ];

    /// <summary>The standard type a text starts with (after a bullet or stray marks), or null.</summary>
    public static string? StartOf(string text) => TypeVocabulary.Standard.StartOf(text);

    /// <summary>The standard type a text starts with, how many characters of the text it covers, and how sure the match is.</summary>
    public static TypeMatch? MatchAtStart(string text) => TypeVocabulary.Standard.MatchAtStart(text);
}

/// <summary>A type name recognized at the start of a text: the standard spelling, the length it covers, the confidence.</summary>
public sealed record TypeMatch(string Type, int Length, double Confidence);
