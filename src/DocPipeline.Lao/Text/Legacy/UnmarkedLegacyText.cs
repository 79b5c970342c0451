using System.Text;

namespace DocPipeline.Lao.Text.Legacy;

/// <summary>
/// Legacy-font Lao where no font name says so (a pasted text, a text layer whose font name was
/// lost): on a page that also holds Lao in Unicode, a run of Latin-1 letters and symbols that a
/// legacy Lao font draws as Lao is decoded, when it looks like Lao in that font (two or more
/// such characters with a consonant among them, not starting with a mark), or when it touches
/// a Unicode Lao letter (the tail of a word whose last syllables were typed in the old font).
/// A lone soft hyphen is never decoded: it is also a real soft hyphen. Pages without Unicode
/// Lao are left alone, and a lone accented letter is never a run, so French or Spanish text
/// keeps its accents. Pure text logic.
/// </summary>
public sealed class UnmarkedLegacyText(LegacyLaoEncoding encoding)
{
    private const char SoftHyphen = '\u00AD';

    public static UnmarkedLegacyText LsWin { get; } = new(LsWinEncoding.Instance);

    /// <summary>The page with legacy runs decoded, and where (page 1-based, lines 1-based) and how much.</summary>
    public (string Text, IReadOnlyList<NoisePosition> Decoded) Decode(string pageText, int page)
    {
        var positions = new List<NoisePosition>();
        if (!LaoScript.ContainsLao(pageText) || !pageText.Any(c => c >= '\u0080' && encoding.IsLao(c))) return (pageText, positions);
        string[] lines = pageText.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var (line, decoded) = DecodeLine(lines[i]);
            if (decoded == 0) continue;
            lines[i] = line;
            positions.Add(new NoisePosition(page, i + 1, encoding.Name, "decoded", decoded));
        }
        return positions.Count == 0 ? (pageText, positions) : (string.Join('\n', lines), positions);
    }

    private (string Line, int Decoded) DecodeLine(string line)
    {
        var sb = new StringBuilder(line.Length);
        int decoded = 0, i = 0;
        while (i < line.Length)
        {
            if (!IsLegacy(line[i])) { sb.Append(line[i++]); continue; }
            int start = i;
            while (i < line.Length && IsLegacy(line[i])) i++;
            string run = line[start..i];
            bool touchesLao = (start > 0 && LaoScript.IsLao(line[start - 1])) || (i < line.Length && LaoScript.IsLao(line[i]));
            if (LooksLikeLao(run, touchesLao))
            {
                var (lao, n) = encoding.Decode(run);
                sb.Append(lao);
                decoded += n;
            }
            else sb.Append(run);
        }
        return (sb.ToString(), decoded);
    }

    private bool IsLegacy(char c) => c >= '\u0080' && encoding.IsLao(c);

    private bool LooksLikeLao(string run, bool touchesLao)
    {
        if (run.All(c => c == SoftHyphen)) return false;
        if (touchesLao) return true;
        if (run.Length < 2 || !run.Any(encoding.IsConsonant)) return false;
        char first = encoding.Decode(run[..1]).Text[0];
        return !LaoScript.IsDependent(first);
    }
}
