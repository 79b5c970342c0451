using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocPipeline.Testing;

/// <summary>A run of text in a font (null: the document's default font).</summary>
public sealed record WordRun(string Text, string? Font = null);

/// <summary>
/// Writes a Word document (.docx) the way Word structures one, through the Open XML SDK: a
/// header, paragraphs of runs (each in its own font), tables, explicit page breaks, a footer.
/// Blocks: <see cref="WordRun"/>[] is a paragraph, string[][] a table (rows of cells), null a page break.
/// </summary>
public static class WordFile
{
    public static void Write(string path, IEnumerable<WordRun[]?> header, IEnumerable<object?> body, IEnumerable<WordRun[]?> footer, string? defaultFont = null)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = defaultFont ?? "Phetsarath OT", HighAnsi = defaultFont ?? "Phetsarath OT", ComplexScript = "Phetsarath OT" }))));
        var headerPart = main.AddNewPart<HeaderPart>();
        headerPart.Header = new Header(header.OfType<WordRun[]>().Select(Paragraph));
        var footerPart = main.AddNewPart<FooterPart>();
        footerPart.Footer = new Footer(footer.OfType<WordRun[]>().Select(Paragraph));
        var content = new Body();
        foreach (var block in body)
        {
            content.Append(block switch
            {
                null => new Paragraph(new Run(new Break { Type = BreakValues.Page })),
                WordRun[] runs => Paragraph(runs),
                string[][] rows => Table(rows),
                _ => throw new ArgumentException("A block is runs, rows of cells, or null (a page break)."),
            });
        }
        content.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footerPart) }));
        main.Document = new Document(content);
    }

    public static Paragraph Paragraph(params WordRun[] runs) => new(runs.Select(r =>
    {
        var run = new Run(new Text(r.Text) { Space = SpaceProcessingModeValues.Preserve });
        if (r.Font is { } font) run.PrependChild(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font }));
        return run;
    }));

    private static Table Table(string[][] rows) => new(rows.Select(cells =>
        new TableRow(cells.Select(text => new TableCell(Paragraph(new WordRun(text)))))));
}
