using System.Text;
using DocPipeline.Ocr.Searchable;
using PdfSharp.Pdf;
using static DocPipeline.Ocr.Searchable.PdfObjects;

namespace DocPipeline.Ocr.Tests;

/// <summary>A run on a line of a generated PDF: Unicode Lao in Phetsarath OT, or the codes of a legacy Lao font.</summary>
internal sealed record PdfRun(string Text, bool Legacy);

/// <summary>
/// A PDF as Word prints a document typed in Saysettha Lao: its legacy runs drawn with a simple
/// TrueType font named SaysetthaLao in WinAnsi encoding, so the text layer holds the Latin-1 and
/// Windows-1252 letters the font draws as Lao. The embedded glyphs are DejaVu Sans' (fonts-dejavu-core):
/// the test is about the text layer and the font's name, not its drawings. Unicode runs use
/// Phetsarath OT (fonts-lao) through the project's own Type0 font.
/// </summary>
internal static class LegacyFontPdf
{
    private const string Phetsarath = "/usr/share/fonts/truetype/lao/Phetsarath_OT.ttf";
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static void Write(string path, IReadOnlyList<PdfRun[]> lines, string legacyFontName = "SaysetthaLao")
    {
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = false;
        var page = document.AddPage();
        page.Width = PdfSharp.Drawing.XUnit.FromPoint(595);
        page.Height = PdfSharp.Drawing.XUnit.FromPoint(842);
        var unicode = new InvisibleTextFont(document, TrueTypeFont.Load(Phetsarath));
        var legacy = LegacyFont(document, legacyFontName);
        var content = new StringBuilder("BT\n");
        double y = 780;
        foreach (var line in lines)
        {
            content.Append($"1 0 0 1 60 {Number(y)} Tm\n");
            foreach (var run in line)
            {
                if (run.Legacy)
                    content.Append("/L 14 Tf <").Append(Convert.ToHexString(CodePagesEncoding().GetBytes(run.Text))).Append("> Tj\n");
                else
                    content.Append("/U 14 Tf <").Append(unicode.Encode(run.Text).Hex).Append("> Tj\n");
            }
            y -= 24;
        }
        content.Append("ET\n");
        unicode.Finish(document);
        var fonts = new PdfDictionary(document);
        fonts.Elements["/U"] = unicode.Dictionary.Reference!;
        fonts.Elements["/L"] = legacy.Reference!;
        var resources = new PdfDictionary(document);
        resources.Elements["/Font"] = fonts;
        page.Elements["/Resources"] = resources;
        page.Elements["/Contents"] = FlateStream(document, Encoding.ASCII.GetBytes(content.ToString())).Reference!;
        document.Save(path);
    }

    private static Encoding CodePagesEncoding() => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static PdfDictionary LegacyFont(PdfDocument document, string name)
    {
        byte[] bytes = File.ReadAllBytes(DejaVu);
        var file = FlateStream(document, bytes, ("/Length1", Int(bytes.Length)));
        var descriptor = Indirect(document,
            ("/Type", Name("FontDescriptor")), ("/FontName", Name(name)), ("/Flags", Int(32)),
            ("/FontBBox", Array(document, Int(-1021), Int(-463), Int(1793), Int(1232))), ("/ItalicAngle", Int(0)),
            ("/Ascent", Int(928)), ("/Descent", Int(-236)), ("/CapHeight", Int(729)), ("/StemV", Int(80)), ("/FontFile2", file.Reference!));
        var widths = new PdfArray(document);
        for (int c = 32; c <= 255; c++) widths.Elements.Add(Int(600));
        return Indirect(document,
            ("/Type", Name("Font")), ("/Subtype", Name("TrueType")), ("/BaseFont", Name(name)),
            ("/FirstChar", Int(32)), ("/LastChar", Int(255)), ("/Widths", widths),
            ("/Encoding", Name("WinAnsiEncoding")), ("/FontDescriptor", descriptor.Reference!));
    }
}
