using System.Text.RegularExpressions;

namespace DocPipeline.Lao.Extraction;

/// <summary>Finds dates written day-first: with a Lao month name or numeric (dd/mm/yyyy). Expects ASCII digits.</summary>
public sealed class DateFinder
{
    private static readonly Regex Named = new(
        @"(?<day>\d{1,2})\s*(?:-\s*\d{1,2}\s*)?(?:ເດືອນ\s*)?(?<month>" + string.Join('|', LaoMonths.AllSpellings().Select(m => m.Spelling)) + @")\s*,?\s*(?:ປີ\s*|ພ\.ສ\.\s*|ຄ\.ສ\.\s*)?(?<year>\d{4})",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Numeric = new(
        @"(?<![\d/.])(?<day>\d{1,2})[/.\-](?<month>\d{1,2})[/.\-](?<year>\d{4})(?![\d/])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public IReadOnlyList<FoundDate> Find(string text)
    {
        var found = new List<FoundDate>();
        foreach (Match m in Named.Matches(text))
            if (Build(int.Parse(m.Groups["day"].Value), LaoMonths.Parse(m.Groups["month"].Value) ?? 0, int.Parse(m.Groups["year"].Value), m.Value.Contains("ພ.ສ.")) is { } d)
                found.Add(new FoundDate(d, m.Value, m.Index));
        foreach (Match m in Numeric.Matches(text))
            if (Build(int.Parse(m.Groups["day"].Value), int.Parse(m.Groups["month"].Value), int.Parse(m.Groups["year"].Value), false) is { } d)
                found.Add(new FoundDate(d, m.Value, m.Index));
        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        return found;
    }

    private static DateOnly? Build(int day, int month, int year, bool buddhistEra)
    {
        if (buddhistEra || year > 2400) year -= 543;
        if (month is < 1 or > 12 || year is < 1900 or > 2100) return null;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }
}
