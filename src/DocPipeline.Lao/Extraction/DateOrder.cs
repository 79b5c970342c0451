namespace DocPipeline.Lao.Extraction;

/// <summary>
/// A document cannot be dated before the documents it cites. Where a date has several candidate readings
/// (a damaged month name, a numeric date that reads both ways), the rule picks the reading that keeps the
/// order; where no reading does, the document is flagged.
/// </summary>
internal static class DateOrder
{
    public static (DateOnly? DocumentDate, IReadOnlyList<DateOnly?> ReferenceDates, bool DatedBeforeCitation) Reconcile(
        FoundDate? documentDate, IReadOnlyList<CitedNumber> cited)
    {
        var referenceDates = cited.Select(c => c.Date?.Date).ToList();
        if (documentDate is null) return (null, referenceDates, false);

        // The document's reading: the likeliest one not earlier than every date it cites.
        DateOnly latestCited = referenceDates.Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(DateOnly.MinValue).Max();
        DateOnly own = documentDate.Readings.FirstOrDefault(d => d >= latestCited, documentDate.Date);

        // Each cited date: the likeliest reading not later than the document.
        for (int i = 0; i < cited.Count; i++)
            if (cited[i].Date is { } date)
                referenceDates[i] = date.Readings.FirstOrDefault(d => d <= own, date.Date);

        return (own, referenceDates, referenceDates.Any(d => d > own));
    }
}
