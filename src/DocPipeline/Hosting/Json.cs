using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace DocPipeline.Hosting;

/// <summary>JSON as DocPipeline writes it: camelCase, one object per line, Lao letters unescaped.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Line = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static readonly JsonSerializerOptions Indented = new(Line) { WriteIndented = true };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Line);
}
