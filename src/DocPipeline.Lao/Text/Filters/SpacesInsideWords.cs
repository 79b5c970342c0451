using System.Text;

namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// Removes spaces that OCR put inside a Lao word (`ປ ະ ເດັນ` → `ປະເດັນ`, `ກ ່ານ` → `ກ່ານ`). Lao
/// uses spaces between phrases, so a space goes only where its neighbours cannot be whole
/// pieces: the piece after it starts with a sign that belongs to a consonant before it (a
/// combining mark, ະ າ ຳ ຽ), the piece before it ends with a leading vowel (ເ ແ ໂ ໃ ໄ), or one
/// of the two is a bare consonant or nothing but vowel signs. ໆ after a space stays (`ຕ່າງ ໆ`).
/// </summary>
public sealed class SpacesInsideWords : ITextFilter
{
    public string Apply(string text)
    {
        if (!LaoScript.ContainsLao(text) || !text.Contains(' ')) return text;
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] != ' ') { sb.Append(text[i++]); continue; }
            int end = i;
            while (end < text.Length && text[end] == ' ') end++;
            if (!IsInsideWord(text, i, end)) sb.Append(text, i, end - i);
            i = end;
        }
        return sb.ToString();
    }

    /// <summary>Whether the spaces text[start..end) sit inside a Lao word.</summary>
    private static bool IsInsideWord(string text, int start, int end)
    {
        if (start == 0 || end == text.Length) return false;
        var before = PieceEndingAt(text, start);
        var after = PieceStartingAt(text, end);
        if (before.IsEmpty || after.IsEmpty) return false;
        return LaoScript.IsDependent(after[0])
            || LaoScript.IsLeadingVowel(before[^1])
            || IsFragment(before) || IsFragment(after);
    }

    /// <summary>A piece that cannot be a word by itself: one bare consonant (with ຼ), or only vowel signs.</summary>
    private static bool IsFragment(ReadOnlySpan<char> piece)
    {
        if (LaoScript.IsConsonant(piece[0]) && (piece.Length == 1 || (piece.Length == 2 && piece[1] == LaoScript.SubscriptLo))) return true;
        foreach (char c in piece) if (!LaoScript.IsDependent(c)) return false;
        return true;
    }

    private static ReadOnlySpan<char> PieceEndingAt(string text, int end)
    {
        int start = end;
        while (start > 0 && IsPieceCharacter(text[start - 1])) start--;
        return text.AsSpan(start, end - start);
    }

    private static ReadOnlySpan<char> PieceStartingAt(string text, int start)
    {
        int end = start;
        while (end < text.Length && IsPieceCharacter(text[end])) end++;
        return text.AsSpan(start, end - start);
    }

    // ໆ and ຯ are Lao but stand apart; digits are not pieces of words.
    private static bool IsPieceCharacter(char c) => LaoScript.IsLaoLetter(c) && c != '\u0EC6' && c != '\u0EAF';
}
