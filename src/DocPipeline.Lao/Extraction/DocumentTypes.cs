using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>The kinds of directive a title line or a citation names.</summary>
public static class DocumentTypes
{
    public static readonly IReadOnlyList<string> Names =
    [
        "ດຳລັດ", "ລັດຖະດຳລັດ", "ຄຳສັ່ງ", "ຄຳແນະນຳ", "ມະຕິ", "ແຈ້ງການ", "ຂໍ້ຕົກລົງ", "ກົດໝາຍ",
        "ລະບຽບການ", "ໜັງສືສະເໜີ", "ໜັງສືແຈ້ງ", "ບົດແນະນຳ", "ຂໍ້ກຳນົດ", "ບົດບັນທຶກ",
    ];

    /// <summary>
    /// The type a text starts with, longest name first, or null. Compared without tone marks,
    /// which OCR adds and drops (ຂໍ້ຕົກລົງ read as ຂໍຕົກລົງ); the standard spelling is returned.
    /// </summary>
    public static string? StartOf(string text)
    {
        string t = SearchKeys.WithoutTones(text.TrimStart(' ', '-', '•', '\t'));
        return Names.Where(n => t.StartsWith(SearchKeys.WithoutTones(n), StringComparison.Ordinal))
            .OrderByDescending(n => n.Length).FirstOrDefault();
    }

    /// <summary>Length in <paramref name="text"/> of the type name it starts with, tone marks included.</summary>
    public static int LengthIn(string text, string type)
    {
        int want = SearchKeys.WithoutTones(type).Length, seen = 0, i = 0;
        for (; i < text.Length && seen < want; i++) if (!LaoScript.IsToneMark(text[i])) seen++;
        while (i < text.Length && LaoScript.IsToneMark(text[i])) i++;
        return i;
    }
}
