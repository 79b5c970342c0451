using System.Text;
using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;

namespace DocPipeline.Archive;

/// <summary>
/// Lookup keys for reference numbers. The exact key is the text engine's (<see cref="ReferenceNumbers.KeyOf"/>);
/// the folded key also absorbs what OCR does to issuer codes: besides the word-level confusions of
/// <see cref="SearchKeys.Folded"/>, it reads ຄ as ດ and ຈ as ວ or ນ (seen on the corpus: `042/ຄປ.ວຈ` came
/// back as `042/ຄປ.ວນ`, `157/ຄຈສກ` as `157/ຄວສກ`). Codes are a few letters after a number, so folding
/// them harder than words rarely joins two real numbers; an exact match always ranks first.
/// </summary>
public static class ReferenceKeys
{
    public static string Exact(string number) => ReferenceNumbers.KeyOf(number);

    /// <summary>The folded key of an exact key (`42/ຄປວຈ` → `42/ດບວວ`).</summary>
    public static string Folded(string exactKey)
    {
        int slash = exactKey.IndexOf('/');
        if (slash < 0) return exactKey;
        var sb = new StringBuilder(exactKey.Length);
        sb.Append(exactKey, 0, slash + 1);
        foreach (char c in SearchKeys.Folded(exactKey[(slash + 1)..]))
            sb.Append(c switch
            {
                'ຄ' => 'ດ',
                'ຈ' or 'ນ' => 'ວ',
                _ => c,
            });
        return sb.ToString();
    }
}
