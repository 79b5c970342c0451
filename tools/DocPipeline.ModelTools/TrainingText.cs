using System.Text;

namespace DocPipeline.ModelTools;

/// <summary>
/// Lines of training text for the project's Lao model, the same for the same seed: directive header lines (motto,
/// issuers, `ເລກທີ` numbers and dates in Lao and Arabic digits), `ອີງຕາມ` citations, articles and items, runs of
/// lexicon words in modern spelling (ໜ ໝ ຳ ຫຼ), and — only when <paramref name="latin"/> — Latin reference codes,
/// names and mixed lines. Fonts that have no Latin glyphs get the Lao-only lines (text2image drops what a font lacks).
/// Nothing here is drawn from corpus/: the held-out pages' texts must stay unseen.
/// </summary>
public sealed class TrainingText(IReadOnlyList<string> lexicon, int seed, bool latin)
{
    private static readonly string[] Motto =
    [
        "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ",
        "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ",
    ];

    internal static readonly (string Name, string Code)[] Issuers =
    [
        ("ກະຊວງການເງິນ", "ກງ"), ("ກະຊວງພາຍໃນ", "ພນ"), ("ສຳນັກງານນາຍົກລັດຖະມົນຕີ", "ນຍ"), ("ສະພາແຫ່ງຊາດ", "ສພຊ"),
        ("ກະຊວງໂຍທາທິການ ແລະ ຂົນສົ່ງ", "ຍທຂ"), ("ກະຊວງໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ", "ປທສ"),
        ("ກະຊວງກະສິກຳ ແລະ ປ່າໄມ້", "ກປ"), ("ກະຊວງສາທາລະນະສຸກ", "ສທ"), ("ກະຊວງສຶກສາທິການ ແລະ ກິລາ", "ສສກ"),
        ("ກະຊວງຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ", "ຊສ"), ("ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ", "ອຄ"),
        ("ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ", "ຮສ"), ("ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ", "ຖວທ"),
        ("ກະຊວງພະລັງງານ ແລະ ບໍ່ແຮ່", "ພບ"), ("ກະຊວງຍຸຕິທຳ", "ຍທ"), ("ກະຊວງການຕ່າງປະເທດ", "ຕປ"),
        ("ແຂວງຫຼວງພະບາງ", "ຫລບ"), ("ແຂວງສະຫວັນນະເຂດ", "ສຂ"), ("ແຂວງຈຳປາສັກ", "ຈປສ"), ("ແຂວງຫົວພັນ", "ຫພ"),
        ("ແຂວງຄຳມ່ວນ", "ຄມ"), ("ແຂວງອຸດົມໄຊ", "ອດ"), ("ແຂວງບໍ່ແກ້ວ", "ບກ"), ("ແຂວງໄຊຍະບູລີ", "ຊບ"),
        ("ຄະນະປະຈຳພັກແຂວງວຽງຈັນ", "ຄປ.ວຈ"), ("ຫ້ອງວ່າການນະຄອນຫຼວງວຽງຈັນ", "ຫວນ"), ("ທະນາຄານແຫ່ງ ສປປ ລາວ", "ທຫລ"),
    ];

    internal static readonly string[] Types =
    [
        "ດຳລັດ", "ຄຳສັ່ງ", "ຄຳແນະນຳ", "ມະຕິ", "ແຈ້ງການ", "ຂໍ້ຕົກລົງ", "ກົດໝາຍ", "ລະບຽບການ", "ກົດລະບຽບ", "ບົດບັນທຶກ",
        "ໃບແຈ້ງການ", "ຄຳຮ້ອງ", "ໃບຢັ້ງຢືນ", "ບົດລາຍງານ",
    ];

    private static readonly string[] Months =
        ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"];

    internal static readonly string[] Places =
        ["ນະຄອນຫຼວງວຽງຈັນ", "ຫຼວງພະບາງ", "ປາກເຊ", "ສະຫວັນນະເຂດ", "ທ່າແຂກ", "ຊຳເໜືອ", "ໂພນໂຮງ", "ຜົ້ງສາລີ"];

    private static readonly string[] LatinWords =
    [
        "Ministry", "of", "Finance", "Home", "Affairs", "Public", "Works", "and", "Transport", "Decree", "Order",
        "Notice", "Instruction", "Vientiane", "Capital", "Province", "Lao", "PDR", "Department", "Office", "Bank",
        "National", "Assembly", "Prime", "Minister", "Agreement", "Project", "Company", "Limited", "Sole", "Co.,", "Ltd.",
        "Road", "Village", "District", "Tel:", "Fax:", "Email:", "www.", "No.", "Ref.", "Date:", "Page", "ASEAN", "UNDP",
    ];

    internal static readonly string[] LatinCodes = ["PM", "NA", "MoIC", "NASC", "MOF", "MPWT", "MoHA", "GOV", "PTC", "BOL", "MOH", "MAF"];

    private readonly Random _random = new(seed);

    public IEnumerable<string> Lines(int count)
    {
        for (int i = 0; i < count; i++) yield return Canonical(Line());
    }

    /// <summary>A hunspell .dic (a count line, then WORD[/FLAGS]) as distinct words in the trained spelling.</summary>
    public static IEnumerable<string> Lexicon(IEnumerable<string> dicLines) =>
        dicLines.Skip(1).Select(line => Canonical(line.Split('/')[0].Trim())).Where(word => word.Length > 0).Distinct();

    // ໍ + າ draws exactly as ຳ, so the two spellings cannot be told apart on a page: train on the one the text
    // engine keeps (a tone mark goes before ຳ: ນໍ້າ → ນ້ຳ).
    internal static string Canonical(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, "\u0ECD([\u0EC8-\u0ECB]?)\u0EB2", "$1\u0EB3").Normalize(NormalizationForm.FormC);

    /// <summary>One line of the kinds above, uncanonicalized.</summary>
    internal string Line()
    {
        int kind = _random.Next(latin ? 12 : 10);
        return kind switch
        {
            0 => Motto[_random.Next(Motto.Length)],
            1 => Pick(Issuers).Name + (_random.Next(3) == 0 ? " " + Words(2) : ""),
            2 => $"ເລກທີ {Number()}/{Code()}" + (_random.Next(2) == 0 ? $" {Pick(Places)}, ວັນທີ {Date()}" : ""),
            3 => $"{Pick(Places)}, ວັນທີ {Date()}",
            4 => $"- ອີງຕາມ {Pick(Types)} {Words(3)} ສະບັບເລກທີ {Number()}/{Code()}, ລົງວັນທີ {Date()};",
            5 => $"ມາດຕາ {Digits(_random.Next(1, 80))} {Words(_random.Next(4, 10))}",
            6 => $"{Digits(_random.Next(1, 12))}). {Words(_random.Next(4, 9))}",
            7 => $"{Pick(Types)} ວ່າດ້ວຍ {Words(_random.Next(2, 6))}",
            8 => Words(_random.Next(5, 12)),
            9 => $"{Words(_random.Next(2, 5))} {Digits(_random.Next(1, 100000))} {Words(_random.Next(1, 4))} {Punctuation()}",
            10 => LatinLine(),
            _ => $"{Words(_random.Next(2, 5))} {Pick(LatinWords)} {Pick(LatinWords)} {AsciiNumber()}/{Pick(LatinCodes)} {Words(2)}",
        };
    }

    private string LatinLine() => _random.Next(4) switch
    {
        0 => $"No. {AsciiNumber()}/{Pick(LatinCodes)}, dated {_random.Next(1, 29)}/{_random.Next(1, 13):00}/{_random.Next(1990, 2031)}",
        1 => string.Join(' ', Enumerable.Range(0, _random.Next(3, 8)).Select(_ => Pick(LatinWords))),
        2 => $"{(char)('A' + _random.Next(26))}{(char)('A' + _random.Next(26))}-{_random.Next(10, 99)}/{Pick(LatinCodes)} ({Pick(LatinWords)})",
        _ => $"Tel: (+856-21) {_random.Next(200000, 999999)}; {Pick(LatinWords).ToLowerInvariant()}@gov.la",
    };

    internal string Words(int count)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            // Lao runs words together within a phrase; a space ends a phrase.
            if (i > 0 && _random.Next(3) == 0) text.Append(' ');
            text.Append(lexicon[_random.Next(lexicon.Count)]);
        }
        return text.ToString();
    }

    internal string Number()
    {
        int n = _random.Next(1, 1500);
        string written = _random.Next(3) == 0 ? n.ToString("000") : n.ToString();
        return LaoOrArabic(written);
    }

    internal string Date() => _random.Next(5) switch
    {
        0 => LaoOrArabic($"{_random.Next(1, 32):00}/{_random.Next(1, 13):00}/{_random.Next(1975, 2031)}"),
        _ => $"{Digits(_random.Next(1, 32))} {Pick(Months)} {Digits(_random.Next(1975, 2031))}",
    };

    internal string Digits(int n) => LaoOrArabic(n.ToString());

    // Fonts without Latin glyphs get Lao digits only; the others see both, as the archive does.
    internal string LaoOrArabic(string ascii) =>
        latin && _random.Next(2) == 0 ? ascii : string.Concat(ascii.Select(c => char.IsAsciiDigit(c) ? (char)('໐' + (c - '0')) : c));

    internal string AsciiNumber() => _random.Next(1, 999).ToString("000");

    private string Code() => Pick(Issuers).Code + (_random.Next(6) == 0 ? "." : "");

    private static readonly string[] LatinPunctuation = [".", ",", ";", ":", "!", "?", "(…)", "\"…\"", "-", "%", "ໆ", "ຯ"];
    private static readonly string[] LaoPunctuation = ["ໆ", "ຯ", ""];

    private string Punctuation() => Pick(latin ? LatinPunctuation : LaoPunctuation);

    internal T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
