using System.Text;

namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// The modern spellings that the Lao lexicon (hunspell-lo) uses: ໍ+າ → ຳ (also with a tone
/// mark typed between them), a tone mark typed after ຳ goes before it, ຫນ → ໜ, ຫມ → ໝ, ຫລ → ຫຼ. ຫ is never a final consonant in Lao,
/// so ຫ followed by ນ, ມ or ລ is always the cluster, except in an issuer code (`0375/ທຫລ`, the initials of ທະນາຄານ ແຫ່ງ
/// ລາວ): a code is an identifier of letters each standing for a word, kept as printed.
/// </summary>
public sealed class LaoSpelling : ITextFilter
{
    public string Apply(string text)
    {
        if (!NeedsWork(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == LaoScript.Niggahita)
            {
                if (next == LaoScript.SaraAa) { sb.Append(LaoScript.SaraAm); i++; continue; }
                if (LaoScript.IsToneMark(next) && i + 2 < text.Length && text[i + 2] == LaoScript.SaraAa)
                {
                    sb.Append(next).Append(LaoScript.SaraAm);
                    i += 2;
                    continue;
                }
            }
            else if (c == LaoScript.SaraAm && LaoScript.IsToneMark(next))
            {
                // Of a tone before and one after ຳ, the last typed stays.
                if (sb.Length > 0 && LaoScript.IsToneMark(sb[^1])) sb[^1] = next; else sb.Append(next);
                sb.Append(LaoScript.SaraAm);
                i++;
                continue;
            }
            else if (c == 'ຫ' && !InIssuerCode(text, i))
            {
                switch (next)
                {
                    case 'ນ': sb.Append('ໜ'); i++; continue;
                    case 'ມ': sb.Append('ໝ'); i++; continue;
                    case 'ລ':
                        sb.Append('ຫ').Append(LaoScript.SubscriptLo);
                        i++;
                        if (i + 1 < text.Length && text[i + 1] == LaoScript.SubscriptLo) i++; // ລ's own stray ຼ would double it
                        continue;
                }
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    // Whether text[at] is in the letters after a number's slash (`042/ຄປ.ວຈ`, `໐໓໗໕ / ທຫລ`): back over Lao
    // consonants, ຼ and dots to a slash with a digit before it.
    private static bool InIssuerCode(string text, int at)
    {
        int i = at - 1;
        while (i >= 0 && (LaoScript.IsConsonant(text[i]) || text[i] is '.' or LaoScript.SubscriptLo)) i--;
        while (i >= 0 && text[i] == ' ') i--;
        if (i < 0 || text[i] != '/') return false;
        i--;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && Digits.IsDigit(text[i]);
    }

    private static bool NeedsWork(string text)
    {
        for (int i = 0; i + 1 < text.Length; i++)
        {
            char c = text[i], next = text[i + 1];
            if (c == LaoScript.Niggahita || (c == LaoScript.SaraAm && LaoScript.IsToneMark(next)) || (c == 'ຫ' && next is 'ນ' or 'ມ' or 'ລ'))
                return true;
        }
        return false;
    }
}
