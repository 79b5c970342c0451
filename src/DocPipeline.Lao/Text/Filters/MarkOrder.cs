using System.Text;

namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// Puts combining marks in the order the font and the lexicon expect: a tone mark typed
/// before an upper or lower vowel moves after it; repeated vowel signs or tone marks
/// collapse (of several tone marks the last one stays); ຼ comes right after its consonant.
/// NFC only reorders the below vowels (class 118) against tone marks (122), never the
/// upper vowels (class 0), so this runs after it.
/// </summary>
public sealed class MarkOrder : ITextFilter
{
    public string Apply(string text)
    {
        if (!NeedsWork(text)) return text;
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (!LaoScript.IsCombiningMark(text[i])) { sb.Append(text[i++]); continue; }
            int start = i;
            while (i < text.Length && LaoScript.IsCombiningMark(text[i])) i++;
            AppendCluster(sb, text.AsSpan(start, i - start));
        }
        return sb.ToString();
    }

    private static void AppendCluster(StringBuilder sb, ReadOnlySpan<char> marks)
    {
        char subscript = '\0', vowel = '\0', tone = '\0';
        Span<char> others = stackalloc char[Math.Min(marks.Length, 64)];
        int count = 0;
        foreach (char m in marks)
        {
            if (m == LaoScript.SubscriptLo) subscript = m;
            else if (LaoScript.IsToneMark(m)) tone = m;                // the last tone stays
            else if (LaoScript.IsAboveOrBelowVowel(m) && (vowel == '\0' || vowel == m)) vowel = m;
            else if (m != vowel && (count == 0 || others[count - 1] != m) && count < others.Length) others[count++] = m;
        }
        if (subscript != '\0') sb.Append(subscript);
        if (vowel != '\0') sb.Append(vowel);
        sb.Append(others[..count]);
        if (tone != '\0') sb.Append(tone);
    }

    private static bool NeedsWork(string text)
    {
        for (int i = 1; i < text.Length; i++)
            if (LaoScript.IsCombiningMark(text[i]) && LaoScript.IsCombiningMark(text[i - 1])) return true;
        return false;
    }
}
