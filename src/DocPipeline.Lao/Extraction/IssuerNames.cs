using System.Globalization;
using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// The bodies that issue directives, a finite set: the ministries, the provinces and the state's offices as their
/// letterheads write them, and the issuers the archive has learned. An issuer line that OCR damaged by a letter or two
/// (`ກະຊວງກະສິກຳ ແລະ ປ່າໃມ້`, fonts the model never saw) is read as the known name it is nearest to, measured in
/// grapheme clusters with the look-alike and folded-key confusions cheap; a line near two names (or near none) is left
/// as read, so two real issuers are never swapped. What follows the name (a department on the next line) is kept.
/// </summary>
public sealed class IssuerNames
{
    /// <summary>Ministries, provinces and state offices as their letterheads write them (public Lao government pages).</summary>
    public static readonly IReadOnlyList<string> Published =
    [
        "ສະພາແຫ່ງຊາດ", "ລັດຖະບານ", "ນາຍົກລັດຖະມົນຕີ", "ປະທານປະເທດ", "ຫ້ອງວ່າການສຳນັກງານນາຍົກລັດຖະມົນຕີ", "ທະນາຄານແຫ່ງ ສປປ ລາວ",
        "ກະຊວງປ້ອງກັນປະເທດ", "ກະຊວງປ້ອງກັນຄວາມສະຫງົບ", "ກະຊວງການຕ່າງປະເທດ", "ກະຊວງຍຸຕິທຳ", "ກະຊວງພາຍໃນ", "ກະຊວງການເງິນ",
        "ກະຊວງແຜນການ ແລະ ການລົງທຶນ", "ກະຊວງກະສິກຳ ແລະ ປ່າໄມ້", "ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ", "ກະຊວງພະລັງງານ ແລະ ບໍ່ແຮ່",
        "ກະຊວງໂຍທາທິການ ແລະ ຂົນສົ່ງ", "ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ", "ກະຊວງໄປສະນີ ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ",
        "ກະຊວງສຶກສາທິການ ແລະ ກິລາ", "ກະຊວງສາທາລະນະສຸກ", "ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ",
        "ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ", "ກະຊວງຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ", "ກະຊວງວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີ",
        "ນະຄອນຫຼວງວຽງຈັນ", "ແຂວງຜົ້ງສາລີ", "ແຂວງຫຼວງນ້ຳທາ", "ແຂວງອຸດົມໄຊ", "ແຂວງບໍ່ແກ້ວ", "ແຂວງຫຼວງພະບາງ", "ແຂວງຫົວພັນ",
        "ແຂວງໄຊຍະບູລີ", "ແຂວງຊຽງຂວາງ", "ແຂວງວຽງຈັນ", "ແຂວງບໍລິຄຳໄຊ", "ແຂວງຄຳມ່ວນ", "ແຂວງສະຫວັນນະເຂດ", "ແຂວງສາລະວັນ",
        "ແຂວງເຊກອງ", "ແຂວງຈຳປາສັກ", "ແຂວງອັດຕະປື", "ແຂວງໄຊສົມບູນ",
        "ຫ້ອງວ່າການແຂວງ", "ຫ້ອງວ່າການນະຄອນຫຼວງ",
    ];

    public static readonly IssuerNames PublishedOnly = new([]);

    // One cluster in four wrong at most (a look-alike letter costs 0.4 of one) and never a word's worth in a long name
    // (`… ແລະ ການທ່ອງທ່ຽວ` is another wording, maybe another body), and the runner-up a whole cluster further.
    private const double MaxRelativeDistance = 0.25;
    private const double MaxDistance = 2.5;
    private const double Margin = 1.0;
    private const double FoldedAlike = 0.3;
    // Word by word, a long name may carry more damage in all (fonts the model never saw drop a letter in each word)
    // as long as each of its words is still itself: no word more than this share wrong, so a word added or
    // dropped (another wording, maybe another body) is no match.
    private const double MaxWordDistance = 0.4;

    private readonly List<Known> _known;

    /// <param name="learned">Issuers the archive's catalog holds.</param>
    public IssuerNames(IEnumerable<string> learned) =>
        _known = [.. Published.Concat(learned.Select(l => l.Trim()).Where(IsNameLike)).Distinct(StringComparer.Ordinal).Select(n => new Known(n, Clusters(Squeeze(n))))];

    /// <summary>The known names.</summary>
    public IReadOnlyList<string> Names => _known.Select(k => k.Name).ToList();

    /// <summary>
    /// The issuer as read, its leading name replaced by the one known name it is near (`ແຂວງຫຼວງພະບາງ ພະແນກ…` stays,
    /// `ແຂວງຫຼວງພະບາງ` read `ແຂວງຫຼວງພະບ້າງ` is repaired); unchanged when it starts with a known name already, or is near
    /// none, or near two that differ by less than the margin.
    /// </summary>
    /// <param name="ownNumber">
    /// The document's own number as read (`073/ຖວທ`): when its code spells the initials of a known name
    /// (<see cref="IssuerCodes.InitialsOf"/>), a line too damaged for the other matches is still that name, see
    /// <see cref="ByOwnCode"/>.
    /// </param>
    public string Resolve(string read, string? ownNumber = null)
    {
        string squeezed = Squeeze(read);
        if (squeezed.Length == 0) return read;
        var text = Clusters(squeezed);
        var matches = _known.Select(k => (k, Match: AgainstPrefix(k.Clusters, text)))
            .Where(m => m.Match.Distance <= Math.Min(MaxDistance, MaxRelativeDistance * m.k.Clusters.Length) + 1e-9)
            .OrderBy(m => m.Match.Distance).ThenByDescending(m => m.k.Clusters.Length).ToList();
        if (matches.Count == 0) return WordByWord(read) ?? ByOwnCode(read, text, ownNumber) ?? read;
        var best = matches[0];
        // A longer known name that starts with the best one (`ຫ້ອງວ່າການແຂວງ` and a learned `ຫ້ອງວ່າການແຂວງວຽງຈັນ`) is no rival.
        if (matches.Skip(1).Any(m => m.Match.Distance < best.Match.Distance + Margin - 1e-9 && !PrefixRelated(m.k.Name, best.k.Name))) return read;
        if (best.Match.Distance < 1e-9) return read;
        return Replaced(read, text, best.Match.Length, best.k.Name);
    }

    /// <summary>
    /// The read line with its first <paramref name="clusters"/> clusters replaced by the known name. What followed the
    /// name glued stays glued (`ຫ້ອງວ່າການແຂວງວຽງຈັນ`), what followed a space stays apart.
    /// </summary>
    private static string Replaced(string read, string[] text, int clusters, string name)
    {
        string rest = read[OriginalLength(read, text.Take(clusters).Sum(c => c.Length))..];
        return rest.Length == 0 ? name : char.IsWhiteSpace(rest[0]) ? name + " " + rest.Trim() : name + rest.TrimEnd();
    }

    // The one known name of several words whose every word starts what is left of the read line in turn (spaces
    // ignored: OCR glues `ແລະສິ່ງແວດລ້ອມ`), within the overall share; what follows them is kept.
    private string? WordByWord(string read)
    {
        var text = Clusters(Squeeze(read));
        var matches = _known.Select(k => (k.Name, Match: WordsAgainstPrefix(k.Name, text)))
            .Where(m => m.Match is not null).OrderBy(m => m.Match!.Value.Distance).Take(2).ToList();
        if (matches.Count == 0 || (matches.Count == 2 && matches[1].Match!.Value.Distance < matches[0].Match!.Value.Distance + Margin)) return null;
        return Replaced(read, text, matches[0].Match!.Value.Length, matches[0].Name);
    }

    // Two readings that agree: the number's code is the initials of the one known name the line is within the overall
    // share of (`ກະຊວງຖະເແຫຼງຂ່າວ, ວັດທະນະາຳ ແລະ່ອງາກ່ຽວ` beside `073/ຖວທ`, its last word too damaged to be itself),
    // with no absolute cap and no word-by-word limit. Only names of three initials or more: two letters fit too much.
    private string? ByOwnCode(string read, string[] text, string? ownNumber)
    {
        int slash = ownNumber?.IndexOf('/') ?? -1;
        if (slash < 0) return null;
        string code = new(ownNumber![(slash + 1)..].Where(LaoScript.IsConsonant).ToArray());
        if (code.Length < 3) return null;
        var matches = _known.Where(k => IssuerCodes.InitialsOf(k.Name) == code)
            .Select(k => (k.Name, Match: AgainstPrefix(k.Clusters, text)))
            .Where(m => m.Match.Distance <= MaxRelativeDistance * Clusters(Squeeze(m.Name)).Length + 1e-9).Take(2).ToList();
        return matches.Count == 1 ? Replaced(read, text, matches[0].Match.Length, matches[0].Name) : null;
    }

    private static (double Distance, int Length)? WordsAgainstPrefix(string name, string[] text)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;
        double total = 0;
        int clusters = 0, at = 0;
        foreach (string word in words)
        {
            var known = Clusters(Squeeze(word));
            var (distance, length) = AgainstPrefix(known, text[at..]);
            if (distance > MaxWordDistance * known.Length + 1e-9) return null;
            total += distance;
            clusters += known.Length;
            at += length;
        }
        return total <= MaxRelativeDistance * clusters + 1e-9 ? (total, at) : null;
    }

    private static bool PrefixRelated(string a, string b) =>
        Squeeze(a).StartsWith(Squeeze(b), StringComparison.Ordinal) || Squeeze(b).StartsWith(Squeeze(a), StringComparison.Ordinal);

    // A learned issuer is a Lao name, not a sentence a bad extraction once took for one.
    private static bool IsNameLike(string name) => name.Length is >= 4 and <= 80 && LaoScript.ContainsLao(name) && !name.Any(char.IsDigit);

    // Smallest distance between the pattern and a prefix of the text, in clusters, with that prefix's length.
    private static (double Distance, int Length) AgainstPrefix(string[] pattern, string[] text)
    {
        int n = pattern.Length, m = Math.Min(text.Length, pattern.Length + 3);
        var previous = new double[m + 1];
        var current = new double[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j;
        for (int i = 1; i <= n; i++)
        {
            current[0] = i;
            for (int j = 1; j <= m; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + Substitute(pattern[i - 1], text[j - 1]));
            (previous, current) = (current, previous);
        }
        int best = 0;
        for (int j = 1; j <= m; j++) if (previous[j] < previous[best] - 1e-9) best = j;
        return (previous[best], best);
    }

    // Clusters that fold to one search key cost little (OCR read one for the other); else the letters' look-alike distance, one at most.
    private static double Substitute(string a, string b)
    {
        if (a == b) return 0;
        double letters = Math.Min(1, ConfusableDistance.Between(a, b));
        return SearchKeys.Folded(a) == SearchKeys.Folded(b) ? Math.Min(FoldedAlike, letters) : letters;
    }

    private static string[] Clusters(string text)
    {
        var clusters = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) clusters.Add(e.GetTextElement());
        return [.. clusters];
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && (LaoScript.IsLao(c) || char.IsLetterOrDigit(c))));

    // Where, in the text as read, the first `squeezedLength` characters of its squeezed form end.
    private static int OriginalLength(string read, int squeezedLength)
    {
        int seen = 0, i = 0;
        for (; i < read.Length && seen < squeezedLength; i++)
            if (!char.IsWhiteSpace(read[i]) && (LaoScript.IsLao(read[i]) || char.IsLetterOrDigit(read[i]))) seen++;
        while (i < read.Length && LaoScript.IsCombiningMark(read[i])) i++;
        return i;
    }

    private sealed record Known(string Name, string[] Clusters);
}
