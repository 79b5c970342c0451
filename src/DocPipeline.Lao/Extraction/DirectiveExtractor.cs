using System.Text.RegularExpressions;
using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// Reads a directive's identity (number, date, type, issuer, subject) from its header block
/// and the references it cites from its body. Input is canonical text from <see cref="LaoTextEngine"/>.
/// </summary>
public sealed class DirectiveExtractor
{
    private static readonly string[] MottoStarts = ["ສາທາລະນະລັດ", "ສັນຕິພາບ"];
    private const int HeaderLines = 14;

    private readonly DateFinder _dates = new();

    public DirectiveFacts Extract(string canonicalText)
    {
        string text = Digits.ToAscii(canonicalText);
        string[] lines = text.Split('\n');
        var dates = _dates.Find(text);

        string? number = null;
        int numberLine = -1;
        var references = new List<Reference>();
        for (int li = 0; li < lines.Length; li++)
        {
            string line = lines[li];
            foreach (Match m in ReferenceNumbers.Pattern.Matches(line))
            {
                string written = m.Groups["num"].Value + "/" + m.Groups["abbr"].Value.TrimEnd('.');
                bool isOwn = number is null && li < HeaderLines && line.Contains("ເລກທີ") && !line.Contains("ອີງຕາມ") && DocumentTypes.StartOf(line) is null;
                if (isOwn) { number = written; numberLine = li; continue; }
                string before = line[..m.Index];
                string after = line[(m.Index + m.Length)..] + (li + 1 < lines.Length ? " " + lines[li + 1] : "");
                references.Add(new Reference(written, ReferenceNumbers.KeyOf(written), DateAfter(after), TypeIn(before), null));
            }
        }

        DateOnly? documentDate = HeaderDate(lines, numberLine);
        var (type, subject) = Title(lines, numberLine);
        return new DirectiveFacts(number, documentDate, type, Issuer(lines, numberLine), subject, references, dates);
    }

    private DateOnly? DateAfter(string after)
    {
        if (!after.Contains("ວັນ")) return null;
        var found = _dates.Find(after);
        return found.Count > 0 && found[0].Position < 40 ? found[0].Date : null;
    }

    private static string? TypeIn(string before)
    {
        string? best = null;
        int bestAt = -1;
        foreach (var name in DocumentTypes.Names)
        {
            int at = before.LastIndexOf(name, StringComparison.Ordinal);
            if (at > bestAt || (at == bestAt && at >= 0 && name.Length > best!.Length)) { best = name; bestAt = at; }
        }
        return best;
    }

    private DateOnly? HeaderDate(string[] lines, int numberLine)
    {
        int from = Math.Max(0, numberLine);
        for (int li = from; li < Math.Min(lines.Length, from + 4); li++)
        {
            if (!lines[li].Contains("ວັນທີ") || lines[li].Contains("ອີງຕາມ")) continue;
            var found = _dates.Find(lines[li]);
            if (found.Count > 0) return found[0].Date;
        }
        return null;
    }

    private static (string? Type, string? Subject) Title(string[] lines, int numberLine)
    {
        for (int li = Math.Max(0, numberLine + 1); li < Math.Min(lines.Length, HeaderLines + 4); li++)
        {
            string line = lines[li].Trim();
            if (line.Length == 0 || line.Contains("ອີງຕາມ")) continue;
            string? type = DocumentTypes.StartOf(line);
            if (type is null || line.Length > type.Length + 40) continue;
            string rest = line[DocumentTypes.LengthIn(line, type)..].Trim();
            string? subject = rest.Length > 0 ? rest : NextSubject(lines, li + 1);
            return (type, subject);
        }
        string? subjectLine = lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("ເລື່ອງ"));
        return (null, subjectLine?.Split(':', 2) is { Length: 2 } parts ? parts[1].Trim() : null);
    }

    private static string? NextSubject(string[] lines, int li)
    {
        for (; li < lines.Length; li++)
        {
            string line = lines[li].Trim();
            if (line.Length == 0) continue;
            return line.StartsWith("ວ່າດ້ວຍ") || line.StartsWith("ກ່ຽວກັບ") || line.StartsWith("ເລື່ອງ") ? line : null;
        }
        return null;
    }

    private static string? Issuer(string[] lines, int numberLine)
    {
        if (numberLine <= 0) return null;
        var parts = new List<string>();
        for (int li = numberLine - 1; li >= 0 && parts.Count < 2; li--)
        {
            string line = lines[li].Trim();
            if (line.Length == 0) continue;
            if (MottoStarts.Any(line.StartsWith)) break;
            parts.Insert(0, line);
        }
        return parts.Count > 0 ? string.Join(' ', parts) : null;
    }
}
