using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// Reads a directive's identity (number, date, type, issuer, subject, title, addressees) from its header block
/// and the references it cites, each with its type, issuer and date. Input is canonical text from
/// <see cref="LaoTextEngine"/>. The steps, in order: dates, numbers (damaged issuer codes read as known ones),
/// header (its issuer read as the known issuer it is near, its own number's code checked against the issuer's
/// initials), citations (a damaged code read through the published code of the issuer named beside it), date
/// order. The types, codes and issuers the archive has learned come in through the constructor.
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
        var found = ReferenceNumbers.Find(text).Select(n => new FoundNumber(n.Written, n.Key, n.Index, n.Length)).ToList();
        var repeated = RepeatedCodes(found);
        var numbers = KnownCodes(found, repeated);
        var header = HeaderReader.Read(TextLine.Split(text), numbers, dates, _types);

        // The document's own number is never one of its references, wherever it is repeated.
        var cited = CitationReader.Read(text, numbers.Where(n => n.Key != header.Own?.Key).ToList(), dates, _types);
        var order = DateOrder.Reconcile(header.Date, cited);

        string? issuer = header.Issuer is { } read ? _issuers.Resolve(read, header.Own?.Written) : null;
        string? own = header.Own?.Written is { } written && issuer is not null ? IssuerCodes.RepairByIssuer(written, issuer) : header.Own?.Written;
        var references = cited.Select(c => Cite(c, ByCitedIssuer(c.Number, c.Issuer, repeated), order)).ToList();
        return new DirectiveFacts(
            own, order.DocumentDate, header.Type, issuer, header.Subject, references, dates.Select(order.Apply).ToList(),
            header.Addressees, header.Date?.Confidence, order.DatedBeforeCitation, header.Title);
    }

    // Codes the document repeats are known for it: `ຍທຂ` in its own number and in a citation.
    private static HashSet<string> RepeatedCodes(List<FoundNumber> numbers) =>
        numbers.SelectMany(n => IssuerCodes.Segments(n.Written).Append(IssuerCodes.CodeOf(n.Written)).Distinct())
            .GroupBy(s => s).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();

    private List<FoundNumber> KnownCodes(List<FoundNumber> numbers, IReadOnlySet<string> repeated) =>
        numbers.Select(n => Rewritten(n, _codes.Repair(n.Written, repeated))).ToList();

    // A cited number's code read through the issuer named beside it, that name read as the known one it is near.
    private FoundNumber ByCitedIssuer(FoundNumber number, string? issuer, IReadOnlySet<string> repeated) =>
        issuer is null ? number : Rewritten(number, _codes.RepairByCitedIssuer(number.Written, issuer, _issuers, repeated));

    private static Reference Cite(CitedNumber cited, FoundNumber number, DateReadings order) =>
        new(number.Written, number.Key, order.Of(cited.Date), cited.Type, cited.Issuer, cited.Date?.Confidence);

    private static FoundNumber Rewritten(FoundNumber number, string written) =>
        written == number.Written ? number : number with { Written = written, Key = ReferenceNumbers.KeyOf(written) };
}
