using System.Globalization;
using System.Text;
using DocPipeline.Pipeline;

namespace DocPipeline.Web;

/// <summary>
/// A name a browser sent, made safe to create in the inbox: no folder parts (either slash),
/// no control or invisible formatting characters (which can disguise an extension), no
/// leading dots or spaces (a dot-file would be ignored by the worker), not a name the worker
/// skips as temporary, and short enough for the file system (255 bytes of UTF-8; Lao letters
/// take 3 bytes each).
/// </summary>
public static class SafeFileName
{
    private const int MaxUtf8Bytes = 200;

    /// <summary>The safe name, or null with a reason when nothing usable is left.</summary>
    public static string? From(string? sent, out string? reason)
    {
        reason = null;
        string name = (sent ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !IsHidden(c)).ToArray()).Normalize(NormalizationForm.FormC);
        name = name.TrimStart('.', ' ').TrimEnd('.', ' ');
        if (name.Length == 0) { reason = "The file has no usable name."; return null; }
        if (IgnoredFiles.IsIgnored(name)) { reason = $"'{name}' is a temporary or system file name: rename the file and upload it again."; return null; }
        return Shorten(name);
    }

    private static bool IsHidden(char c) => char.IsControl(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static string Shorten(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) <= MaxUtf8Bytes) return name;
        string ext = Path.GetExtension(name);
        if (ext.Length > 16) ext = "";
        var stem = new StringBuilder();
        foreach (var rune in Path.GetFileNameWithoutExtension(name).EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(stem.ToString() + rune + ext) > MaxUtf8Bytes) break;
            stem.Append(rune.ToString());
        }
        return stem.ToString().TrimEnd('.', ' ') + ext;
    }
}
