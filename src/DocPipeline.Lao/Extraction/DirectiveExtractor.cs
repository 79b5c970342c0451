using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// Reads a directive's identity (number, date, type, issuer, subject, title, addressees) from its header block
/// and the references it cites, each with its type, issuer and date. Input is canonical text from
/// <see cref="LaoTextEngine"/>. The steps, in order: dates, numbers (damaged issuer codes read as known ones),
/// header (its issuer read as the known issuer it is near, its own number's code checked against the issuer's
/// initials), citations, date order. The types, codes and issuers the
/// archive has learned come in through the constructor.
/// </summary>
public sealed class DirectiveExtractor(TypeVocabulary? types = null, IssuerCodes? codes = null, IssuerNames? issuers = null)
{
    private readonly DateFinder _dates = new();
    private readonly TypeVocabulary _types = types ?? TypeVocabulary.Standard;
    private readonly IssuerCodes _codes = codes ?? IssuerCodes.PublishedOnly;
    private readonly IssuerNames _issuers = issuers ?? IssuerNames.PublishedOnly;

    public DirectiveFacts Extract(string canonicalText)
    {
        string text = Digits.ToAscii(canonicalText);
        var dates = _dates.Find(text);
        var numbers = KnownCodes(ReferenceNumbers.Find(text).Select(n => new FoundNumber(n.Written, n.Key, n.Index, n.Length)).ToList());
        var header = HeaderReader.Read(TextLine.Split(text), numbers, dates, _types);

        // The document's own number is never one of its references, wherever it is repeated.
        var cited = CitationReader.Read(text, numbers.Where(n => n.Key != header.Own?.Key).ToList(), dates, _types);
        var order = DateOrder.Reconcile(header.Date, cited);

        string? issuer = header.Issuer is { } read ? _issuers.Resolve(read, header.Own?.Written) : null;
        string? own = header.Own?.Written is { } written && issuer is not null ? IssuerCodes.RepairByIssuer(written, issuer) : header.Own?.Written;
        var references = cited.Select(c => new Reference(
            c.Number.Written, c.Number.Key, order.Of(c.Date), c.Type, c.Issuer, c.Date?.Confidence)).ToList();
        return new DirectiveFacts(
            own, order.DocumentDate, header.Type, issuer, header.Subject, references, dates.Select(order.Apply).ToList(),
            header.Addressees, header.Date?.Confidence, order.DatedBeforeCitation, header.Title);
    }

    // Codes the document repeats are known for it: `ຍທຂ` in its own number and in a citation.
    private List<FoundNumber> KnownCodes(List<FoundNumber> numbers)
    {
        var repeated = numbers.SelectMany(n => IssuerCodes.Segments(n.Written).Append(IssuerCodes.CodeOf(n.Written)).Distinct())
            .GroupBy(s => s).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        return numbers.Select(n => _codes.Repair(n.Written, repeated) is var written && written != n.Written
            ? n with { Written = written, Key = ReferenceNumbers.KeyOf(written) } : n).ToList();
    }
}
