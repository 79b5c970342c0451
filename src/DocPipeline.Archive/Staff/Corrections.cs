namespace DocPipeline.Archive.Staff;

/// <summary>The parts of a document's identity a clerk may correct, by the names the CLI, the API and the audit log use.</summary>
public static class IdentityFields
{
    public const string Type = "type", Number = "number", Date = "date", Issuer = "issuer", Title = "title", Subject = "subject";

    /// <summary>The audit log's field name for a page's text.</summary>
    public const string PageText = "text";

    public static readonly IReadOnlyList<string> All = [Type, Number, Date, Issuer, Title, Subject];
}

/// <summary>Who did something and from where (an IP address, or "command line").</summary>
public sealed record Actor(string Name, string? Address);

/// <summary>
/// What a clerk changes in one save: identity fields (a null value: the document has none) and page texts by page
/// number. Fields left out are left as they are. An empty correction still records that the document was checked.
/// </summary>
public sealed record Correction(IReadOnlyDictionary<string, string?> Identity, IReadOnlyDictionary<int, string> Pages)
{
    public static readonly Correction None = new(new Dictionary<string, string?>(), new Dictionary<int, string>());
}

/// <summary>A value staff set in place of the machine's. Page is 0 for identity fields; MachineValue is what extraction or OCR read.</summary>
public sealed record StoredCorrection(int Page, string Field, string? Value, string? MachineValue, string By, DateTimeOffset At);

/// <summary>A correction the catalog refuses (an unknown field, a date that is not yyyy-MM-dd, a page the document lacks).</summary>
public sealed class CorrectionRefusedException(string message) : Exception(message);

/// <summary>
/// Corrections staff make, kept in the catalog beside the values the machine read. The corrected value is what the
/// catalog, the index, the citation and the citation graph use; `reindex` and later pipeline versions apply it again
/// over whatever they read, and only refresh the machine's value.
/// </summary>
public interface ICorrectionStore
{
    /// <summary>Applies a correction in one transaction with its audit entries; null when there is no such document.</summary>
    DocumentSummary? Correct(long id, Correction correction, Actor actor);

    IReadOnlyList<StoredCorrection> Corrections(long id);
}
