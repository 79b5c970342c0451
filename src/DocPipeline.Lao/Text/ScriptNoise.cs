using System.Globalization;
using System.Text;

namespace DocPipeline.Lao.Text;

/// <summary>
/// Finds letters of scripts foreign to a Lao document (Khmer, Myanmar, Thai… as produced by OCR
/// with the wrong model or by a scanner's own OCR) and takes them out of a page, line by line:
/// a line whose letters are mostly foreign is dropped whole (left as a blank line, a paragraph
/// break), a word mostly foreign is dropped, foreign letters inside a Lao word are dropped.
/// Latin (names, acronyms, `136/PM`) and Vietnamese are legitimate and stay. Digits of a foreign
/// script are not removed (they are read as ASCII by the spelling chain) but reported.
/// </summary>
public static class ScriptNoise
{
    public static (string Text, NoiseReport Report) Remove(string pageText, int page)
    {
        if (OnlyLaoAndLatin(pageText)) return (pageText, NoiseReport.None with { KeptCharacters = NonSpace(pageText) });
        string[] lines = pageText.Split('\n');
        var positions = new List<NoisePosition>();
        int removed = 0, removedLines = 0, digits = 0, kept = 0;
        for (int li = 0; li < lines.Length; li++)
        {
            string line = lines[li];
            int lineNumber = li + 1;
            var (letters, foreign, script) = Census(line);
            if (foreign > 0 && 2 * foreign >= letters)
            {
                int n = NonSpace(line);
                removed += n;
                removedLines++;
                positions.Add(new NoisePosition(page, lineNumber, script!, "line", n));
                lines[li] = "";
                continue;
            }
            if (foreign > 0) lines[li] = line = RemoveFromWords(line, page, lineNumber, positions, ref removed);
            kept += NonSpace(line);
            var (foreignDigits, digitScript) = ForeignDigitCount(line);
            if (foreignDigits > 0)
            {
                digits += foreignDigits;
                positions.Add(new NoisePosition(page, lineNumber, digitScript!, "digits", foreignDigits));
            }
        }
        var report = removed == 0 && digits == 0
            ? NoiseReport.None with { KeptCharacters = kept }
            : new NoiseReport(removed, removedLines, digits, kept, positions, NoiseReport.IsMostlyNoise(removed, kept));
        return (removed == 0 ? pageText : string.Join('\n', lines), report);
    }

    /// <summary>The script of a letter or mark foreign to a Lao document, or null (Lao, Latin, Vietnamese, not a letter).</summary>
    public static string? ForeignScriptOf(char c)
    {
        if (c < '\u0250' || LaoScript.IsLao(c)) return null;
        if (!IsLetterOrMark(c)) return null;
        return c switch
        {
            >= '\u0300' and <= '\u036F' => null,                          // combining diacritics (Vietnamese)
            >= '\u1AB0' and <= '\u1AFF' or >= '\u1DC0' and <= '\u1DFF' => null,
            >= '\u1E00' and <= '\u1EFF' => null,                          // Latin extended additional (Vietnamese)
            >= '\u2C60' and <= '\u2C7F' or >= '\uA720' and <= '\uA7FF' or >= '\uFF21' and <= '\uFF5A' => null,
            >= '\u1780' and <= '\u17FF' or >= '\u19E0' and <= '\u19FF' => "Khmer",
            >= '\u1000' and <= '\u109F' or >= '\uA9E0' and <= '\uA9FF' or >= '\uAA60' and <= '\uAA7F' => "Myanmar",
            >= '\u0E00' and <= '\u0E7F' => "Thai",
            >= '\u0370' and <= '\u03FF' => "Greek",
            >= '\u0400' and <= '\u052F' => "Cyrillic",
            >= '\u4E00' and <= '\u9FFF' or >= '\u3040' and <= '\u30FF' or >= '\uAC00' and <= '\uD7AF' => "CJK",
            _ => "Other",
        };
    }

    private static bool IsLetterOrMark(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Letters (and marks) in the text, how many are foreign, and the most frequent foreign script.</summary>
    private static (int Letters, int Foreign, string? Script) Census(ReadOnlySpan<char> text)
    {
        int letters = 0, foreign = 0;
        Dictionary<string, int>? scripts = null;
        foreach (char c in text)
        {
            if (c < '\u0250' ? char.IsLetter(c) : LaoScript.IsLao(c) ? LaoScript.IsLaoLetter(c) : IsLetterOrMark(c)) letters++;
            else continue;
            if (ForeignScriptOf(c) is not { } s) continue;
            foreign++;
            scripts ??= [];
            scripts[s] = scripts.GetValueOrDefault(s) + 1;
        }
        return (letters, foreign, scripts?.MaxBy(kv => kv.Value).Key);
    }

    private static string RemoveFromWords(string line, int page, int lineNumber, List<NoisePosition> positions, ref int removed)
    {
        var sb = new StringBuilder(line.Length);
        int droppedWords = 0, droppedLetters = 0;
        string? wordScript = null, letterScript = null;
        int i = 0;
        while (i < line.Length)
        {
            if (char.IsWhiteSpace(line[i])) { sb.Append(line[i++]); continue; }
            int end = i;
            while (end < line.Length && !char.IsWhiteSpace(line[end])) end++;
            var word = line.AsSpan(i, end - i);
            var (letters, foreign, s) = Census(word);
            if (foreign == 0) sb.Append(word);
            else if (2 * foreign >= letters) { droppedWords += word.Length; wordScript ??= s; }
            else
            {
                foreach (char c in word) if (ForeignScriptOf(c) is null) sb.Append(c); else droppedLetters++;
                letterScript ??= s;
            }
            i = end;
        }
        if (droppedWords > 0) positions.Add(new NoisePosition(page, lineNumber, wordScript!, "words", droppedWords));
        if (droppedLetters > 0) positions.Add(new NoisePosition(page, lineNumber, letterScript!, "letters", droppedLetters));
        removed += droppedWords + droppedLetters;
        return CollapseSpaces(sb.ToString());
    }

    /// <summary>Spaces left doubled where a word was dropped become one.</summary>
    private static string CollapseSpaces(string line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (char c in line.Trim())
            if (c != ' ' || sb.Length == 0 || sb[^1] != ' ') sb.Append(c);
        return sb.ToString();
    }

    private static (int Count, string? Script) ForeignDigitCount(string line)
    {
        int n = 0;
        string? script = null;
        foreach (char c in line)
        {
            if (c < '\u0660' || LaoScript.IsLao(c) || CharUnicodeInfo.GetDecimalDigitValue(c) < 0) continue;
            n++;
            script ??= DigitScriptOf(c);
        }
        return (n, script);
    }

    private static string DigitScriptOf(char c) => c switch
    {
        >= '\u1040' and <= '\u1049' or >= '\u1090' and <= '\u1099' => "Myanmar",
        >= '\u17E0' and <= '\u17E9' => "Khmer",
        >= '\u0E50' and <= '\u0E59' => "Thai",
        >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9' => "Arabic",
        >= '\uFF10' and <= '\uFF19' => "Fullwidth",
        _ => "Other",
    };

    /// <summary>The common case, checked fast: nothing beyond Latin but Lao, so no foreign letters or digits.</summary>
    private static bool OnlyLaoAndLatin(string text)
    {
        foreach (char c in text)
            if (c >= '\u0250' && !LaoScript.IsLao(c)) return false;
        return true;
    }

    private static int NonSpace(string line)
    {
        int n = 0;
        foreach (char c in line) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }
}
