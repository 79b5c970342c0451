using System.Buffers.Binary;

namespace DocPipeline.Ocr.Searchable;

/// <summary>
/// The few tables of a TrueType font that embedding it in a PDF needs: glyph for each character
/// (cmap format 4), advance widths (hmtx), and the metrics the font descriptor states (head,
/// hhea, OS/2, post). The file is embedded whole, so the widths the PDF states are the font's own.
/// </summary>
public sealed class TrueTypeFont
{
    private readonly Dictionary<int, ushort> _glyphs = [];
    private readonly ushort[] _advances;

    public byte[] Bytes { get; }
    public string PostScriptName { get; }
    public int UnitsPerEm { get; }
    public int Ascent { get; }
    public int Descent { get; }
    public int CapHeight { get; }
    public double ItalicAngle { get; }
    public (int XMin, int YMin, int XMax, int YMax) Box { get; }

    public TrueTypeFont(byte[] bytes, string postScriptName)
    {
        Bytes = bytes;
        PostScriptName = postScriptName;
        var tables = Tables(bytes);
        var head = Table(tables, "head");
        UnitsPerEm = U16(head, 18);
        Box = (S16(head, 36), S16(head, 38), S16(head, 40), S16(head, 42));
        var hhea = Table(tables, "hhea");
        Ascent = S16(hhea, 4);
        Descent = S16(hhea, 6);
        int metrics = U16(hhea, 34);
        int glyphCount = U16(Table(tables, "maxp"), 4);
        var hmtx = Table(tables, "hmtx");
        _advances = new ushort[glyphCount];
        for (int g = 0; g < glyphCount; g++) _advances[g] = (ushort)U16(hmtx, 4 * Math.Min(g, metrics - 1));
        CapHeight = tables.ContainsKey("OS/2") && U16(Table(tables, "OS/2"), 0) >= 2 ? S16(Table(tables, "OS/2"), 88) : Ascent;
        ItalicAngle = tables.ContainsKey("post") ? BinaryPrimitives.ReadInt32BigEndian(Table(tables, "post")[4..]) / 65536.0 : 0;
        ReadCmap(Table(tables, "cmap"));
    }

    public static TrueTypeFont Load(string path) => new(File.ReadAllBytes(path), Path.GetFileNameWithoutExtension(path).Replace("_", "").Replace(" ", ""));

    /// <summary>The glyph of a character, or null when the font has none (0 is .notdef, never used).</summary>
    public ushort? GlyphOf(int codePoint) => _glyphs.TryGetValue(codePoint, out var g) && g != 0 ? g : null;

    /// <summary>Advance width in thousandths of the em, as a PDF font's widths are given.</summary>
    public int Width(ushort glyph) => (int)Math.Round(_advances[Math.Min(glyph, _advances.Length - 1)] * 1000.0 / UnitsPerEm);

    /// <summary>A length in font units as thousandths of the em.</summary>
    public int Thousandths(int units) => (int)Math.Round(units * 1000.0 / UnitsPerEm);

    private void ReadCmap(ReadOnlySpan<byte> cmap)
    {
        int count = U16(cmap, 2);
        int best = -1;
        for (int i = 0; i < count; i++)
        {
            int platform = U16(cmap, 4 + 8 * i), encoding = U16(cmap, 6 + 8 * i);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(8 + 8 * i)..]);
            if (U16(cmap, offset) == 4 && (platform == 3 && encoding is 1 or 0 || platform == 0)) { best = offset; if (platform == 3) break; }
        }
        if (best < 0) throw new InvalidDataException("The font has no Unicode character map (cmap format 4).");
        var table = cmap[best..];
        int segments = U16(table, 6) / 2;
        int ends = 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, ranges = deltas + 2 * segments;
        for (int s = 0; s < segments; s++)
        {
            int end = U16(table, ends + 2 * s), start = U16(table, starts + 2 * s);
            short delta = (short)U16(table, deltas + 2 * s);
            int range = U16(table, ranges + 2 * s);
            for (int c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (range == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    int at = ranges + 2 * s + range + 2 * (c - start);
                    glyph = at + 1 < table.Length ? U16(table, at) : 0;
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0 && glyph < _advances.Length) _glyphs[c] = (ushort)glyph;
            }
        }
    }

    private static Dictionary<string, (int Offset, int Length)> Tables(byte[] bytes)
    {
        var span = bytes.AsSpan();
        int count = U16(span, 4);
        var tables = new Dictionary<string, (int, int)>();
        for (int i = 0; i < count; i++)
        {
            int at = 12 + 16 * i;
            string tag = System.Text.Encoding.ASCII.GetString(bytes, at, 4);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(span[(at + 8)..]), (int)BinaryPrimitives.ReadUInt32BigEndian(span[(at + 12)..]));
        }
        if (!tables.ContainsKey("glyf")) throw new InvalidDataException("Only TrueType outlines (glyf) can be embedded as FontFile2.");
        return tables;
    }

    private ReadOnlySpan<byte> Table(Dictionary<string, (int Offset, int Length)> tables, string tag) =>
        tables.TryGetValue(tag, out var t) ? Bytes.AsSpan(t.Offset, t.Length) : throw new InvalidDataException($"The font has no '{tag}' table.");

    private static int U16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt16BigEndian(s[at..]);
    private static short S16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadInt16BigEndian(s[at..]);
}
