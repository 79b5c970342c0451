using System.Globalization;
using DocPipeline.Lao.Text;

namespace DocPipeline.Archive.Benchmarking;

/// <summary>The benchmark's queries, drawn from sampled synthetic documents.</summary>
internal sealed class BenchmarkQueries(IReadOnlyList<SyntheticDirective> samples, Random random)
{
    private static readonly string[] Damageable = SyntheticDirectives.Vocabulary
        .Where(w => w.Length >= 4 && w.Any(c => c is 'ພ' or 'ໜ' or 'ໝ' || LaoScript.IsToneMark(c))).ToArray();

    private readonly SyntheticDirectives _words = new(seed: random.Next());

    internal IEnumerable<(string Kind, Func<SearchRequest> Make)> Kinds =>
    [
        ("one word", () => new SearchRequest(_words.Word(), 10)),
        ("phrase", Phrase),
        ("reference number", Number),
        ("folded (OCR-damaged)", () => new SearchRequest(Damaged(), 10)),
        ("filtered (type, year)", Filtered),
    ];

    private SyntheticDirective Sample() => samples[random.Next(samples.Count)];

    private SearchRequest Phrase()
    {
        var lines = Sample().Text.Split('\n').Where(l => l.StartsWith("ມາດຕາ", StringComparison.Ordinal)).ToList();
        var chunks = lines[random.Next(lines.Count)].Split(' ').Skip(2).ToList();
        return new SearchRequest("\"" + chunks[random.Next(chunks.Count)] + "\"", 10);
    }

    private SearchRequest Number()
    {
        string number = Sample().Facts.DocumentNumber!;
        string form = random.Next(3) switch
        {
            0 => number,
            1 => string.Concat(number.Select(c => char.IsAsciiDigit(c) ? (char)('໐' + (c - '0')) : c)),
            _ => number.Replace('/', ' ').Replace(".", ""),
        };
        return new SearchRequest(form, 10);
    }

    /// <summary>A word as OCR damages it (ພ→ຜ, ໜ→ຫ, tone marks dropped): the exact tiers find nothing, the folded tier finds it.</summary>
    private string Damaged() =>
        new OcrDamage(Confusion.PhoToPho | Confusion.NoToHo | Confusion.DroppedTone).Apply(Damageable[random.Next(Damageable.Length)]);

    private SearchRequest Filtered()
    {
        var sample = Sample();
        int year = sample.Facts.DocumentDate!.Value.Year;
        return new SearchRequest(_words.Word(), 10, Type: sample.Facts.DocumentType,
            From: new DateOnly(year - 1, 1, 1), To: new DateOnly(year + 1, 12, 31));
    }
}
