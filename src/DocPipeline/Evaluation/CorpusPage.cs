using System.Text.Json;
using DocPipeline.Lao.Text;

namespace DocPipeline.Evaluation;

/// <summary>Which part of the corpus a scan belongs to: the pages the work was tuned on, or the pages it never saw.</summary>
public enum CorpusPart { Tuning, HeldOut }

/// <summary>
/// One scan of the corpus with its ground truth. Scans are named SOURCE-FONT-DPI[-DAMAGE…].EXT
/// (corpus/make-corpus.sh, corpus/make-heldout.sh, corpus/make-layouts.sh); the truth is SOURCE.txt and SOURCE.json
/// in the source/ folder nearest above the scan: corpus/source/ for the tuning part, corpus/heldout/source/ for the
/// held-out part, corpus/layout/source/ and corpus/heldout/layout/source/ for the layout pages of each.
/// </summary>
public sealed record CorpusScan(string Path, string Variant, CorpusPart Part, string Truth, IReadOnlyList<string> Numbers, IReadOnlyList<DateOnly> Dates, Header? Header = null)
{
    /// <summary>The held-out part's folder inside a corpus.</summary>
    public const string HeldOutFolder = "heldout";

    /// <summary>The folder of pages laid out as offices scan them (forms, tables, side-by-side blocks, colour, photos).</summary>
    public const string LayoutFolder = "layout";

    /// <summary>A page of the layout set: reported apart within its part.</summary>
    public bool IsLayout => Path.Replace('\\', '/').Contains($"/{LayoutFolder}/", StringComparison.Ordinal);

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
            .Select(f => Load(f, NearestSources(f, corpus), IsUnder(f, heldOut) ? CorpusPart.HeldOut : CorpusPart.Tuning))
            .OfType<CorpusScan>()
            .ToList();
    }

    /// <summary>The source/ folder nearest above a scan, up to the corpus folder.</summary>
    private static string NearestSources(string file, string corpus)
    {
        string top = System.IO.Path.GetFullPath(corpus).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        for (var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file)); folder is not null && folder.Length >= top.Length; folder = System.IO.Path.GetDirectoryName(folder))
        {
            string sources = System.IO.Path.Combine(folder, "source");
            if (Directory.Exists(sources)) return sources;
        }
        return System.IO.Path.Combine(corpus, "source");
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
        var header = new Header(Text("issuer"), Text("documentNumber") is { } own ? Digits.ToAscii(own) : null,
            Text("documentDate") is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd") : null);
        return new CorpusScan(file, variant, part, File.ReadAllText(text), numbers, dates, header);

        string? Text(string name) => json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        void Add(JsonElement e, string number, string date)
        {
            if (e.TryGetProperty(number, out var n) && n.GetString() is { } s) numbers.Add(Digits.ToAscii(s));
            if (e.TryGetProperty(date, out var d) && d.GetString() is { } t) dates.Add(DateOnly.ParseExact(t, "yyyy-MM-dd"));
        }
    }
}

/// <summary>A page's identity as its header states it: who issued it, its number, its date (each null when absent).</summary>
public sealed record Header(string? Issuer, string? Number, DateOnly? Date)
{
    public bool Any => Issuer is not null || Number is not null || Date is not null;

    /// <summary>
    /// Every part the header states was extracted as stated, compared without spaces; the issuer as the start of the
    /// extracted one (a ministry's block often names its department on the next line, which the extractor keeps).
    /// </summary>
    public bool ReadIn(DocPipeline.Lao.Extraction.DirectiveFacts facts) =>
        (Issuer is null || (Squeeze(facts.Issuer) is { } read && read.StartsWith(Squeeze(Issuer)!, StringComparison.Ordinal))) &&
        (Number is null || (facts.DocumentNumber is { } n && Digits.ToAscii(n) == Number)) &&
        (Date is null || facts.DocumentDate == Date);

    private static string? Squeeze(string? s) => s is null ? null : string.Concat(s.Where(c => !char.IsWhiteSpace(c))).Normalize();
}
