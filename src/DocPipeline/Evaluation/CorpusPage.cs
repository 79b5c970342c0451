using System.Text.Json;
using DocPipeline.Lao.Text;

namespace DocPipeline.Evaluation;

/// <summary>Which part of the corpus a scan belongs to: the pages the work was tuned on, or the pages it never saw.</summary>
public enum CorpusPart { Tuning, HeldOut }

/// <summary>
/// One scan of the corpus with its ground truth. Scans are named SOURCE-FONT-DPI[-DAMAGE…].EXT
/// (corpus/make-corpus.sh, corpus/make-heldout.sh); the truth is source/SOURCE.txt and source/SOURCE.json of the
/// scan's part: corpus/source/ for the tuning part, corpus/heldout/source/ for the held-out part.
/// </summary>
public sealed record CorpusScan(string Path, string Variant, CorpusPart Part, string Truth, IReadOnlyList<string> Numbers, IReadOnlyList<DateOnly> Dates)
{
    /// <summary>The held-out part's folder inside a corpus.</summary>
    public const string HeldOutFolder = "heldout";

    private static readonly string[] Kinds = [".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf"];

    /// <summary>Damaged like a real scan: anything but the undamaged renderings.</summary>
    public bool ScanLike
    {
        get
        {
            string name = System.IO.Path.GetFileNameWithoutExtension(Variant);
            return name.Split('-').Length > 3 && !name.EndsWith("-clean", StringComparison.Ordinal);
        }
    }

    public bool UsesLaoDigits => Truth.Any(LaoScript.IsLaoDigit);

    public static IReadOnlyList<CorpusScan> Find(string corpus)
    {
        string sources = System.IO.Path.Combine(corpus, "source");
        if (!Directory.Exists(sources)) throw new Cli.UsageException($"{corpus} has no source/ folder of ground truth.");
        string heldOut = System.IO.Path.Combine(corpus, HeldOutFolder);
        return Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => Kinds.Contains(System.IO.Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .Select(f => IsUnder(f, heldOut)
                ? Load(f, System.IO.Path.Combine(heldOut, "source"), CorpusPart.HeldOut)
                : Load(f, sources, CorpusPart.Tuning))
            .OfType<CorpusScan>()
            .ToList();
    }

    private static bool IsUnder(string file, string folder) =>
        System.IO.Path.GetFullPath(file).StartsWith(System.IO.Path.GetFullPath(folder) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static CorpusScan? Load(string file, string sources, CorpusPart part)
    {
        string variant = System.IO.Path.GetFileName(file);
        string source = variant.Split('-')[0];
        string text = System.IO.Path.Combine(sources, source + ".txt"), facts = System.IO.Path.Combine(sources, source + ".json");
        if (!File.Exists(text) || !File.Exists(facts)) return null;
        using var json = JsonDocument.Parse(File.ReadAllText(facts));
        var numbers = new List<string>();
        var dates = new List<DateOnly>();
        Add(json.RootElement, "documentNumber", "documentDate");
        if (json.RootElement.TryGetProperty("references", out var references))
            foreach (var r in references.EnumerateArray()) Add(r, "number", "date");
        return new CorpusScan(file, variant, part, File.ReadAllText(text), numbers, dates);

        void Add(JsonElement e, string number, string date)
        {
            if (e.TryGetProperty(number, out var n) && n.GetString() is { } s) numbers.Add(Digits.ToAscii(s));
            if (e.TryGetProperty(date, out var d) && d.GetString() is { } t) dates.Add(DateOnly.ParseExact(t, "yyyy-MM-dd"));
        }
    }
}
