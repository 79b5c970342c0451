using System.Data.Common;
using System.Globalization;
using DocPipeline.Archive.Staff;

namespace DocPipeline.Archive.Catalog;

/// <summary>The review queue, asked of the catalog in one statement: each reason a column, documents with none left out.</summary>
internal sealed class CatalogReviewQueue(CatalogStore store) : IReviewQueue
{
    private static readonly string Query = $"""
        SELECT * FROM (
            SELECT {DocumentRows.Prefixed("d.")},
                (SELECT string_agg(p.number || ':' || p.confidence, ',') FROM pages p
                 WHERE p.document_id = d.id AND p.confidence < @confidence
                   AND NOT EXISTS (SELECT 1 FROM corrections k WHERE k.sha256 = d.sha256 AND k.page = p.number)) AS low_pages,
                (SELECT max(c.date) FROM citations c WHERE c.document_id = d.id AND c.date > d.date) AS later_citation,
                (SELECT string_agg(c.number, ' ') FROM citations c WHERE c.document_id = d.id
                   AND NOT EXISTS (SELECT 1 FROM documents x WHERE x.number_key = c.key AND x.id <> d.id)
                   AND EXISTS (SELECT 1 FROM documents x WHERE x.number_folded = c.folded_key AND x.id <> d.id)) AS folded,
                EXISTS (SELECT 1 FROM reviews r WHERE r.sha256 = d.sha256) AS reviewed
            FROM documents d) AS reasons
        WHERE number IS NULL OR date IS NULL OR type IS NULL
           OR (NOT reviewed AND (low_pages IS NOT NULL OR later_citation IS NOT NULL OR folded IS NOT NULL))
        """;

    public IReadOnlyList<ReviewItem> ReviewQueue(int reviewConfidence, int limit = 200)
    {
        using var connection = store.Open();
        using var command = Sql.Command(connection, Query, ("@confidence", reviewConfidence));
        using var reader = command.ExecuteReader();
        var items = new List<ReviewItem>();
        int at = DocumentRows.Count;
        while (reader.Read())
        {
            var document = DocumentRows.Read(reader, 0);
            bool reviewed = reader.GetBoolean(at + 3);
            items.Add(new ReviewItem(document, Reasons(document, Sql.Text(reader, at), Sql.Text(reader, at + 1), Sql.Text(reader, at + 2), reviewed, reviewConfidence)));
        }
        return items.OrderByDescending(i => i.Score).ThenBy(i => i.Document.Id).Take(limit).ToList();
    }

    private static List<ReviewReason> Reasons(DocumentSummary d, string? lowPages, string? laterCitation, string? folded, bool reviewed, int threshold)
    {
        var reasons = new List<ReviewReason>();
        if (d.Number is null) reasons.Add(new(ReviewReasons.NoNumber, "no reference number was read", ReviewReasons.NoNumberWeight));
        if (d.Date is null) reasons.Add(new(ReviewReasons.NoDate, "no date was read", ReviewReasons.NoDateWeight));
        if (d.Type is null) reasons.Add(new(ReviewReasons.NoType, "no document type was read", ReviewReasons.NoTypeWeight));
        if (reviewed) return reasons;
        foreach (var page in (lowPages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':')))
        {
            int confidence = int.Parse(page[1], CultureInfo.InvariantCulture);
            reasons.Add(new(ReviewReasons.LowConfidence, $"page {page[0]} was read with confidence {confidence} (under {threshold})",
                ReviewReasons.LowConfidenceWeight(confidence, threshold)));
        }
        if (laterCitation is not null)
            reasons.Add(new(ReviewReasons.DatedBeforeCitation, $"dated {Sql.IsoDate(d.Date)}, before {laterCitation}, the date of a document it cites",
                ReviewReasons.DatedBeforeCitationWeight));
        if (folded is not null)
            reasons.Add(new(ReviewReasons.FoldedReference, $"cites {folded}, found only with its issuer letters read as OCR damages them",
                ReviewReasons.FoldedReferenceWeight));
        return reasons;
    }
}
