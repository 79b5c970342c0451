using System.Text;
using DocPipeline.Lao.Text.Legacy;
using UglyToad.PdfPig.Content;

namespace DocPipeline.Ocr.Pages;

/// <summary>
/// A PDF text layer written in legacy Lao fonts (a Word file in Saysettha Lao printed to PDF):
/// its letters are Latin-1 codes of a font that draws Lao. Each letter whose embedded font is a
/// known legacy Lao font (<see cref="LegacyLaoFonts"/>) is decoded, in the text PdfPig put in
/// content order, before the page's layer is judged, so the page keeps its exact text instead of
/// being OCR'd. The page text is walked letter by letter (PdfPig only adds whitespace between
/// letters); if it cannot be matched to the letters, it is left as it was.
/// </summary>
internal static class LegacyTextLayer
{
    public static (string Text, IReadOnlyList<LegacyDecoding> Decoded) Decode(string layer, IReadOnlyList<Letter> letters)
    {
        var byFont = new Dictionary<string, LegacyLaoEncoding?>(StringComparer.Ordinal);
        LegacyLaoEncoding? EncodingOf(Letter l) =>
            byFont.TryGetValue(l.FontName ?? "", out var e) ? e : byFont[l.FontName ?? ""] = LegacyLaoFonts.ForFont(l.FontName);
        if (!letters.Any(l => EncodingOf(l) is not null)) return (layer, []);

        var text = new StringBuilder(layer.Length);
        var decoded = new List<LegacyDecoding>();
        int at = 0;
        foreach (var letter in letters)
        {
            string value = letter.Value ?? "";
            if (string.IsNullOrWhiteSpace(value)) continue;
            while (at < layer.Length && char.IsWhiteSpace(layer[at]) && !layer.AsSpan(at).StartsWith(value, StringComparison.Ordinal)) text.Append(layer[at++]);
            if (!layer.AsSpan(at).StartsWith(value, StringComparison.Ordinal)) return (layer, []);
            at += value.Length;
            if (EncodingOf(letter) is { } encoding)
            {
                var (lao, n) = encoding.Decode(value);
                text.Append(lao);
                decoded.Add(new LegacyDecoding(encoding.Name, n));
            }
            else text.Append(value);
        }
        text.Append(layer, at, layer.Length - at);
        return (text.ToString(), LegacyDecoding.Sum(decoded));
    }
}
