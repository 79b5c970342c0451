using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace DocPipeline.Archive.FullText;

/// <summary>
/// The fields of an indexed document, and how an <see cref="IndexEntry"/> becomes one: analyzed text
/// (heading and body by <see cref="Analysis.LaoAnalyzer"/>, the run of folded letters by <see cref="Analysis.TrigramAnalyzer"/>),
/// exact keyword fields for reference numbers (and their folded keys, for OCR-damaged codes), and the
/// filter and facet values, indexed for filters and kept as doc values for counting and sorting.
/// </summary>
public static class IndexFields
{
    public const string Id = "id", IdValue = "id_value", Heading = "heading", Body = "body", Run = "run";
    public const string Number = "number", NumberFolded = "number_folded", Cites = "cites", CitesFolded = "cites_folded";
    public const string Type = "type", Issuer = "issuer", Date = "date", Year = "year", DateOrder = "date_order";

    public static Document ToDocument(IndexEntry entry)
    {
        string id = entry.Id.ToString(CultureInfo.InvariantCulture);
        var document = new Document
        {
            new StringField(Id, id, Field.Store.YES),
            new NumericDocValuesField(IdValue, entry.Id), // read per hit without decompressing stored fields
            new TextField(Heading, entry.Heading, Field.Store.NO),
            new TextField(Run, entry.Heading, Field.Store.NO),
        };
        foreach (string page in entry.Pages)
        {
            document.Add(new TextField(Body, page, Field.Store.NO));
            document.Add(new TextField(Run, page, Field.Store.NO));
        }
        if (entry.NumberKey is { } key)
        {
            document.Add(new StringField(Number, key, Field.Store.NO));
            document.Add(new StringField(NumberFolded, ReferenceKeys.Folded(key), Field.Store.NO));
        }
        foreach (string cited in entry.CitedKeys.Distinct())
        {
            document.Add(new StringField(Cites, cited, Field.Store.NO));
            document.Add(new StringField(CitesFolded, ReferenceKeys.Folded(cited), Field.Store.NO));
        }
        if (!string.IsNullOrWhiteSpace(entry.Type))
        {
            document.Add(new StringField(Type, entry.Type, Field.Store.NO));
            document.Add(new SortedDocValuesField(Type, new BytesRef(entry.Type)));
        }
        if (!string.IsNullOrWhiteSpace(entry.Issuer))
        {
            document.Add(new StringField(Issuer, entry.Issuer, Field.Store.NO));
            document.Add(new SortedDocValuesField(Issuer, new BytesRef(entry.Issuer)));
        }
        if (entry.Date is { } date)
        {
            document.Add(new Int32Field(Date, DateNumber(date), Field.Store.NO));
            document.Add(new NumericDocValuesField(Year, date.Year));
        }
        // Newest first among equals: the date, then the id (a later document of the same day first).
        document.Add(new NumericDocValuesField(DateOrder, (entry.Date is { } d ? DateNumber(d) : 0L) * 1_000_000_000L + entry.Id));
        return document;
    }

    /// <summary>What the heading field holds: number, type, subject, issuer.</summary>
    public static string HeadingOf(DocumentSummary d) =>
        string.Join(' ', new[] { d.Number, d.Type, d.Subject, d.Issuer }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>A date as one sortable number, yyyyMMdd.</summary>
    public static int DateNumber(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;
}
