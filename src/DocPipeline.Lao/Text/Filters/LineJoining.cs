using System.Text;
using System.Text.RegularExpressions;

namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// Joins lines that OCR or the page layout broke inside a paragraph: between two Lao letters
/// with nothing (Lao has no spaces between words), otherwise with one space.
/// A break is kept at a blank line, before a new item (`1).`, `-`, `I.`, `ກ)`, `ມາດຕາ`, `ອີງຕາມ` …),
/// after a line ending in `:` `;` `.` `!` `?`, after a short line (one that did not reach the
/// right margin: narrower than <see cref="FullLine"/> of the page's widest line), and inside
/// the header block (motto, issuer, `ເລກທີ` and date lines, title), which extraction reads
/// line by line. A break in the middle of a syllable (the next line starts with a mark or a
/// following vowel, or the line ends with a leading vowel) is always joined.
/// </summary>
public sealed partial class LineJoining : ITextFilter
{
    private const double FullLine = 0.75;
    private const int HeaderLines = 14;

    [GeneratedRegex(@"^\s*(?:[-–—•*+]|\p{Nd}{1,3}\s*[).]|\(\p{Nd}{1,3}\)|[IVXLC]{1,6}\s*[.)]|[\u0E81-\u0EAE]\s*[).]|ມາດຕາ|ໝວດ|ພາກທີ|ຂໍ້\s*\p{Nd}|ອີງຕາມ|ເຖິງ|ເລື່ອງ|ເລກທີ|ວັນທີ)")]
    private static partial Regex ItemStart();

    private static readonly string[] MottoStarts = ["ສາທາລະນະລັດ", "ສັນຕິພາບ"];

    public string Apply(string text)
    {
        if (!text.Contains('\n')) return text;
        string[] lines = text.Split('\n');
        int headerEnd = HeaderEnd(lines);
        int widest = lines.Max(Width);
        var sb = new StringBuilder(text.Length);
        sb.Append(lines[0]);
        for (int i = 1; i < lines.Length; i++)
        {
            string previous = lines[i - 1], line = lines[i];
            if (MidSyllable(previous, line) || (i - 1 >= headerEnd && Continues(previous, line, widest)))
            {
                string joined = line.TrimStart();
                TrimEnd(sb);
                if (sb.Length > 0 && !(LaoScript.IsLaoLetter(sb[^1]) && joined.Length > 0 && LaoScript.IsLaoLetter(joined[0]))) sb.Append(' ');
                sb.Append(joined);
            }
            else sb.Append('\n').Append(line);
        }
        return sb.ToString();
    }

    private static bool Continues(string previous, string line, int widest)
    {
        string p = previous.TrimEnd(), l = line.Trim();
        if (p.Length == 0 || l.Length == 0) return false;
        if (ItemStart().IsMatch(l)) return false;
        if (p[^1] is ':' or ';' or '.' or '!' or '?') return false;
        return Width(p) >= FullLine * widest;
    }

    private static bool MidSyllable(string previous, string line)
    {
        string p = previous.TrimEnd(), l = line.TrimStart();
        if (p.Length == 0 || l.Length == 0 || !LaoScript.IsLaoLetter(p[^1])) return false;
        return LaoScript.IsDependent(l[0]) || LaoScript.IsLeadingVowel(p[^1]);
    }

    /// <summary>
    /// Index of the first line after the header block: when the page opens like a directive
    /// (the motto or a `ເລກທີ` line near the top), the lines before the first body item; else 0.
    /// </summary>
    private static int HeaderEnd(string[] lines)
    {
        int limit = Math.Min(lines.Length, HeaderLines);
        bool opensLikeDirective = lines.Take(limit).Any(l =>
            l.Contains("ເລກທີ") || MottoStarts.Any(m => l.TrimStart().StartsWith(m, StringComparison.Ordinal)));
        if (!opensLikeDirective) return 0;
        for (int i = 0; i < limit; i++)
        {
            string l = lines[i].Trim();
            if (l.Length > 0 && ItemStart().IsMatch(l) && !l.StartsWith("ເລກທີ", StringComparison.Ordinal) && !l.StartsWith("ວັນທີ", StringComparison.Ordinal)) return i;
        }
        return limit;
    }

    /// <summary>Roughly the printed width: characters that take room on the line (not combining marks).</summary>
    private static int Width(string line)
    {
        int n = 0;
        foreach (char c in line) if (!LaoScript.IsCombiningMark(c) && !char.IsWhiteSpace(c)) n++;
        return n;
    }

    private static void TrimEnd(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] is ' ' or '\t') sb.Length--;
    }
}
