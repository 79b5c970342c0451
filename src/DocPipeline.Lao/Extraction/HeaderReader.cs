using System.Text.RegularExpressions;
using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// The document's own identity from its header block: motto, issuer, `ເລກທີ` line, place and date line,
/// title line (type, then `ວ່າດ້ວຍ …`), `ເລື່ອງ:` subject and `ເຖິງ:` addressees. A fragment without a header
/// (no motto and no number line) has no identity. A word alone where the title stands is the type even when no
/// list has it (`ກົດລະບຽບ` above `ວ່າດ້ວຍ…`); a heading with no type word is the title as written.
/// </summary>
internal static class HeaderReader
{
    private const int HeaderLines = 14;
    private const int MaxTitleLength = 40;
    private const int MaxHeadingLength = 90;

    public static Header Read(IReadOnlyList<TextLine> lines, IReadOnlyList<FoundNumber> numbers, IReadOnlyList<FoundDate> dates, TypeVocabulary types)
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
        var title = Title(lines, titleFrom, types);
        return new Header(own, date, title.Type, Issuer(header, mottoEnd, anchor, dates, types), title.Subject, Addressees(lines), title.Heading);
    }

    private static int NumberLine(List<TextLine> header, int mottoEnd, IReadOnlyList<FoundNumber> numbers)
    {
        for (int i = mottoEnd + 1; i < header.Count; i++)
        {
            string text = header[i].Text;
            if (HeaderWords.IsCitationLine(text)) break;
            if (HeaderWords.NumberAt(text) >= 0) return i;
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

    // `place, ວັນທີ …` also with the label damaged (ວັນທ, ວນທີ, ວັນຫີ) or lost after the comma (`ວຽງຈັນ, 12 ມີນາ 2024`).
    private static readonly Regex PlaceAndDate = new(@"^[^\d]{0,50}[,\s]\s*(?:ລົງ)?ວ[ັົ]?ນ\s*[ທຫ]|^\s*(?:ລົງ)?ວ[ັົ]?ນ\s*[ທຫ]|^[^\d]{1,50},\s*\d",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Up to two lines above the number line, and the text left of `ເລກທີ` when the issuer stands beside it
    // (`ບໍລິສັດ … ຈຳກັດ      ເລກທີ 0049`). Contact lines, lines without Lao (an English rendering) and a title
    // alone on its line are skipped. Under a motto the issuer is the block that follows it: its first two lines, even
    // when a title read out of place (side-by-side blocks under a stamp) stands between them and the number.
    private static string? Issuer(List<TextLine> header, int mottoEnd, int anchor, IReadOnlyList<FoundDate> dates, TypeVocabulary types)
    {
        var parts = new List<string>();
        int beside = HeaderWords.NumberAt(header[anchor].Text);
        if (beside > 0) parts.Add(header[anchor].Text[..beside].Trim());
        // The block under the motto, starting with what OCR glued onto the motto's line, if anything.
        string glued = mottoEnd >= 0 ? HeaderWords.AfterMotto(header[mottoEnd].Text) : "";
        var candidates = (IsIssuerText(glued, types) ? [glued] : Array.Empty<string>())
            .Concat(Enumerable.Range(mottoEnd + 1, Math.Max(0, anchor - mottoEnd - 1)).Where(i => IsIssuerLine(header[i], dates, types)).Select(i => header[i].Text.Trim()))
            .ToList();
        if (parts.Count == 0 && mottoEnd >= 0) return candidates.Count > 0 ? string.Join(' ', candidates.Take(2)) : null;
        parts.InsertRange(0, candidates.TakeLast(2 - parts.Count));
        return parts.Count > 0 ? string.Join(' ', parts) : null;
    }

    private static bool IsIssuerLine(TextLine line, IReadOnlyList<FoundDate> dates, TypeVocabulary types) =>
        !dates.Any(d => line.Holds(d.Position)) && IsIssuerText(line.Text.Trim(), types);

    private static bool IsIssuerText(string text, TypeVocabulary types) =>
        HeaderWords.NumberAt(text) < 0 && !HeaderWords.IsContactLine(text) && LaoScript.ContainsLao(text)
        && !(types.MatchAtStart(text) is { } type && type.Length >= text.Length - 1);

    // The title: a known type (also glued to what follows), or a word alone on its line above `ວ່າດ້ວຍ`, `ເຖິງ` or
    // `ເລື່ອງ`, or a word followed by ວ່າດ້ວຍ / ກ່ຽວກັບ; failing those, the first line after the date is the heading.
    private static TitleLine Title(IReadOnlyList<TextLine> lines, int from, TypeVocabulary types)
    {
        string? heading = null;
        for (int i = from; i < Math.Min(lines.Count, from + 6); i++)
        {
            string text = lines[i].Text.Trim();
            if (HeaderWords.IsCitationLine(text)) break;
            string next = i + 1 < lines.Count ? lines[i + 1].Text.Trim() : "";
            if (TypeOf(text, next, types) is { } found)
            {
                string? subject = found.After.Length > 0 ? found.After : IsAboutLine(next) ? next : null;
                string? continued = subject is null && IsHeadingContinuation(next) ? next : null;
                subject ??= SubjectLine(lines, from);
                return new TitleLine(found.Type, subject, string.Join(' ', new[] { found.Type, subject ?? continued }.OfType<string>()));
            }
            if (heading is null && i == from && IsHeadingContinuation(text)) heading = text;
        }
        return new TitleLine(null, SubjectLine(lines, from), heading);
    }

    private static (string Type, string After)? TypeOf(string text, string next, TypeVocabulary types)
    {
        string first = text.Split(' ', 2)[0];
        string rest = text.Length > first.Length ? text[first.Length..].Trim() : "";
        if (types.MatchAtStart(text) is { } match && text.Length <= match.Length + MaxTitleLength) return (match.Type, text[match.Length..].Trim());
        if (types.Standalone(first) is not { } word || (word.Length < first.Length && !IsAboutLine(first[word.Length..]))) return null;
        if (rest.Length == 0 && (IsAboutLine(next) || HeaderWords.StartsWith(next, "ເຖິງ", 0.3) || HeaderWords.StartsWith(next, "ເລື່ອງ", 0.3)))
            return (word, "");
        string glued = first[word.Length..];
        if (glued.Length > 0) return (word, (glued + " " + rest).Trim());
        return IsAboutLine(rest) ? (word, rest) : null;
    }

    // A short line that is neither the addressees, the subject, a citation, an article nor a numbered item.
    private static bool IsHeadingContinuation(string line) =>
        line.Length is > 0 and <= MaxHeadingLength && LaoScript.ContainsLao(line) && !HeaderWords.IsCitationLine(line)
        && !HeaderWords.StartsWith(line, "ເຖິງ", 0.3) && !HeaderWords.StartsWith(line, "ເລື່ອງ", 0.3) && !HeaderWords.StartsWith(line, "ມາດຕາ", 0.3)
        && !char.IsDigit(line[0]) && line[0] is not ('-' or '•') && !HeaderWords.IsMotto(line) && HeaderWords.NumberAt(line) < 0;

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
internal sealed record Header(FoundNumber? Own, FoundDate? Date, string? Type, string? Issuer, string? Subject, IReadOnlyList<string> Addressees, string? Title = null)
{
    public static readonly Header None = new(null, null, null, null, null, []);
}

/// <summary>What the title block says: the type, what it is about, the heading to show.</summary>
internal sealed record TitleLine(string? Type, string? Subject, string? Heading);
