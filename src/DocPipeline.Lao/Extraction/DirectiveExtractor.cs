using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// Reads a directive's identity (number, date, type, issuer, subject, addressees) from its header block
/// and the references it cites, each with its type, issuer and date. Input is canonical text from
/// <see cref="LaoTextEngine"/>. The steps, in order: dates, numbers, header, citations, date order.
/// </summary>
public sealed class DirectiveExtractor
{
    private readonly DateFinder _dates = new();

    public DirectiveFacts Extract(string canonicalText)
    {
        string text = Digits.ToAscii(canonicalText);
        var dates = _dates.Find(text);
        var numbers = ReferenceNumbers.Find(text).Select(n => new FoundNumber(n.Written, n.Key, n.Index, n.Length)).ToList();
        var header = HeaderReader.Read(TextLine.Split(text), numbers, dates);

        // The document's own number is never one of its references, wherever it is repeated.
        var cited = CitationReader.Read(text, numbers.Where(n => n.Key != header.Own?.Key).ToList(), dates);
        var order = DateOrder.Reconcile(header.Date, cited);

        var references = cited.Select(c => new Reference(
            c.Number.Written, c.Number.Key, order.Of(c.Date), c.Type, c.Issuer, c.Date?.Confidence)).ToList();
        return new DirectiveFacts(
            header.Own?.Written, order.DocumentDate, header.Type, header.Issuer, header.Subject, references, dates.Select(order.Apply).ToList(),
            header.Addressees, header.Date?.Confidence, order.DatedBeforeCitation);
    }
}
