using System.Text.RegularExpressions;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// The document's own identity from its header block: motto, issuer, `ເລກທີ` line, place and date line,
/// title line (type, then `ວ່າດ້ວຍ …`), `ເລື່ອງ:` subject and `ເຖິງ:` addressees. A fragment without a header
/// (no motto and no number line) has no identity.
/// </summary>
internal static class HeaderReader
{
    private const int HeaderLines = 14;
    private const int MaxTitleLength = 40;

    public static Header Read(IReadOnlyList<TextLine> lines, IReadOnlyList<FoundNumber> numbers, IReadOnlyList<FoundDate> dates)
    {
        var header = lines.Take(HeaderLines).ToList();
        int mottoEnd = -1;
        for (int i = 0; i < Math.Min(4, header.Count); i++) if (HeaderWords.IsMotto(header[i].Text)) mottoEnd = i;

        int numberAt = NumberLine(header, mottoEnd, numbers);
        FoundNumber? own = numberAt < 0 ? null : numbers.FirstOrDefault(n => header[numberAt].Holds(n.Index));
        var (date, dateAt) = DateLine(header, mottoEnd, numberAt, dates);
        int anchor = numberAt >= 0 ? numberAt : dateAt;
        if (anchor < 0) return Header.None with { Addressees = Addressees(lines) };

        int titleFrom = Math.Max(anchor, dateAt) + 1;
        var (type, subject) = Title(lines, titleFrom);
        return new Header(own, date, type, Issuer(header, mottoEnd, anchor, dates), subject, Addressees(lines));
    }

    private static int NumberLine(List<TextLine> header, int mottoEnd, IReadOnlyList<FoundNumber> numbers)
    {
        for (int i = mottoEnd + 1; i < header.Count; i++)
        {
            string text = header[i].Text;
            if (HeaderWords.IsCitationLine(text)) break;
            if (HeaderWords.IsNumberLine(text)) return i;
            // A number alone on its line, its ເລກທີ lost to OCR.
            if (numbers.FirstOrDefault(n => header[i].Holds(n.Index)) is { } n && text.Trim().Length <= n.Length + 3 && mottoEnd >= 0) return i;
        }
        return -1;
    }

    private static (FoundDate? Date, int Line) DateLine(List<TextLine> header, int mottoEnd, int numberAt, IReadOnlyList<FoundDate> dates)
    {
        // With a number line, the date is on it or on one of the next lines (or just above it, in two-column
        // layouts read right column first). Without one, only a motto-headed `place, ວັນທີ …` line counts.
        int from = numberAt >= 0 ? Math.Max(mottoEnd + 1, numberAt - 1) : mottoEnd + 1;
        int to = numberAt >= 0 ? Math.Min(header.Count, numberAt + 4) : mottoEnd >= 0 ? header.Count : 0;
        for (int i = from; i < to; i++)
        {
            string text = header[i].Text;
            if (HeaderWords.IsCitationLine(text)) break;
            if (numberAt < 0 && !PlaceAndDate.IsMatch(text)) continue;
            if (dates.FirstOrDefault(d => header[i].Holds(d.Position)) is { } date) return (date, i);
        }
        return (null, -1);
    }

    private static readonly Regex PlaceAndDate = new(@"^[^\d]{0,50}[,\s]\s*ວັນ\s*ທີ|^\s*ວັນ\s*ທີ", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static string? Issuer(List<TextLine> header, int mottoEnd, int anchor, IReadOnlyList<FoundDate> dates)
    {
        var parts = new List<string>();
        for (int i = anchor - 1; i > mottoEnd && parts.Count < 2; i--)
        {
            string text = header[i].Text.Trim();
            if (dates.Any(d => header[i].Holds(d.Position)) || HeaderWords.IsNumberLine(text)) continue;
            parts.Insert(0, text);
        }
        return parts.Count > 0 ? string.Join(' ', parts) : null;
    }

    private static (string? Type, string? Subject) Title(IReadOnlyList<TextLine> lines, int from)
    {
        string? type = null, subject = null;
        for (int i = from; i < Math.Min(lines.Count, from + 6); i++)
        {
            string text = lines[i].Text.Trim();
            if (HeaderWords.IsCitationLine(text)) break;
            if (DocumentTypes.MatchAtStart(text) is not { } match || text.Length > match.Length + MaxTitleLength) continue;
            type = match.Type;
            string rest = text[match.Length..].Trim();
            subject = rest.Length > 0 ? rest : i + 1 < lines.Count && IsAboutLine(lines[i + 1].Text) ? lines[i + 1].Text.Trim() : null;
            break;
        }
        return (type, subject ?? SubjectLine(lines, from));
    }

    private static bool IsAboutLine(string line)
    {
        string t = line.Trim();
        return HeaderWords.StartsWith(t, "ວ່າດ້ວຍ", 0.3) || HeaderWords.StartsWith(t, "ກ່ຽວກັບ", 0.3);
    }

    // `ເລື່ອງ: …` within the first lines after the header.
    private static string? SubjectLine(IReadOnlyList<TextLine> lines, int from)
    {
        foreach (var line in lines.Skip(Math.Max(0, from - 2)).Take(12))
        {
            string t = line.Text.Trim();
            if (!HeaderWords.StartsWith(t, "ເລື່ອງ", 0.3, out int length)) continue;
            string rest = t[length..].TrimStart(' ', ':', '.', '：').Trim();
            if (rest.Length > 0) return rest;
        }
        return null;
    }

    // `ເຖິງ: …` and the bulleted lines under it.
    private static IReadOnlyList<string> Addressees(IReadOnlyList<TextLine> lines)
    {
        var found = new List<string>();
        for (int i = 0; i < Math.Min(lines.Count, HeaderLines + 12); i++)
        {
            string t = lines[i].Text.Trim();
            if (!HeaderWords.StartsWith(t, "ເຖິງ", 0.3, out int length) || (length < t.Length && t[length] is not (' ' or ':' or '：'))) continue;
            string rest = t[length..].TrimStart(' ', ':', '：').Trim();
            if (rest.Length > 0) found.Add(rest);
            for (int j = i + 1; j < lines.Count; j++)
            {
                string next = lines[j].Text.Trim();
                if (!(next.StartsWith('-') || next.StartsWith('•')) || HeaderWords.IsCitationLine(next)) break;
                found.Add(next.TrimStart('-', '•', ' '));
            }
            break;
        }
        return found;
    }
}

/// <summary>A reference number found in the text (ASCII digits) and where.</summary>
internal sealed record FoundNumber(string Written, string Key, int Index, int Length);

/// <summary>What the header block says about the document itself.</summary>
internal sealed record Header(FoundNumber? Own, FoundDate? Date, string? Type, string? Issuer, string? Subject, IReadOnlyList<string> Addressees)
{
    public static readonly Header None = new(null, null, null, null, null, []);
}
