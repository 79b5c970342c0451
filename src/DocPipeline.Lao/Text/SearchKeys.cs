using System.Text;

namespace DocPipeline.Lao.Text;

/// <summary>
/// Keys for the index and the query side, never shown to users: a key without tone marks,
/// and a key that folds the letters OCR confuses so that a correctly spelled query finds an
/// OCR-damaged page. Both expect canonical text (see <see cref="LaoTextEngine"/>).
/// </summary>
public static class SearchKeys
{
    public static string WithoutTones(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text) if (!LaoScript.IsToneMark(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Tone-less, then each group of confusable letters folded to one representative.</summary>
    public static string Folded(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (LaoScript.IsToneMark(c) || c == '\u0ECC') continue;
            switch (c)
            {
                case 'ຜ' or 'ຝ' or 'ຟ': sb.Append('ພ'); break;
                case 'ຫ': sb.Append('ທ'); break;
                case 'ໜ' or 'ໝ': sb.Append('ທ'); break; // OCR reads both as ຫ
                case 'ປ': sb.Append('ບ'); break;
                case 'ຕ': sb.Append('ດ'); break;
                case 'ຢ': sb.Append('ຍ'); break;
                case 'ີ': sb.Append('ິ'); break;
                case 'ື': sb.Append('ຶ'); break;
                case 'ູ': sb.Append('ຸ'); break;
                case 'ັ': sb.Append('ົ'); break;
                case 'ຳ': sb.Append('ໍ').Append('າ'); break;
                case '\u0EBC': break; // ຼ: ຫຼ and ຫລ read alike
                default: sb.Append(Digits.ValueOf(c) is var v and >= 0 ? (char)('0' + v) : c); break;
            }
        }
        return sb.ToString();
    }
}
