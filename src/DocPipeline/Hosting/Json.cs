using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocPipeline.Hosting;

/// <summary>
/// JSON as DocPipeline writes it, on the command line and in the web API alike: camelCase names, every field
/// present (null when unknown), enums by name, one object per line, and text as it is: Lao letters, quotes
/// and apostrophes unescaped (only what JSON itself requires is escaped), UTF-8. The API's responses are
/// `application/json` with `nosniff` and never inserted into HTML as markup, so the HTML-safe escaping of
/// the default encoder buys the browser nothing.
/// </summary>
public static class Json
{
    public static readonly JsonSerializerOptions Line = Configure(new JsonSerializerOptions());

    public static readonly JsonSerializerOptions Indented = new(Line) { WriteIndented = true };

    /// <summary>The one configuration, applied to the command line's options and to ASP.NET Core's.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Line);
}
