using System.Globalization;
using System.Text;
using DocPipeline.Lao.Extraction;

namespace DocPipeline.Archive.Benchmarking;

/// <summary>A generated directive: its text (canonical Lao) and the facts it was written from.</summary>
public sealed record SyntheticDirective(int Index, string Text, DirectiveFacts Facts, string Code)
{
    public NewDocument ToNewDocument(string? text = null) => new(
        $"{Index:x64}"[^64..], $"synthetic-{Index:000000}.txt", $"/synthetic/{Index}", "text", Facts,
        [new StoredPage(1, text ?? Text, text ?? Text, "text", null)], null, null);
}

/// <summary>
/// Directive-like Lao documents for benchmarks and recall tests, the same for the same seed: the
/// motto, an issuer, `ເລກທີ N/CODE` (numbers restart every year, as in the archive), a dated place
/// line, a type and a subject, `- ອີງຕາມ` lines citing earlier documents (older, much-cited ones
/// more often), and articles of words drawn with a Zipf-like skew from a directive vocabulary.
/// </summary>
public sealed class SyntheticDirectives(int expected = 100_000, int seed = 20231208)
{
    public static readonly (string Name, string Code)[] Issuers =
    [
        ("ກະຊວງການເງິນ", "ກງ"), ("ກະຊວງສຶກສາທິການ ແລະ ກິລາ", "ສສກ"), ("ກະຊວງພາຍໃນ", "ພນ"), ("ສຳນັກງານນາຍົກລັດຖະມົນຕີ", "ນຍ"),
        ("ຄະນະປະຈຳພັກແຂວງວຽງຈັນ", "ຄປ.ວຈ"), ("ສະພາແຫ່ງຊາດ", "ສພຊ"), ("ກະຊວງໂຍທາທິການ ແລະ ຂົນສົ່ງ", "ຍທຂ"),
        ("ກະຊວງກະສິກຳ ແລະ ປ່າໄມ້", "ກປ"), ("ກະຊວງສາທາລະນະສຸກ", "ສທ"), ("ຫ້ອງວ່າການແຂວງວຽງຈັນ", "ຄຈສກ"),
        ("ກະຊວງໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ", "ປທສ"), ("ກະຊວງພະລັງງານ ແລະ ບໍ່ແຮ່", "ພບ"),
    ];

    public static readonly string[] Types = ["ດຳລັດ", "ຄຳສັ່ງ", "ຄຳແນະນຳ", "ມະຕິ", "ແຈ້ງການ", "ຂໍ້ຕົກລົງ", "ກົດໝາຍ", "ລະບຽບການ"];

    /// <summary>Most frequent first: function words, then the administration's vocabulary.</summary>
    public static readonly string[] Vocabulary =
    [
        "ການ", "ແລະ", "ໃຫ້", "ຂອງ", "ທີ່", "ຕ້ອງ", "ໃນ", "ຕາມ", "ເພື່ອ", "ໂດຍ", "ທຸກ", "ບັນດາ", "ມີ", "ເປັນ", "ໄດ້", "ກັບ",
        "ຈັດຕັ້ງ", "ປະຕິບັດ", "ຄຸ້ມຄອງ", "ເອກະສານ", "ພະນັກງານ", "ວຽກງານ", "ລາຍງານ", "ກວດກາ", "ຕິດຕາມ", "ພະແນກ", "ຫ້ອງການ",
        "ແຂວງ", "ເມືອງ", "ບ້ານ", "ລັດ", "ກະຊວງ", "ກົມ", "ແຜນການ", "ງົບປະມານ", "ປະຈຳປີ", "ມາດຕະການ", "ຫຼັກການ", "ລະບຽບການ",
        "ກົດໝາຍ", "ນິຕິກຳ", "ສິດ", "ໜ້າທີ່", "ຄວາມຮັບຜິດຊອບ", "ນຳໃຊ້", "ເກັບຮັກສາ", "ສົ່ງ", "ຮັບ", "ແຈ້ງ", "ປັບປຸງ",
        "ຍົກສູງ", "ເພີ່ມທະວີ", "ຮັບປະກັນ", "ຄົບຖ້ວນ", "ຖືກຕ້ອງ", "ໂປ່ງໃສ", "ເຂັ້ມງວດ", "ທັນເວລາ", "ພັດທະນາ", "ເສດຖະກິດ",
        "ສັງຄົມ", "ວັດທະນະທຳ", "ການສຶກສາ", "ສາທາລະນະສຸກ", "ກະສິກຳ", "ປ່າໄມ້", "ທີ່ດິນ", "ຊັບພະຍາກອນ", "ທຳມະຊາດ",
        "ສິ່ງແວດລ້ອມ", "ພະລັງງານ", "ບໍ່ແຮ່", "ອຸດສາຫະກຳ", "ການຄ້າ", "ການລົງທຶນ", "ພາສີ", "ອາກອນ", "ທະນາຄານ", "ເງິນກູ້",
        "ໂຄງການ", "ການທ່ອງທ່ຽວ", "ຖະໜົນ", "ຂົວ", "ຂົນສົ່ງ", "ໄປສະນີ", "ຂໍ້ມູນ", "ຂ່າວສານ", "ເຕັກໂນໂລຊີ", "ປ້ອງກັນ",
        "ຄວາມສະຫງົບ", "ຄວາມປອດໄພ", "ໄພພິບັດ", "ນ້ຳຖ້ວມ", "ພະຍາດ", "ໂຮງຮຽນ", "ໂຮງໝໍ", "ນັກຮຽນ", "ຄູ", "ແພດ",
        "ຊາວກະສິກອນ", "ປະຊາຊົນ", "ແມ່ຍິງ", "ເຍົາວະຊົນ", "ກອງປະຊຸມ", "ສະຫຼຸບ", "ຮັບຮອງ", "ອະນຸມັດ", "ແຕ່ງຕັ້ງ",
        "ຍົກຍ້າຍ", "ເງິນເດືອນ", "ນະໂຍບາຍ", "ຍຸດທະສາດ", "ຄະນະກຳມະການ", "ຄະນະຊີ້ນຳ", "ສູນ", "ສະຖາບັນ", "ອົງການ",
        "ຜະລິດຕະພັນ", "ໜັງສືພິມ", "ໜ່ວຍງານ", "ໝູ່ບ້ານ", "ສຳນັກງານ", "ກຳນົດ", "ນຳພາ", "ຈຳນວນ", "ພາກສ່ວນ", "ພາຍໃນ",
        "ພື້ນຖານ", "ໂຮງງານ", "ພາຫະນະ", "ນ້ຳປະປາ", "ໄຟຟ້າ", "ຊົນລະປະທານ", "ເຂື່ອນ", "ຝາຍ", "ຜັງເມືອງ", "ສຳມະໂນຄົວ",
        "ປື້ມ", "ຫ້ອງສະໝຸດ", "ພິພິທະພັນ", "ມໍລະດົກ", "ຟື້ນຟູ", "ສຳຫຼວດ", "ຄົ້ນຄວ້າ", "ວິທະຍາສາດ", "ຝຶກອົບຮົມ",
        "ສັນຍາ", "ປະມູນ", "ຈັດຊື້", "ຊຳລະ", "ໜີ້ສິນ", "ລາຍຮັບ", "ລາຍຈ່າຍ", "ບັນຊີ", "ສະຖິຕິ", "ເຂດແດນ",
    ];

    private readonly Random _random = new(seed);
    private readonly List<(string Number, DateOnly Date, string Type)> _earlier = [];
    private readonly Dictionary<(int Issuer, int Year), int> _nextNumber = [];

    public IEnumerable<SyntheticDirective> Generate(int count)
    {
        for (int i = 0; i < count; i++) yield return Next();
    }

    public SyntheticDirective Next()
    {
        int index = _earlier.Count;
        int issuer = _random.Next(Issuers.Length);
        // Dates run from 1995 over about thirty years across the expected count, in archive order.
        var date = new DateOnly(1995, 1, 1).AddDays((int)((long)index * 11000 / Math.Max(expected, index + 1)) + _random.Next(60));
        int number = _nextNumber[(issuer, date.Year)] = _nextNumber.GetValueOrDefault((issuer, date.Year)) + 1;
        string code = Issuers[issuer].Code;
        string written = $"{number:000}/{code}";
        string type = Types[_random.Next(Types.Length)];
        string subject = "ວ່າດ້ວຍການ" + Word() + Word();

        var text = new StringBuilder();
        text.AppendLine("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ");
        text.AppendLine("ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ");
        text.AppendLine(Issuers[issuer].Name);
        text.AppendLine("ເລກທີ " + written);
        text.AppendLine($"ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ {date.Day} {LaoMonths.Names[date.Month - 1]} {date.Year}");
        text.AppendLine(type);
        text.AppendLine(subject);
        var references = new List<Reference>();
        for (int c = _earlier.Count == 0 ? 0 : 1 + _random.Next(3); c > 0; c--)
        {
            // Older documents are cited more: the square skews towards the start of the archive.
            var cited = _earlier[(int)(Math.Pow(_random.NextDouble(), 2) * _earlier.Count)];
            text.AppendLine($"- ອີງຕາມ {cited.Type} ເລກທີ {cited.Number}, ລົງວັນທີ {cited.Date.Day} {LaoMonths.Names[cited.Date.Month - 1]} {cited.Date.Year}");
            references.Add(new Reference(cited.Number, ReferenceNumbers.KeyOf(cited.Number), cited.Date, cited.Type, null));
        }
        for (int article = 1, articles = 4 + _random.Next(6); article <= articles; article++)
        {
            text.Append("ມາດຕາ ").Append(article.ToString(CultureInfo.InvariantCulture)).Append(' ');
            for (int phrase = 0, phrases = 3 + _random.Next(5); phrase < phrases; phrase++)
            {
                for (int w = 0, words = 2 + _random.Next(4); w < words; w++) text.Append(Word());
                text.Append(' ');
            }
            text.Length--;
            text.AppendLine();
        }
        text.Append("ລັດຖະມົນຕີ");
        _earlier.Add((written, date, type));
        var facts = new DirectiveFacts(written, date, type, Issuers[issuer].Name, subject, references, []);
        return new SyntheticDirective(index, text.ToString(), facts, code);
    }

    /// <summary>A vocabulary word, frequent ones far more often (rank drawn as a power of a uniform number).</summary>
    public string Word() => Vocabulary[(int)(Math.Pow(_random.NextDouble(), 2.5) * Vocabulary.Length)];
}
