using System.Globalization;
using System.Text.Json;

namespace DocPipeline.Lao.Extraction.Evaluation;

/// <summary>
/// One case of the labeled extraction set (`corpus/extraction/NAME.txt` + `NAME.json`): a directive or a
/// fragment as written or as OCR read it, and what extraction must find in it. Values are canonical text.
/// </summary>
public sealed record LabeledDirective(string Name, string Text, ExpectedFacts Expected)
{
    /// <summary>Reads the expectations (the JSON written beside the text); a malformed file names itself.</summary>
    public static LabeledDirective Parse(string name, string text, string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var expected = new ExpectedFacts(
                String(root, "documentNumber"), Date(root, "documentDate"), String(root, "documentType"), String(root, "issuer"),
                String(root, "subject"), Strings(root, "addressees"),
                root.TryGetProperty("datedBeforeCitation", out var f) && f.GetBoolean(),
                root.GetProperty("references").EnumerateArray().Select(r => new ExpectedReference(
                    String(r, "number")!, Date(r, "date"), String(r, "type"), String(r, "issuer"))).ToList(),
                root.GetProperty("dates").EnumerateArray().Select(d => DateOnly.Parse(d.GetString()!, CultureInfo.InvariantCulture)).ToList(),
                root.TryGetProperty("title", out _), String(root, "title"));
            return new LabeledDirective(name, text, expected);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new FormatException($"Labeled case '{name}': {e.Message}", e);
        }
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? Date(JsonElement e, string name) =>
        String(e, name) is { } s ? DateOnly.Parse(s, CultureInfo.InvariantCulture) : null;

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
}

/// <summary>
/// What a labeled case expects; nulls and empty lists are expected to be found empty. The title is scored only in
/// cases labeled with one (<paramref name="TitleLabeled"/>).
/// </summary>
public sealed record ExpectedFacts(
    string? DocumentNumber, DateOnly? DocumentDate, string? DocumentType, string? Issuer, string? Subject,
    IReadOnlyList<string> Addressees, bool DatedBeforeCitation, IReadOnlyList<ExpectedReference> References, IReadOnlyList<DateOnly> Dates,
    bool TitleLabeled = false, string? Title = null);

public sealed record ExpectedReference(string Number, DateOnly? Date, string? Type, string? Issuer);
