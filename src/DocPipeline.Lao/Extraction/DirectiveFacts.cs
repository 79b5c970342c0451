namespace DocPipeline.Lao.Extraction;

/// <summary>What extraction finds in the text of one directive. Unknown values are null, never invented.</summary>
public sealed record DirectiveFacts(
    string? DocumentNumber,
    DateOnly? DocumentDate,
    string? DocumentType,
    string? Issuer,
    string? Subject,
    IReadOnlyList<Reference> References,
    IReadOnlyList<FoundDate> Dates);

/// <summary>A reference to another document: its number as written, a lookup key, and what surrounds it.</summary>
public sealed record Reference(string Number, string Key, DateOnly? Date, string? Type, string? Issuer);

/// <summary>A date found in the text, with the text it was read from.</summary>
public sealed record FoundDate(DateOnly Date, string Text, int Position);
