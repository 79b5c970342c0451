using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Digits;

/// <summary>
/// A second recognizer for digit runs, which the stock Lao Tesseract model cannot read: each glyph
/// of a word image is matched against digits rendered in the fonts of official documents
/// (tessdata/lao-digits, made by tessdata/make-digit-templates.sh), nearest shape wins.
/// Thread-safe once built (the templates are read only).
/// </summary>
public sealed class DigitReader
{
    /// <summary>The characters of each glyph sheet, in the order they are drawn.</summary>
    public const string SheetCharacters = "໐໑໒໓໔໕໖໗໘໙0123456789/";

    /// <summary>
    /// A glyph farther than this from every template is not a digit. On the corpus, digits fall
    /// under 0.10 even on blurred, noisy scans; Lao letters lie at 0.17 and beyond.
    /// </summary>
    public const double MaxDistance = 0.13;

    private readonly List<(char Character, GlyphShape Shape)> _templates;

    private DigitReader(List<(char, GlyphShape)> templates) => _templates = templates;

    /// <summary>The sheets copied beside the library at build time.</summary>
    public static string DefaultSheets => Path.Combine(AppContext.BaseDirectory, "lao-digits");

    /// <summary>Learns the glyphs of every sheet in the folder.</summary>
    public static DigitReader FromSheets(string folder)
    {
        var sheets = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.png").Order(StringComparer.Ordinal).ToList() : [];
        if (sheets.Count == 0)
            throw new OcrUnavailableException($"No digit glyph sheets in {folder}; they come with the project's tessdata/ (tessdata/make-digit-templates.sh).");
        return FromSheetFiles(sheets);
    }

    internal static DigitReader FromSheetFiles(IEnumerable<string> sheets)
    {
        OcrRuntime.EnsureLoaded();
        var templates = new List<(char, GlyphShape)>();
        foreach (string sheet in sheets)
        {
            var glyphs = ReadSheet(sheet);
            if (glyphs.Count != SheetCharacters.Length)
                throw new OcrUnavailableException($"The digit glyph sheet {sheet} has {glyphs.Count} glyphs, not {SheetCharacters.Length}; run tessdata/make-digit-templates.sh.");
            templates.AddRange(glyphs.Select((g, i) => (SheetCharacters[i], new GlyphShape(g))));
        }
        return new DigitReader(templates);
    }

    /// <summary>The glyphs of a sheet, left to right.</summary>
    internal static List<Glyph> ReadSheet(string sheet)
    {
        using var pix = Leptonica.PixRead(sheet);
        if (pix.IsInvalid) throw new OcrUnavailableException($"The digit glyph sheet {sheet} cannot be read.");
        return Glyph.Find(GrayImage.Of(pix));
    }

    /// <summary>The nearest template's character and its distance.</summary>
    public (char Character, double Distance) Classify(Glyph glyph)
    {
        var shape = new GlyphShape(glyph);
        char best = '?';
        double distance = double.MaxValue;
        foreach (var (c, template) in _templates)
        {
            double d = shape.DistanceTo(template, distance);
            if (d < distance) (best, distance) = (c, d);
        }
        return (best, distance);
    }

    /// <summary>The distance from a glyph to the nearest template of a digit's value, in either script.</summary>
    public double DistanceToValue(Glyph glyph, int value)
    {
        var shape = new GlyphShape(glyph);
        return _templates.Where(t => t.Character == (char)('໐' + value) || t.Character == (char)('0' + value))
            .Min(t => shape.DistanceTo(t.Shape));
    }

    /// <summary>
    /// The digits a word image begins with, left to right, up to a slash or the first glyph that is
    /// not a digit; whether that slash was seen; whether every glyph of the word was a digit.
    /// Where a number is expected (<paramref name="expected"/>), touching digits are split, and a
    /// word that does not read as digits is read again from its darkest ink only: a stamp or a
    /// signature crossing the digits is paler than print.
    /// </summary>
    public DigitRun ReadLeadingDigits(GrayImage word, bool expected = false)
    {
        var run = Read(Glyph.Find(word.Ink()), expected);
        if (!expected || run.IsWholeWord || run.EndsAtSlash) return run;
        var darkest = Read(Glyph.Find(word.DarkestInk()), expected);
        return darkest.IsWholeWord || darkest.EndsAtSlash ? darkest : run;
    }

    private DigitRun Read(List<Glyph> glyphs, bool splitTouching)
    {
        var digits = new System.Text.StringBuilder();
        foreach (var glyph in glyphs)
            foreach (var (c, distance) in Read(glyph, splitTouching))
            {
                if (distance > MaxDistance) return new DigitRun(OneScript(digits.ToString()), false, false);
                if (c == '/') return new DigitRun(OneScript(digits.ToString()), true, false);
                digits.Append(c);
            }
        return new DigitRun(OneScript(digits.ToString()), false, digits.Length > 0);
    }

    /// <summary>One glyph's reading, or the readings of its parts when it is touching digits.</summary>
    private IReadOnlyList<(char Character, double Distance)> Read(Glyph glyph, bool splitTouching)
    {
        var (c, distance) = Classify(glyph);
        bool wide = glyph.Width > glyph.Height * TouchingDigits.WiderThanOne;
        if (!splitTouching || (distance <= MaxDistance && !wide)) return [(c, distance)];
        return TouchingDigits.Split(glyph, Classify, MaxDistance) ?? [(c, distance)];
    }

    /// <summary>
    /// A number is written in one script: digits read in the other script than most of the run's
    /// are the look-alike of the same value (a Lao ໐ read as an Arabic 0). Zeros do not vote: in
    /// Phetsarath OT ໐ and 0 differ by a few pixels of width. A tie goes to Lao, the script of
    /// directives; a run of zeros alone stays as read.
    /// </summary>
    internal static string OneScript(string digits)
    {
        int lao = digits.Count(c => c is >= '໑' and <= '໙'), arabic = digits.Count(c => c is >= '1' and <= '9');
        if (lao == 0 && arabic == 0) return digits;
        bool mostlyLao = lao >= arabic;
        return string.Concat(digits.Select(c => mostlyLao
            ? (c is >= '0' and <= '9' ? (char)('໐' + (c - '0')) : c)
            : (c is >= '໐' and <= '໙' ? (char)('0' + (c - '໐')) : c)));
    }
}

/// <summary>Digits read at the start of a word; <see cref="IsWholeWord"/> when nothing else is in it.</summary>
public sealed record DigitRun(string Digits, bool EndsAtSlash, bool IsWholeWord);
