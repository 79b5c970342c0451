using System.Data.Common;

namespace DocPipeline.Archive.Catalog;

/// <summary>
/// What a document cites, read again from its pages as they now stand. Extraction first reads the references from
/// the machine's text; when staff correct a page (a number OCR misread, a citation it dropped), the citation graph,
/// the "cited by" search and the review queue should follow the corrected text, as they follow a corrected number.
/// </summary>
internal static class CitedReferences
{
    /// <summary>Replaces the document's citations with those its current page texts hold; in the caller's transaction.</summary>
    internal static void ReadAgain(DbConnection connection, long id)
    {
        var facts = ArchiveVocabulary.Extractor(connection).Extract(DocumentText(connection, id));
        Sql.Execute(connection, "DELETE FROM citations WHERE document_id = @id", ("@id", id));
        foreach (var reference in facts.References)
            Sql.Execute(connection, "INSERT INTO citations (document_id, number, key, folded_key, date, type) VALUES (@doc, @n, @k, @fk, @d, @t)",
                ("@doc", id), ("@n", reference.Number), ("@k", reference.Key), ("@fk", ReferenceKeys.Folded(reference.Key)),
                ("@d", Sql.IsoDate(reference.Date)), ("@t", reference.Type));
    }

    // The pages joined as the pipeline joins them for extraction (DocumentAnalysis.JoinPages: a blank line between pages).
    private static string DocumentText(DbConnection connection, long id)
    {
        using var command = Sql.Command(connection, "SELECT text FROM pages WHERE document_id = @id ORDER BY number", ("@id", id));
        using var reader = command.ExecuteReader();
        var pages = new List<string>();
        while (reader.Read()) pages.Add(reader.IsDBNull(0) ? "" : reader.GetString(0));
        return string.Join("\n\n", pages);
    }
}
