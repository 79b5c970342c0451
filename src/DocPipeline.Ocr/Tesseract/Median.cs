namespace DocPipeline.Ocr.Tesseract;

/// <summary>The median of word box coordinates: where a line stands, whatever one word's box says.</summary>
internal static class Median
{
    /// <summary>The middle value (the upper one of an even count); the values must not be empty.</summary>
    public static int Of(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
