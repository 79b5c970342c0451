using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// Issuer codes known before a document is read: the published ones (LAO-NOTES: ສພຊ National Assembly, ນຍ Prime
/// Minister, ປທສ, ຍທຂ, ພນ …) and those the archive has learned. A code of three letters or more that OCR damaged by
/// one look-alike letter (`ສພຂ` for ສພຊ, `ປຫສ` for ປທສ) is read as the one known code it is that close to; a code
/// that is known, or near none or several, is left as read; a two-letter code only through a letter the project model
/// is seen to misread at that place (`ນບ` for ນຍ, `ປຫ` for ປທ). Codes a document repeats count as known for it.
/// </summary>
public sealed class IssuerCodes
{
    /// <summary>The codes LAO-NOTES lists from public Lao government pages.</summary>
    public static readonly IReadOnlyList<string> Published = ["ສພຊ", "ນຍ", "ປທສ", "ຍທຂ", "ພນ", "ລບ", "ປທ", "ປປທ"];

    public static readonly IssuerCodes PublishedOnly = new([]);

    /// <summary>
    /// The bodies LAO-NOTES ties to one published code, as <see cref="IssuerNames.Published"/> spells them (ປທ and
    /// ປປທ both stand for the President: left out).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> PublishedIssuers = new Dictionary<string, string>
    {
        ["ສະພາແຫ່ງຊາດ"] = "ສພຊ",
        ["ນາຍົກລັດຖະມົນຕີ"] = "ນຍ",
        ["ກະຊວງໄປສະນີ ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ"] = "ປທສ",
        ["ກະຊວງໂຍທາທິການ ແລະ ຂົນສົ່ງ"] = "ຍທຂ",
        ["ກະຊວງພາຍໃນ"] = "ພນ",
        ["ລັດຖະບານ"] = "ລບ",
    };

    // A cited code this far from its issuer's code (one letter swapped, dropped or read as a vowel) is that code.
    private const double MaxCitedIssuerDistance = 1.0;

    // Letters OCR swapped inside codes on the tuning corpus besides the look-alike groups (ReferenceKeys folds the same).
    // ທ read as ນ: Noto Serif Lao on the layout pages (m05's ຖວທ read ຖວນ).
    // ຍ read as ບ: the stage-2 model on Phetsarath OT at 150 dpi (study pages: ຍທຂ read ບທຂ; tuning: ນຍ read ນບ).
    // ພ read as ນ and ທ as ຈ: the project model on Noto Serif Lao, a font it was not trained on (study scans of
    // 2026-12-07: ສພຊ read ສນຊ twice, ປທສ read ປຈສ).
    private static readonly string[] SeenSwaps = ["ຈວ", "ຈນ", "ທນ", "ຍບ", "ພນ", "ທຈ"];

    // Two-letter codes are too many for any look-alike to tell them apart (ພບ and ພນ are both real), so only the
    // misreadings seen at code positions, read letter → printed letter: ຍ read ບ (ນຍ → ນບ), ທ read ຫ (ປທ → ປຫ), ພ read
    // ມ (ພນ → ມນ, Noto Serif Lao on a study scan).
    private static readonly (char Read, char Printed)[] SeenTwoLetterMisreadings = [('ບ', 'ຍ'), ('ຫ', 'ທ'), ('ມ', 'ພ')];

    // A code is consonants: a vowel inside one is OCR damage (ສພຊ read ສາມຊ, ພ split in two), read as the one known
    // code within this distance.
    private const double MaxDamagedCodeDistance = 2.0;
    private const double DamagedCodeMargin = 0.5;

    // What a body's name starts with says what kind of body it is, not which: no letter of its code.
    private static readonly string[] BodyKinds = ["ກະຊວງ", "ແຂວງ", "ກົມ", "ພະແນກ", "ຫ້ອງການ", "ສະຖາບັນ"];
    private const string And = "ແລະ";

    private readonly HashSet<string> _known;

    /// <param name="learned">Numbers or codes the archive holds (`042/ຄປ.ວຈ` or `ຄປ.ວຈ`).</param>
    public IssuerCodes(IEnumerable<string> learned) =>
        _known = [.. Published, .. learned.Select(CodeOf).Where(c => c.Length > 0)];

    /// <summary>The known codes, whole (`ຄປ.ວຈ`).</summary>
    public IReadOnlyCollection<string> Known => _known;

    /// <summary>The code of a number (what follows its slash), or the text itself when it has no slash.</summary>
    public static string CodeOf(string number) => number[(number.IndexOf('/') + 1)..].Trim();

    /// <summary>
    /// A number with its Lao code read as the known code it is one look-alike letter from (`20/ສພຂ` → `20/ສພຊ`),
    /// else each segment of three letters or more read so (`ຍຫຂ.ກທ` → `ຍທຂ.ກທ`); <paramref name="alsoKnown"/> are
    /// codes and segments the same document repeats.
    /// </summary>
    public string Repair(string number, IReadOnlySet<string> alsoKnown)
    {
        int slash = number.IndexOf('/');
        if (slash < 0 || !LaoScript.ContainsLao(number[slash..])) return number;
        string code = number[(slash + 1)..];
        if (HasVowel(code)) return RepairDamaged(code, alsoKnown) is { } repaired ? number[..(slash + 1)] + repaired : number;
        if (code.Count(LaoScript.IsConsonant) >= 3 && RepairCode(code, alsoKnown) is { } whole) return number[..(slash + 1)] + whole;
        if (code.Length == 2 && RepairTwoLetters(code, alsoKnown) is { } pair) return number[..(slash + 1)] + pair;
        var segments = code.Split('.');
        for (int i = 0; i < segments.Length; i++)
            if (segments[i].Length >= 3) segments[i] = RepairCode(segments[i], alsoKnown) ?? segments[i];
        return number[..(slash + 1)] + string.Join('.', segments);
    }

    /// <summary>
    /// The initials of an issuer's name, the way codes abbreviate it (ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ → ຖວທ,
    /// ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ → ຮສ): the first consonant of each word after the kind of body, `ແລະ` left out;
    /// null when fewer than two.
    /// </summary>
    public static string? InitialsOf(string issuer)
    {
        var words = issuer.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0) return null;
        if (BodyKinds.FirstOrDefault(k => words[0].StartsWith(k, StringComparison.Ordinal)) is { } kind)
        {
            words[0] = words[0][kind.Length..];
            if (words[0].Length == 0) words.RemoveAt(0);
        }
        var initials = words.Where(w => w != And).Select(w => w.FirstOrDefault(LaoScript.IsConsonant)).Where(c => c != default).ToArray();
        return initials.Length >= 2 ? new string(initials) : null;
    }

    /// <summary>
    /// A document's own number whose code is one look-alike letter from the initials of its issuer (`073/ຖວນ` from
    /// ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ) read with the initials; any other number as it is.
    /// </summary>
    public static string RepairByIssuer(string number, string issuer)
    {
        int slash = number.IndexOf('/');
        if (slash < 0 || InitialsOf(issuer) is not { } initials) return number;
        string code = number[(slash + 1)..];
        return code.Count(LaoScript.IsConsonant) >= 3 && OneSwapApart(initials, code) ? number[..(slash + 1)] + initials : number;
    }

    /// <summary>
    /// A cited number read beside the name of its issuer (`ດຳລັດ ຂອງນາຍົກລັດຖະມົນຕີ … ເລກທີ 532/ນະ`): a code of one
    /// segment that is no known code and one letter from the issuer's published code is read as that code (`532/ນຍ`);
    /// any other number as it is. The name is read through <paramref name="names"/> only for a code that may need it.
    /// </summary>
    public string RepairByCitedIssuer(string number, string issuerAsRead, IssuerNames names, IReadOnlySet<string> alsoKnown)
    {
        int slash = number.IndexOf('/');
        if (slash < 0) return number;
        string code = number[(slash + 1)..];
        if (code.Contains('.') || _known.Contains(code) || alsoKnown.Contains(code) || !LaoScript.ContainsLao(code)) return number;
        string issuer = names.Resolve(issuerAsRead);
        string? published = PublishedIssuers.Where(p => issuer.StartsWith(p.Key, StringComparison.Ordinal)).Select(p => p.Value).FirstOrDefault();
        return published is not null && ConfusableDistance.Between(published, code) <= MaxCitedIssuerDistance + 1e-9
            ? number[..(slash + 1)] + published : number;
    }

    /// <summary>The dot-separated Lao segments of a number's code.</summary>
    public static IEnumerable<string> Segments(string number)
    {
        int slash = number.IndexOf('/');
        return number[(slash + 1)..].Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(LaoScript.ContainsLao);
    }

    // The one known code this code is one swapped letter from; null when it is known itself, or near none or several.
    private string? RepairCode(string code, IReadOnlySet<string> alsoKnown)
    {
        if (_known.Contains(code) || alsoKnown.Contains(code)) return null;
        var near = _known.Concat(alsoKnown).Distinct().Where(k => OneSwapApart(k, code)).Take(2).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    // The one known two-letter code this code becomes by undoing one seen misreading; null when it is known itself.
    private string? RepairTwoLetters(string code, IReadOnlySet<string> alsoKnown)
    {
        if (!code.All(LaoScript.IsConsonant) || _known.Contains(code) || alsoKnown.Contains(code)) return null;
        var near = SeenTwoLetterMisreadings
            .SelectMany(m => Enumerable.Range(0, 2).Where(i => code[i] == m.Read)
                .Select(i => i == 0 ? $"{m.Printed}{code[1]}" : $"{code[0]}{m.Printed}"))
            .Where(k => _known.Contains(k) || alsoKnown.Contains(k)).Distinct().Take(2).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    // ຼ (subscript lo) is part of its consonant (ຫຼ), not a vowel: `ທຫຼ` is a code of consonants.
    private static bool HasVowel(string code) =>
        code.Any(c => LaoScript.IsLao(c) && !LaoScript.IsConsonant(c) && !LaoScript.IsLaoDigit(c) && c != '\u0EBC');

    private string? RepairDamaged(string code, IReadOnlySet<string> alsoKnown)
    {
        var near = _known.Concat(alsoKnown).Where(k => k.Length >= 2 && !HasVowel(k)).Distinct()
            .Select(k => (Code: k, Distance: ConfusableDistance.Between(k, code)))
            .Where(k => k.Distance <= MaxDamagedCodeDistance + 1e-9).OrderBy(k => k.Distance).Take(2).ToList();
        if (near.Count == 0 || (near.Count == 2 && near[1].Distance < near[0].Distance + DamagedCodeMargin)) return null;
        return near[0].Code;
    }

    private static bool OneSwapApart(string known, string read)
    {
        if (known.Length != read.Length) return false;
        int differing = -1;
        for (int i = 0; i < known.Length; i++)
        {
            if (known[i] == read[i]) continue;
            if (differing >= 0) return false;
            differing = i;
        }
        if (differing < 0 || !LaoScript.IsConsonant(known[differing])) return false;
        char a = known[differing], b = read[differing];
        return ConfusableDistance.Between(a.ToString(), b.ToString()) <= 0.4 + 1e-9 || SeenSwaps.Any(p => p.Contains(a) && p.Contains(b));
    }
}
