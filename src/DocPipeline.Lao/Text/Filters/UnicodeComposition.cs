using System.Text;

namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// NFC. Never NFKC: it splits ຳ, ໜ and ໝ apart.
/// Text made only of Lao and characters below U+0300 is skipped: no character there has a
/// canonical decomposition, and the one thing NFC would do in it, putting ຸ ູ before a tone
/// mark, <see cref="MarkOrder"/> does as well (tone marks last). This keeps the chain fast.
/// </summary>
public sealed class UnicodeComposition : ITextFilter
{
    public string Apply(string text)
    {
        if (!NeedsIcu(text)) return text;
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static bool NeedsIcu(string text)
    {
        foreach (char c in text)
            if (c >= '\u0300' && !LaoScript.IsLao(c) && c != '\u200B') return true;
        return false;
    }
}
