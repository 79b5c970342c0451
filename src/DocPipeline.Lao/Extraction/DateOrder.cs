namespace DocPipeline.Lao.Extraction;

/// <summary>
/// A document cannot be dated before the documents it cites. Where a date has several candidate readings
/// (a damaged month name, a numeric date that reads both ways), the rule picks the reading that keeps the
/// order; where no reading does, the document is flagged.
/// </summary>
internal static class DateOrder
{
    public static DateReadings Reconcile(FoundDate? documentDate, IReadOnlyList<CitedNumber> cited)
    {
        var chosen = new Dictionary<FoundDate, DateOnly>(ReferenceEqualityComparer.Instance);
        if (documentDate is null) return new DateReadings(null, chosen, false);

        // The document's reading: the likeliest one not earlier than every date it cites.
        DateOnly latestCited = cited.Where(c => c.Date is not null).Select(c => c.Date!.Date).DefaultIfEmpty(DateOnly.MinValue).Max();
        DateOnly own = documentDate.Readings.FirstOrDefault(d => d >= latestCited, documentDate.Date);
        chosen[documentDate] = own;

        // Each cited date: the likeliest reading not later than the document.
        foreach (var date in cited.Select(c => c.Date).OfType<FoundDate>())
            chosen[date] = date.Readings.FirstOrDefault(d => d <= own, date.Date);

        return new DateReadings(own, chosen, chosen.Values.Any(d => d > own));
    }
}

/// <summary>The document's date and the reading chosen for each date the rule looked at.</summary>
internal sealed record DateReadings(DateOnly? DocumentDate, IReadOnlyDictionary<FoundDate, DateOnly> Chosen, bool DatedBeforeCitation)
{
    public DateOnly? Of(FoundDate? date) => date is null ? null : Chosen.TryGetValue(date, out var d) ? d : date.Date;

    /// <summary>The date as read, or as chosen when the rule picked another of its readings.</summary>
    public FoundDate Apply(FoundDate date) =>
        Of(date) is { } d && d != date.Date ? date with { Date = d, Alternatives = date.Readings.Where(r => r != d).ToList() } : date;
}
