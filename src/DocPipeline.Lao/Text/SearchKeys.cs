using System.Text;

namespace DocPipeline.Lao.Text;

/// <summary>
/// Keys for the index and the query side, never shown to users: a key without tone marks,
/// and a key that folds the letters OCR confuses so that a correctly spelled query finds an
/// OCR-damaged page. Both expect canonical text (see <see cref="LaoTextEngine"/>).
/// </summary>
public static class SearchKeys
{
    /// <summary>
    /// Letters that Tesseract's `lao` model reads for one another, each group folded to its first
    /// letter. Measured on the corpus (raw `tesseract -l lao` against corpus/source, aligned by
    /// edit distance; OcrConfusionTests prints the table): ໜ/ໝ→ຫ, ບ→ຜ, ປ→ຝ, ຈ→ວ, ແ→ເ, ໄ→ໃ, ຸ→ູ,
    /// ົ→ິ ີ ຶ, ັ→ົ ື, ື→ຶ, ຖ→ຕ ດ, ດ→ຕ, ຫ→ທ, ຍ→ຢ; and ຄ→ດ in issuer codes. Pairs are only
    /// folded when the letters also look alike (ຈ→ນ, ພ→ນ, ໝ→ມ were seen but are not folded:
    /// ນ and ມ are too common to merge).
    /// </summary>
    public static readonly IReadOnlyList<string> ConfusionGroups =
    [
        "ບປພຜຝຟ",
        "ທຫໜໝ",
        "ດຕຄຖ",
        "ຍຢ",
        "ວຈ",
        "ເແ",
        "ໃໄ",
        "\u0EB4\u0EB5\u0EB6\u0EB7\u0EBB\u0EB1", // ິ ີ ຶ ື ົ ັ
        "\u0EB8\u0EB9",                         // ຸ ູ
    ];

    // Lao block (U+0E80–U+0EFF) → folded letter; '\0' drops the character.
    private static readonly char[] Fold = BuildFold();

    public static string WithoutTones(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text) if (!LaoScript.IsToneMark(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Tone-less, ໌ and ຼ dropped, ຳ as ໍ+າ, each confusion group folded to one letter, digits ASCII.</summary>
    public static string Folded(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (LaoScript.IsLao(c))
            {
                if (c == LaoScript.SaraAm) sb.Append(LaoScript.Niggahita).Append(LaoScript.SaraAa);
                else if (Fold[c - '\u0E80'] is var f and not '\0') sb.Append(f);
            }
            else sb.Append(Digits.ValueOf(c) is var v and >= 0 ? (char)('0' + v) : c);
        }
        return sb.ToString();
    }

    /// <summary>Whether two letters share a fold (tests and the confusion measurement use it).</summary>
    public static bool FoldedAlike(char a, char b) => Folded(a.ToString()) == Folded(b.ToString());

    private static char[] BuildFold()
    {
        var fold = new char[0x80];
        for (int i = 0; i < fold.Length; i++)
        {
            char c = (char)('\u0E80' + i);
            fold[i] = LaoScript.IsLaoDigit(c) ? (char)('0' + (c - '\u0ED0')) : c;
        }
        foreach (var group in ConfusionGroups)
            foreach (char c in group) fold[c - '\u0E80'] = group[0];
        for (char t = '\u0EC8'; t <= '\u0ECB'; t++) fold[t - '\u0E80'] = '\0'; // tone marks
        fold['\u0ECC' - '\u0E80'] = '\0';              // ໌
        fold[LaoScript.SubscriptLo - '\u0E80'] = '\0'; // ຫຼ and ຫລ read alike
        return fold;
    }
}
