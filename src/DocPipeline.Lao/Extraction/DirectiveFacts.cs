namespace DocPipeline.Lao.Extraction;

/// <summary>What extraction finds in the text of one directive. Unknown values are null, never invented.</summary>
/// <param name="Addressees">The `ເຖິງ:` line and the lines listed under it.</param>
/// <param name="DocumentDateConfidence">How sure the reading of the document's date is (1 for an undamaged date).</param>
/// <param name="DatedBeforeCitation">The document's date is earlier than the date of a document it cites: one of them is misread.</param>
public sealed record DirectiveFacts(
    string? DocumentNumber,
    DateOnly? DocumentDate,
    string? DocumentType,
    string? Issuer,
    string? Subject,
    IReadOnlyList<Reference> References,
    IReadOnlyList<FoundDate> Dates,
    IReadOnlyList<string>? Addressees = null,
    double? DocumentDateConfidence = null,
    bool DatedBeforeCitation = false,
    string? Title = null);

/// <summary>
/// A reference to another document: its number as written (ASCII digits, no trailing dot), a lookup key,
/// the date that follows it, the type named before it, the issuer phrase (`ຂອງກະຊວງພາຍໃນ` → ກະຊວງພາຍໃນ).
/// </summary>
public sealed record Reference(string Number, string Key, DateOnly? Date, string? Type, string? Issuer, double? DateConfidence = null);

/// <summary>
/// A date found in the text, with the text it was read from and how sure the reading is (1 for an exact month
/// name). <paramref name="End"/> is the last day of a range (`10-12 ເມສາ 2023`); <paramref name="Alternatives"/>
/// are other readings of damaged or ambiguous text, less likely than <paramref name="Date"/>.
/// </summary>
public sealed record FoundDate(DateOnly Date, string Text, int Position, double Confidence = 1.0, DateOnly? End = null, IReadOnlyList<DateOnly>? Alternatives = null)
{
    /// <summary>The reading first, then the alternatives.</summary>
    public IEnumerable<DateOnly> Readings => Alternatives is null ? [Date] : [Date, .. Alternatives];
}
