using DocPipeline.Lao.Text.Legacy;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocPipeline.Ocr.Pages.Word;

/// <summary>
/// A copy of a Word document with every run in a legacy Lao font re-typed as Unicode Lao in a
/// Unicode Lao font, so that LibreOffice, which has no legacy Lao fonts, draws the page images
/// and writes the searchable PDF's text in Lao rather than in Latin-1 symbols.
/// </summary>
internal static class UnicodeCopy
{
    public static void Write(string docx, string target, string unicodeFont)
    {
        File.Copy(docx, target, overwrite: true);
        using var document = WordprocessingDocument.Open(target, isEditable: true);
        var main = document.MainDocumentPart!;
        var fonts = new RunFonts(main.StyleDefinitionsPart);
        IEnumerable<OpenXmlPartRootElement?> roots = [main.Document, .. main.HeaderParts.Select(h => h.Header), .. main.FooterParts.Select(f => f.Footer)];
        foreach (var root in roots.OfType<OpenXmlPartRootElement>())
        {
            foreach (var run in root.Descendants<Run>().ToList())
                Retype(run, LegacyLaoFonts.ForFont(fonts.Of(run, run.Ancestors<Paragraph>().FirstOrDefault())), unicodeFont);
            root.Save();
        }
    }

    private static void Retype(Run run, LegacyLaoEncoding? encoding, string unicodeFont)
    {
        foreach (var sym in run.Elements<SymbolChar>().ToList())
        {
            if (LegacyLaoFonts.ForFont(sym.Font?.Value) is not { } symbolEncoding ||
                !int.TryParse(sym.Char?.Value, System.Globalization.NumberStyles.HexNumber, null, out int code)) continue;
            sym.InsertBeforeSelf(new Text(symbolEncoding.Decode(((char)code).ToString()).Text) { Space = SpaceProcessingModeValues.Preserve });
            sym.Remove();
            encoding ??= symbolEncoding;
        }
        if (encoding is null) return;
        foreach (var text in run.Elements<Text>()) text.Text = encoding.Decode(text.Text).Text;
        var properties = run.RunProperties ??= new RunProperties();
        properties.RunFonts = new DocumentFormat.OpenXml.Wordprocessing.RunFonts
        {
            Ascii = unicodeFont, HighAnsi = unicodeFont, ComplexScript = unicodeFont, EastAsia = unicodeFont,
        };
    }
}
