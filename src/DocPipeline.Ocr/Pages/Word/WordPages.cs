using System.Globalization;
using System.Text;
using DocPipeline.Lao.Text.Legacy;
using DocPipeline.Ocr.Intake;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocPipeline.Ocr.Pages.Word;

/// <summary>
/// The text of a Word document (.docx) through the Open XML SDK, in reading order: the headers,
/// the body (paragraphs; tables row by row, cell by cell, each cell's paragraphs on their own
/// lines; text boxes where they are anchored) and the footers. Each run is read in its own font: a run in a legacy Lao font
/// (<see cref="LegacyLaoFonts"/>) is decoded to Unicode Lao, and the page says how much was.
/// Explicit page breaks (a page break, a paragraph set to start a page) start a new page;
/// Word's own pagination is not in the file.
/// </summary>
internal static class WordPages
{
    public const string Origin = "word";

    public static IEnumerable<SourcePage> Read(string path, PageLimits limits)
    {
        var pages = ReadPages(path);
        if (pages.Count > limits.MaxPages)
            throw new RejectedFileException("pages", $"The Word document has {pages.Count} pages, over the limit of {limits.MaxPages}.");
        return pages.Select((p, i) => new TextPage(i + 1, p.Text, Origin) { Decoded = LegacyDecoding.Sum(p.Decoded) });
    }

    private static List<WordPage> ReadPages(string path)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var main = document.MainDocumentPart ?? throw new RejectedFileException("pages", "The Word document has no main part (word/document.xml is not its document).");
            var body = main.Document?.Body ?? throw new RejectedFileException("pages", "The Word document has no body.");
            var writer = new PageWriter(new RunFonts(main.StyleDefinitionsPart));
            var sections = body.Descendants<SectionProperties>().ToList();
            foreach (var header in Parts<HeaderPart>(main, sections.SelectMany(s => s.Elements<HeaderReference>()).Select(r => r.Id?.Value)))
                writer.Blocks(header.Header);
            writer.Blocks(body);
            foreach (var footer in Parts<FooterPart>(main, sections.SelectMany(s => s.Elements<FooterReference>()).Select(r => r.Id?.Value)))
                writer.Blocks(footer.Footer);
            return writer.Finish();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException and not FileNotFoundException)
        {
            throw new RejectedFileException("pages", "The Word document is damaged or truncated: " + e.Message, e);
        }
    }

    /// <summary>The header or footer parts the sections name, once each, in the order named.</summary>
    private static IEnumerable<T> Parts<T>(MainDocumentPart main, IEnumerable<string?> ids) where T : OpenXmlPart =>
        ids.OfType<string>().Distinct().Select(id => main.TryGetPartById(id, out var part) ? part as T : null).OfType<T>().Distinct();

    private sealed record WordPage(string Text, List<LegacyDecoding> Decoded);

    /// <summary>Writes blocks as lines, starting a new page at each explicit page break.</summary>
    private sealed class PageWriter(RunFonts fonts)
    {
        private readonly List<WordPage> _pages = [];
        private StringBuilder _text = new();
        private List<LegacyDecoding> _decoded = [];

        public void Blocks(OpenXmlElement? container)
        {
            if (container is null) return;
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case Paragraph p: Paragraph(p); break;
                    case Table t: Table(t); break;
                    case SdtBlock sdt: Blocks(sdt.SdtContentBlock); break;
                    case CustomXmlBlock custom: Blocks(custom); break;
                }
            }
        }

        public List<WordPage> Finish()
        {
            NewPage();
            if (_pages.Count > 1 && string.IsNullOrWhiteSpace(_pages[^1].Text)) _pages.RemoveAt(_pages.Count - 1);
            return _pages;
        }

        private void Table(Table table)
        {
            foreach (var row in table.Elements<TableRow>())
                foreach (var cell in row.Elements<TableCell>())
                    Blocks(cell);
        }

        private void Paragraph(Paragraph paragraph)
        {
            if (paragraph.ParagraphProperties?.PageBreakBefore is { } before && before.Val?.Value != false && _text.Length > 0) NewPage();
            bool endsWithPageBreak = false;
            // Runs of this paragraph, not of a text box's paragraphs inside it (those are read as blocks of their own).
            foreach (var run in paragraph.Descendants<Run>().Where(r => r.Ancestors<Paragraph>().FirstOrDefault() == paragraph))
            {
                var encoding = LegacyLaoFonts.ForFont(fonts.Of(run, paragraph));
                foreach (var piece in run.ChildElements)
                {
                    endsWithPageBreak &= piece is not (Text or SymbolChar or TabChar or CarriageReturn or NoBreakHyphen or Break or Drawing or Picture or AlternateContent);
                    switch (piece)
                    {
                        case Text t: Append(t.Text, encoding); break;
                        case SymbolChar sym: Symbol(sym); break;
                        case TabChar: _text.Append('\t'); break;
                        case CarriageReturn: _text.Append('\n'); break;
                        case NoBreakHyphen: _text.Append('-'); break;
                        case Break { Type.Value: var type } when type == BreakValues.Page: NewPage(); endsWithPageBreak = true; break;
                        case Break: _text.Append('\n'); break;
                        case Drawing or Picture or AlternateContent: TextBoxes(piece); break;
                    }
                }
            }
            // A paragraph that only breaks the page leaves no blank line at the top of the next one.
            if (!endsWithPageBreak) _text.Append('\n');
        }

        /// <summary>
        /// Text boxes anchored in a run, on lines of their own where they are anchored. Word writes a
        /// box twice (the DrawingML choice and a VML fallback): the fallback is skipped.
        /// </summary>
        private void TextBoxes(OpenXmlElement anchor)
        {
            foreach (var box in anchor.Descendants<TextBoxContent>().Where(b => !b.Ancestors().Any(a => a.LocalName == "Fallback")))
            {
                if (_text.Length > 0 && _text[^1] != '\n') _text.Append('\n');
                Blocks(box);
            }
        }

        /// <summary>A character Word inserted from a symbol font (w:sym): its code is hexadecimal, often U+F0xx.</summary>
        private void Symbol(SymbolChar sym)
        {
            if (!int.TryParse(sym.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code) || code is <= 0 or > 0xFFFF) return;
            Append(((char)code).ToString(), LegacyLaoFonts.ForFont(sym.Font?.Value));
        }

        private void Append(string text, LegacyLaoEncoding? encoding)
        {
            if (encoding is null) { _text.Append(text); return; }
            var (lao, n) = encoding.Decode(text);
            _text.Append(lao);
            _decoded.Add(new LegacyDecoding(encoding.Name, n));
        }

        private void NewPage()
        {
            _pages.Add(new WordPage(_text.ToString(), _decoded));
            _text = new StringBuilder();
            _decoded = [];
        }
    }
}
