using System.Collections.Frozen;
using System.Text;

namespace DocPipeline.Lao.Text.Legacy;

/// <summary>
/// An 8-bit Lao font's coding convention: which Lao letters its glyphs at Latin-1 code points
/// draw. The file holds the code points (Word keeps them as Latin-1 or Windows-1252 letters, a
/// symbol font as U+F0xx, a PDF text layer as whatever its font's encoding says); all three
/// spellings of a code are decoded alike. Characters the table has no entry for (ASCII digits,
/// punctuation, Latin) are kept: legacy Lao fonts draw them as themselves.
/// </summary>
public sealed class LegacyLaoEncoding
{
    private readonly FrozenDictionary<char, string> _letters;

    /// <param name="name">The convention's name, as the report says it (LSWin …).</param>
    /// <param name="codes">Byte (0x80–0xFF) → the Lao it draws (a letter, or a mark with a tone already on it).</param>
    public LegacyLaoEncoding(string name, IReadOnlyDictionary<byte, string> codes)
    {
        Name = name;
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var letters = new Dictionary<char, string>();
        foreach (var (code, lao) in codes)
        {
            letters[(char)code] = lao;                          // Latin-1 (and C1 controls for 0x80–0x9F)
            letters[(char)(0xF000 + code)] = lao;               // a symbol font's private-use spelling
            string cp1252 = windows1252.GetString([code]);      // Windows-1252: ™ š ‡ … for 0x80–0x9F
            if (cp1252.Length == 1 && cp1252[0] != '?') letters[cp1252[0]] = lao;
        }
        _letters = letters.ToFrozenDictionary();
    }

    public string Name { get; }

    /// <summary>Whether the font draws a Lao letter or mark for this character.</summary>
    public bool IsLao(char c) => _letters.ContainsKey(c);

    /// <summary>Whether the character draws a Lao consonant (a word has at least one).</summary>
    public bool IsConsonant(char c) => _letters.TryGetValue(c, out var lao) && LaoScript.IsConsonant(lao[0]);

    /// <summary>The text as the font draws it, and how many characters were Lao glyphs.</summary>
    public (string Text, int Decoded) Decode(string text)
    {
        var sb = new StringBuilder(text.Length);
        int decoded = 0;
        foreach (char c in text)
        {
            if (_letters.TryGetValue(c, out var lao)) { sb.Append(lao); decoded++; }
            else sb.Append(c);
        }
        return (sb.ToString(), decoded);
    }
}

/// <summary>What decoding legacy Lao fonts did to one text: the convention and how many characters it turned into Lao.</summary>
public sealed record LegacyDecoding(string Encoding, int Characters)
{
    /// <summary>One figure per convention, from many runs.</summary>
    public static IReadOnlyList<LegacyDecoding> Sum(IEnumerable<LegacyDecoding> runs) =>
        runs.Where(r => r.Characters > 0).GroupBy(r => r.Encoding)
            .Select(g => new LegacyDecoding(g.Key, g.Sum(r => r.Characters))).OrderBy(d => d.Encoding, StringComparer.Ordinal).ToList();
}
