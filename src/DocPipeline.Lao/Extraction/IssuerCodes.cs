using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// Issuer codes known before a document is read: the published ones (LAO-NOTES: ສພຊ National Assembly, ນຍ Prime
/// Minister, ປທສ, ຍທຂ, ພນ …) and those the archive has learned. A code of three letters or more that OCR damaged by
/// one look-alike letter (`ສພຂ` for ສພຊ, `ປຫສ` for ປທສ) is read as the one known code it is that close to; a code
/// that is known, shorter, or near none or several, is left as read. Codes a document repeats count as known for it.
/// </summary>
public sealed class IssuerCodes
{
    /// <summary>The codes LAO-NOTES lists from public Lao government pages.</summary>
    public static readonly IReadOnlyList<string> Published = ["ສພຊ", "ນຍ", "ປທສ", "ຍທຂ", "ພນ", "ລບ", "ປທ", "ປປທ"];

    public static readonly IssuerCodes PublishedOnly = new([]);

    // One look-alike letter (ConfusableDistance's look-alike cost) or one tone mark, no more.
    private const double MaxDistance = 0.4 + 1e-9;

    private readonly HashSet<string> _known;

    public IssuerCodes(IEnumerable<string> learned) =>
        _known = [.. Published, .. learned.SelectMany(Segments)];

    /// <summary>The known codes, segment by segment (`ຄປ.ວຈ` is known as ຄປ and ວຈ).</summary>
    public IReadOnlyCollection<string> Known => _known;

    /// <summary>
    /// A number with each segment of its Lao code read as the known segment it is one look-alike letter from
    /// (`20/ສພຂ` → `20/ສພຊ`); <paramref name="alsoKnown"/> are segments the same document repeats.
    /// </summary>
    public string Repair(string number, IReadOnlySet<string> alsoKnown)
    {
        int slash = number.IndexOf('/');
        if (slash < 0 || !LaoScript.ContainsLao(number[slash..])) return number;
        var segments = number[(slash + 1)..].Split('.');
        for (int i = 0; i < segments.Length; i++) segments[i] = RepairSegment(segments[i], alsoKnown);
        return number[..(slash + 1)] + string.Join('.', segments);
    }

    /// <summary>The dot-separated Lao segments of a number's code.</summary>
    public static IEnumerable<string> Segments(string number)
    {
        int slash = number.IndexOf('/');
        return number[(slash + 1)..].Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(LaoScript.ContainsLao);
    }

    private string RepairSegment(string segment, IReadOnlySet<string> alsoKnown)
    {
        // Two-letter codes are too dense to guess at: ພບ and ພນ are both ministries.
        if (segment.Length < 3 || _known.Contains(segment) || alsoKnown.Contains(segment)) return segment;
        var near = _known.Concat(alsoKnown).Distinct()
            .Where(k => k.Length == segment.Length && ConfusableDistance.Between(k, segment) <= MaxDistance)
            .Take(2).ToList();
        return near.Count == 1 ? near[0] : segment;
    }
}
