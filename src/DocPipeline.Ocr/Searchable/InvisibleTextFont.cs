using System.Text;
using PdfSharp.Pdf;
using static DocPipeline.Ocr.Searchable.PdfObjects;

namespace DocPipeline.Ocr.Searchable;

/// <summary>
/// A Lao TrueType font embedded whole (Type0 over CIDFontType2) for the invisible text layer.
/// Each distinct character of the document gets its own two-byte code, mapped to its glyph
/// (CIDToGIDMap) and back to Unicode (ToUnicode), so copying, pdftotext and a viewer's find read
/// the corrected text whatever the font's glyph order. A character the font lacks is drawn with
/// the dotted circle or the space glyph (never .notdef, which PDF/A forbids) and still reads as
/// itself. Widths are the font's own, as PDF/A requires.
/// </summary>
internal sealed class InvisibleTextFont
{
    public const string ResourceName = "DPLao";

    private readonly TrueTypeFont _font;
    private readonly PdfDictionary _type0, _cidFont;
    private readonly Dictionary<int, ushort> _codes = [];
    private readonly List<(int CodePoint, ushort Glyph)> _byCode = [(0, 0)];
    private readonly ushort _fallbackGlyph;

    public PdfDictionary Dictionary => _type0;

    public InvisibleTextFont(PdfDocument document, TrueTypeFont font)
    {
        _font = font;
        _fallbackGlyph = font.GlyphOf(0x25CC) ?? font.GlyphOf(' ') ?? throw new InvalidDataException("The font has neither a dotted circle nor a space.");
        var file = FlateStream(document, font.Bytes, ("/Length1", Int(font.Bytes.Length)));
        var descriptor = Indirect(document,
            ("/Type", Name("FontDescriptor")), ("/FontName", Name(font.PostScriptName)), ("/Flags", Int(4)),
            ("/FontBBox", Array(document, Int(font.Thousandths(font.Box.XMin)), Int(font.Thousandths(font.Box.YMin)), Int(font.Thousandths(font.Box.XMax)), Int(font.Thousandths(font.Box.YMax)))),
            ("/ItalicAngle", Real(font.ItalicAngle)), ("/Ascent", Int(font.Thousandths(font.Ascent))), ("/Descent", Int(font.Thousandths(font.Descent))),
            ("/CapHeight", Int(font.Thousandths(font.CapHeight))), ("/StemV", Int(80)), ("/FontFile2", file.Reference!));
        var systemInfo = new PdfDictionary(document);
        systemInfo.Elements["/Registry"] = new PdfString("Adobe");
        systemInfo.Elements["/Ordering"] = new PdfString("Identity");
        systemInfo.Elements["/Supplement"] = Int(0);
        _cidFont = Indirect(document,
            ("/Type", Name("Font")), ("/Subtype", Name("CIDFontType2")), ("/BaseFont", Name(font.PostScriptName)),
            ("/CIDSystemInfo", systemInfo), ("/FontDescriptor", descriptor.Reference!));
        _type0 = Indirect(document,
            ("/Type", Name("Font")), ("/Subtype", Name("Type0")), ("/BaseFont", Name(font.PostScriptName)),
            ("/Encoding", Name("Identity-H")), ("/DescendantFonts", Array(document, _cidFont.Reference!)));
    }

    /// <summary>The text as the font's two-byte codes, in hexadecimal for a Tj operand, and its width in thousandths of the em.</summary>
    public (string Hex, int Width) Encode(string text)
    {
        var hex = new StringBuilder(text.Length * 4);
        int width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            ushort code = CodeOf(rune.Value);
            hex.Append(code.ToString("X4"));
            width += _font.Width(_byCode[code].Glyph);
        }
        return (hex.ToString(), width);
    }

    public int Ascent => _font.Thousandths(_font.Ascent);
    public int Descent => _font.Thousandths(_font.Descent);

    private ushort CodeOf(int codePoint)
    {
        if (_codes.TryGetValue(codePoint, out var code)) return code;
        if (_byCode.Count > ushort.MaxValue) throw new InvalidOperationException("More distinct characters than two-byte codes.");
        code = (ushort)_byCode.Count;
        _byCode.Add((codePoint, _font.GlyphOf(codePoint) ?? _fallbackGlyph));
        _codes[codePoint] = code;
        return code;
    }

    /// <summary>Writes the widths, the glyph map and the Unicode map once every page's text has been encoded.</summary>
    public void Finish(PdfDocument document)
    {
        var widths = new PdfArray(document);
        foreach (var (_, glyph) in _byCode.Skip(1)) widths.Elements.Add(Int(_font.Width(glyph)));
        _cidFont.Elements["/W"] = Array(document, Int(1), widths);
        _cidFont.Elements["/DW"] = Int(0);
        var map = new byte[_byCode.Count * 2];
        for (int code = 0; code < _byCode.Count; code++) { map[2 * code] = (byte)(_byCode[code].Glyph >> 8); map[2 * code + 1] = (byte)_byCode[code].Glyph; }
        _cidFont.Elements["/CIDToGIDMap"] = FlateStream(document, map).Reference!;
        _type0.Elements["/ToUnicode"] = FlateStream(document, Encoding.ASCII.GetBytes(ToUnicode())).Reference!;
    }

    private string ToUnicode()
    {
        var cmap = new StringBuilder("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """);
        var entries = _byCode.Select((e, code) => (Code: code, e.CodePoint)).Skip(1).ToList();
        foreach (var chunk in entries.Chunk(100))
        {
            cmap.Append(chunk.Length).Append(" beginbfchar\n");
            foreach (var (code, codePoint) in chunk)
            {
                cmap.Append('<').Append(code.ToString("X4")).Append("> <");
                foreach (char c in char.ConvertFromUtf32(codePoint)) cmap.Append(((int)c).ToString("X4"));
                cmap.Append(">\n");
            }
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.ToString();
    }
}
