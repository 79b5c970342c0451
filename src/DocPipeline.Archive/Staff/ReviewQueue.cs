namespace DocPipeline.Archive.Staff;

/// <summary>Why a document needs a person to look at it. Code is stable (for scripts); Detail says what exactly.</summary>
public sealed record ReviewReason(string Code, string Detail, int Weight);

/// <summary>A document on the review queue: its reasons, and their summed weight (worst first).</summary>
public sealed record ReviewItem(DocumentSummary Document, IReadOnlyList<ReviewReason> Reasons)
{
    public int Score => Reasons.Sum(r => r.Weight);
}

/// <summary>The reasons, by code, and how much each weighs: a document that cannot be cited at all comes first.</summary>
public static class ReviewReasons
{
    public const string NoNumber = "no-number", NoDate = "no-date", NoType = "no-type";
    public const string LowConfidence = "low-confidence", DatedBeforeCitation = "dated-before-citation", FoldedReference = "folded-reference";

    public const int NoNumberWeight = 100, NoDateWeight = 80, DatedBeforeCitationWeight = 60, NoTypeWeight = 40, FoldedReferenceWeight = 30;

    /// <summary>A page under the review confidence weighs more the lower it scored.</summary>
    public static int LowConfidenceWeight(int confidence, int threshold) => 20 + Math.Max(0, threshold - confidence);
}

/// <summary>
/// Documents the machine may have read wrong: no number, date or type; a page under the review confidence; a date
/// before that of a document it cites; a reference linked only through OCR-damaged issuer letters. Missing values
/// leave the queue when corrected; the other reasons when a clerk has checked the document (any save on it) or
/// corrected that page.
/// </summary>
public interface IReviewQueue
{
    IReadOnlyList<ReviewItem> ReviewQueue(int reviewConfidence, int limit = 200);
}
