using DocPipeline.Lao.Text.Filters;

namespace DocPipeline.Lao.Text;

/// <summary>
/// The Lao text chain, composed in one place: raw OCR or imported text in, one canonical
/// spelling out. The same chain serves documents (analyze, ingest) and queries (search).
/// </summary>
public sealed class LaoTextEngine
{
    private readonly ITextFilter[] _spelling =
    [
        new UnicodeComposition(),
        new InvisibleCharacters(),
        new ForeignDigits(),
        new MarkOrder(),
        new LaoSpelling(),
    ];

    /// <summary>Canonical spelling of a piece of text (a query, a field, a line).</summary>
    public string Normalize(string text)
    {
        foreach (var filter in _spelling) text = filter.Apply(text);
        return text;
    }

    /// <summary>Cleans the text of one page (page is 1-based, used in the noise report).</summary>
    public CleanText CleanPage(string raw, int page)
    {
        string text = Normalize(raw.Replace("\r\n", "\n"));
        text = string.Join('\n', text.Split('\n').Select(l => l.TrimEnd()));
        return new CleanText(text.Trim('\n'), NoiseReport.None);
    }
}
