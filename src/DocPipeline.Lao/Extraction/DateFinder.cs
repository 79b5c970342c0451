using System.Text.RegularExpressions;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// Finds dates written day-first: with a Lao month name (also a variant, an abbreviation or an
/// OCR-damaged name, a speck inside it dropped), with `ເດືອນ` and a month number, or numeric (`05/03/2024`, `05.03.2024`);
/// Buddhist-era years are converted. A bare year or a period (`6 ເດືອນຕົ້ນປີ 2024`) is not a date.
/// Expects ASCII digits (<see cref="Text.Digits.ToAscii"/>).
/// </summary>
public sealed class DateFinder
{
    private const string LaoLetters = @"[\u0E81-\u0EAE\u0EB0-\u0EBC\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0EDC\u0EDD]";
    // A speck OCR reads inside a month name (`ກັນ:ງາ` for ກັນຍາ under a stamp's edge): dropped before the name is read.
    private const string StraySpeck = @"[:;'`\u2019]";
    private const string MonthAbbreviation = @"[\u0E81-\u0EAE]\.\s?[\u0E81-\u0EAE]\.?";
    // OCR puts a space inside a number whose digits come from another font than its Lao letters (`201 8`, `1 9`: Pango
    // sets ASCII digits beside Noto Serif Lao in a fallback font): the year's four digits are read across one space
    // each, and a labelled day's two (`ວັນທີ 1 9 ກໍລະກົດ` is the 19th).
    private const string Year = @"(?:ປີ\s*)?(?:(?<be>ພ\.\s?ສ\.?)|ຄ\.\s?ສ\.?)?\s*(?<year>\d(?: ?\d){3})(?!\d)";

    private static readonly Regex DayMonthYear = new(
        @"(?<![\d/.])(?<day>(?<=" + DateLabelPattern + @")\d \d|\d{1,2})(?:\s*[-–]\s*(?<dayTo>\d{1,2}))?\s*"
        + @"(?:(?:ເດືອນ\s*)?(?:(?<abbr>" + MonthAbbreviation + @")|(?<name>" + LaoLetters + @"(?:" + StraySpeck + @"?" + LaoLetters + @")*?))|ເດືອນ\s*(?<number>\d{1,2}))\s*,?\s*" + Year,
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex MonthDayYear = new(
        @"(?<abbr>" + MonthAbbreviation + @")\s*(?<day>\d{1,2})\s*,\s*" + Year,
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Numeric = new(
        @"(?<![\d/.,\w])(?<day>\d{1,2})(?<sep>[/.\-])(?<number>\d{1,2})\k<sep>(?<year>\d{4})(?![\d/]|\.\d)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public IReadOnlyList<FoundDate> Find(string text)
    {
        var found = new List<FoundDate>();
        foreach (Match m in DayMonthYear.Matches(text)) Add(found, m, MonthsOf(m, Labelled(text, m.Index)), ambiguousOrder: false);
        foreach (Match m in MonthDayYear.Matches(text)) Add(found, m, MonthsOf(m), ambiguousOrder: false);
        foreach (Match m in Numeric.Matches(text)) Add(found, m, MonthsOf(m), ambiguousOrder: true);
        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        return found;
    }

    // `ວັນທີ` (also `ລົງວັນທີ`, its vowels or ທ damaged: ວນທີ, ວັນຫີ, ວັນທ) just before the day.
    private const string DateLabelPattern = @"ວ[ັົ]?ນ\s*[ທຫ][ີິ]?\s*[:.]?\s*";
    private static readonly Regex DateLabel = new(DateLabelPattern + "$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static bool Labelled(string text, int dayAt)
    {
        int from = Math.Max(0, dayAt - 12);
        return DateLabel.IsMatch(text[from..dayAt]);
    }

    private static IReadOnlyList<MonthReading> MonthsOf(Match m, bool labelled = false)
    {
        if (m.Groups["abbr"].Success) return LaoMonths.ParseAbbreviation(m.Groups["abbr"].Value) is { } a ? [new MonthReading(a, 1.0)] : [];
        if (m.Groups["name"].Success)
        {
            string name = Regex.Replace(m.Groups["name"].Value, StraySpeck, "");
            return labelled ? LaoMonths.ReadLabelled(name) : LaoMonths.Read(name);
        }
        return int.TryParse(m.Groups["number"].Value, out int n) ? [new MonthReading(n, 1.0)] : [];
    }

    private static void Add(List<FoundDate> found, Match m, IReadOnlyList<MonthReading> months, bool ambiguousOrder)
    {
        if (months.Count == 0 || found.Any(f => f.Position < m.Index + m.Length && m.Index < f.Position + f.Text.Length)) return;
        string dayText = m.Groups["day"].Value;
        // Joined past the 31st (`ວັນທີ 4 5 ມັງກອນ`), the day is the digit next to the month.
        int day = int.Parse(dayText.Replace(" ", ""));
        if (day > 31 && dayText.Contains(' ')) day = dayText[^1] - '0';
        int year = int.Parse(m.Groups["year"].Value.Replace(" ", ""));
        bool buddhistEra = m.Groups["be"].Success;
        double yearSure = 1.0;
        if (!buddhistEra && LeadingDigitMisread(year) is { } repaired) (year, yearSure) = (repaired, RepairedYearConfidence);
        var readings = months.Select(r => (Date: Build(day, r.Month, year, buddhistEra), Confidence: r.Confidence * yearSure)).Where(r => r.Date is not null).ToList();
        if (readings.Count == 0) return;
        var alternatives = readings.Skip(1).Select(r => r.Date!.Value).ToList();
        double confidence = readings[0].Confidence;
        // 05/03/2024 is day first in Lao documents; month first stays a candidate reading.
        if (ambiguousOrder && day <= 12 && day != months[0].Month && Build(months[0].Month, day, year, false) is { } swapped)
        {
            alternatives.Add(swapped);
            confidence = 0.9;
        }
        DateOnly? end = m.Groups["dayTo"].Success ? Build(int.Parse(m.Groups["dayTo"].Value), months[0].Month, year, buddhistEra) : null;
        found.Add(new FoundDate(readings[0].Date!.Value, m.Value, m.Index, confidence, end, alternatives));
    }

    private const double RepairedYearConfidence = 0.7;

    /// <summary>
    /// A year of this century whose first digit OCR read as a look-alike (`໖໐໒໐` for ໒໐໒໐, ໒ ໔ ໕ ໖ are alike): no
    /// year 3000–9999 with a zero in the hundreds is a Buddhist-era or Gregorian year a directive carries.
    /// </summary>
    private static int? LeadingDigitMisread(int year) => year is >= 3000 and <= 9999 && year / 100 % 10 == 0 ? 2000 + year % 100 : null;

    private static DateOnly? Build(int day, int month, int year, bool buddhistEra)
    {
        if (buddhistEra || year > 2400) year -= 543;
        if (month is < 1 or > 12 || year is < 1900 or > 2100) return null;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }
}
