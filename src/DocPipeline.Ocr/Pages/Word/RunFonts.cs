using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocPipeline.Ocr.Pages.Word;

/// <summary>
/// The font a run of a Word document is drawn in, as Word decides it: the run's own fonts, else
/// its character style, else its paragraph's style (and the styles each is based on), else the
/// document defaults. The high-ANSI font is the one that draws Latin-1 codes, where legacy Lao
/// fonts keep their letters; the ASCII font stands in when no high-ANSI font is named.
/// </summary>
internal sealed class RunFonts(StylesPart? styles)
{
    private readonly Dictionary<string, Style> _styles = (styles?.Styles?.Elements<Style>() ?? [])
        .Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First());

    private readonly string? _defaultParagraphStyle = styles?.Styles?.Elements<Style>()
        .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;

    private readonly string? _documentDefault = Named(styles?.Styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts);

    public string? Of(Run run, Paragraph? paragraph) =>
        Named(run.RunProperties?.RunFonts)
        ?? InStyle(run.RunProperties?.RunStyle?.Val?.Value)
        ?? InStyle(paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle)
        ?? _documentDefault;

    private string? InStyle(string? id)
    {
        for (int depth = 0; id is not null && depth < 20 && _styles.TryGetValue(id, out var style); depth++)
        {
            if (Named(style.StyleRunProperties?.RunFonts) is { } font) return font;
            id = style.BasedOn?.Val?.Value;
        }
        return null;
    }

    private static string? Named(DocumentFormat.OpenXml.Wordprocessing.RunFonts? fonts) =>
        fonts?.HighAnsi?.Value ?? fonts?.Ascii?.Value;
}
