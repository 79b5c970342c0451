using System.Globalization;

namespace DocPipeline.Lao.Extraction.Evaluation;

/// <summary>Found, expected and correct counts of one kind of item; precision and recall from them.</summary>
public sealed class PrecisionRecall
{
    public int Found { get; private set; }
    public int Expected { get; private set; }
    public int Correct { get; private set; }

    public double Precision => Found == 0 ? 1 : (double)Correct / Found;
    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    internal void Add(int found, int expected, int correct) { Found += found; Expected += expected; Correct += correct; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"precision {Precision:0.000} ({Correct}/{Found})  recall {Recall:0.000} ({Correct}/{Expected})");
}

/// <summary>
/// Scores extraction against a labeled set: precision and recall for references (by lookup key), for their
/// dates and for all dates; accuracy of reference types and issuers and of each identity field. Every
/// disagreement is kept in <see cref="Misses"/> so that a failing figure says which case to read.
/// </summary>
public sealed class ExtractionScore
{
    private readonly Func<string, string> _canonical;
    private readonly Dictionary<string, (int Right, int Total)> _fields = [];
    private readonly List<string> _misses = [];

    /// <param name="canonical">Puts expected text in the spelling extraction returns (the Lao text chain).</param>
    public ExtractionScore(Func<string, string> canonical) => _canonical = canonical;

    public int Cases { get; private set; }
    public PrecisionRecall References { get; } = new();
    public PrecisionRecall ReferenceDates { get; } = new();
    public PrecisionRecall Dates { get; } = new();
    public IReadOnlyList<string> Misses => _misses;

    /// <summary>Share of right answers per field (`reference type`, `document number`, …).</summary>
    public IReadOnlyDictionary<string, double> FieldAccuracy =>
        _fields.ToDictionary(kv => kv.Key, kv => kv.Value.Total == 0 ? 1 : (double)kv.Value.Right / kv.Value.Total);

    public void Add(LabeledDirective labeled, DirectiveFacts found)
    {
        Cases++;
        var expected = labeled.Expected;
        var unmatched = found.References.ToList();
        int matched = 0, datesFound = found.References.Count(r => r.Date is not null), datesRight = 0;
        foreach (var want in expected.References)
        {
            string key = ReferenceNumbers.KeyOf(_canonical(want.Number));
            var got = unmatched.FirstOrDefault(r => r.Key == key);
            if (got is null) { Miss(labeled, $"reference {want.Number} not found"); continue; }
            unmatched.Remove(got);
            matched++;
            if (want.Date is not null && got.Date == want.Date) datesRight++;
            else if (want.Date != got.Date) Miss(labeled, $"reference {want.Number} date {got.Date} instead of {want.Date}");
            Field(labeled, "reference type", want.Type is null ? null : _canonical(want.Type), got.Type);
            Field(labeled, "reference issuer", want.Issuer is null ? null : _canonical(want.Issuer), got.Issuer);
        }
        foreach (var extra in unmatched) Miss(labeled, $"reference {extra.Number} not expected");
        References.Add(found.References.Count, expected.References.Count, matched);
        ReferenceDates.Add(datesFound, expected.References.Count(r => r.Date is not null), datesRight);

        var wantDates = expected.Dates.ToList();
        int datesMatched = 0;
        foreach (var d in found.Dates)
            if (wantDates.Remove(d.Date)) datesMatched++;
            else Miss(labeled, $"date {d.Date:yyyy-MM-dd} from '{d.Text}' not expected");
        foreach (var d in wantDates) Miss(labeled, $"date {d:yyyy-MM-dd} not found");
        Dates.Add(found.Dates.Count, expected.Dates.Count, datesMatched);

        Field(labeled, "document number", expected.DocumentNumber is null ? null : ReferenceNumbers.KeyOf(_canonical(expected.DocumentNumber)),
            found.DocumentNumber is null ? null : ReferenceNumbers.KeyOf(found.DocumentNumber));
        Field(labeled, "document date", Iso(expected.DocumentDate), Iso(found.DocumentDate));
        Field(labeled, "document type", Canonical(expected.DocumentType), found.DocumentType);
        Field(labeled, "issuer", Canonical(expected.Issuer), found.Issuer);
        Field(labeled, "subject", Canonical(expected.Subject), found.Subject);
        if (expected.TitleLabeled) Field(labeled, "title", Canonical(expected.Title), found.Title);
        Field(labeled, "addressees", string.Join(" | ", expected.Addressees.Select(_canonical)), string.Join(" | ", found.Addressees ?? []));
        Field(labeled, "dated before citation", expected.DatedBeforeCitation.ToString(), found.DatedBeforeCitation.ToString());
    }

    /// <summary>The figures, one a line.</summary>
    public IEnumerable<string> Report()
    {
        yield return $"labeled cases: {Cases}";
        yield return $"references:      {References}";
        yield return $"reference dates: {ReferenceDates}";
        yield return $"dates:           {Dates}";
        foreach (var (field, accuracy) in FieldAccuracy.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            yield return string.Create(CultureInfo.InvariantCulture, $"{field + ":",-24} accuracy {accuracy:0.000} ({_fields[field].Right}/{_fields[field].Total})");
    }

    private string? Canonical(string? s) => s is null ? null : _canonical(s);

    private void Field(LabeledDirective labeled, string field, string? want, string? got)
    {
        bool right = want == got;
        var (r, t) = _fields.GetValueOrDefault(field);
        _fields[field] = (r + (right ? 1 : 0), t + 1);
        if (!right) Miss(labeled, $"{field}: '{got}' instead of '{want}'");
    }

    private void Miss(LabeledDirective labeled, string what) => _misses.Add($"{labeled.Name}: {what}");

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
