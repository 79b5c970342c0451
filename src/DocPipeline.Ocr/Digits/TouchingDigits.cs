namespace DocPipeline.Ocr.Digits;

/// <summary>
/// Splits a blob that is too wide for one digit: on blurred 150–200 dpi scans neighbouring digits
/// touch and come out as one connected glyph. Cuts are tried between columns, and the cutting
/// whose parts all look like digits, nearest on the whole, wins (segmentation by recognition).
/// </summary>
internal static class TouchingDigits
{
    /// <summary>No digit of the three fonts is wider than 1.1 times its height (໙); two touching ones are.</summary>
    public const double WiderThanOne = 1.2;
    /// <summary>The narrowest digit part is a third of the blob's height (a ໑ or a slash).</summary>
    private const double NarrowestPart = 0.3;
    private const int MaxCandidateCuts = 10;

    /// <summary>The parts and their readings, left to right; null when no cutting gives digits only.</summary>
    public static List<(char Character, double Distance)>? Split(Glyph blob, Func<Glyph, (char, double)> classify, double maxDistance)
    {
        int narrowest = Math.Max(2, (int)(blob.Height * NarrowestPart));
        if (blob.Width < 2 * narrowest) return null;
        var cuts = CandidateCuts(blob, narrowest);
        cuts.Insert(0, 0);
        cuts.Add(blob.Width);
        int n = cuts.Count;
        // best[j]: the lowest total distance of a cutting of columns [0, cuts[j]); from[j] the cut before.
        var best = Enumerable.Repeat(double.MaxValue, n).ToArray();
        var from = new int[n];
        var reading = new (char, double)[n];
        best[0] = 0;
        for (int j = 1; j < n; j++)
            for (int i = 0; i < j; i++)
            {
                if (best[i] == double.MaxValue) continue;
                int width = cuts[j] - cuts[i];
                if (width < narrowest || width > blob.Height * WiderThanOne) continue;
                if (blob.Slice(cuts[i], cuts[j]) is not { } part) continue;
                var (c, d) = classify(part);
                if (d > maxDistance || best[i] + d >= best[j]) continue;
                (best[j], from[j], reading[j]) = (best[i] + d, i, (c, d));
            }
        if (best[n - 1] == double.MaxValue) return null;
        var parts = new List<(char, double)>();
        for (int j = n - 1; j > 0; j = from[j]) parts.Add(reading[j]);
        parts.Reverse();
        return parts.Count > 1 ? parts : null;
    }

    /// <summary>
    /// Where to try cutting: every column of a blob up to three digits wide (a slash touching a
    /// digit leans, so the best cut is often beside the thinnest column), else the middles of the
    /// column-ink valleys, least ink first.
    /// </summary>
    private static List<int> CandidateCuts(Glyph blob, int narrowest)
    {
        if (blob.Width <= 3 * blob.Height) return Enumerable.Range(narrowest, Math.Max(0, blob.Width - 2 * narrowest + 1)).ToList();
        var ink = Enumerable.Range(0, blob.Width).Select(blob.ColumnInk).ToArray();
        var valleys = new List<int>();
        for (int start = 1; start < blob.Width - 1;)
        {
            int end = start;
            while (end + 1 < blob.Width && ink[end + 1] == ink[start]) end++;
            int middle = (start + end) / 2;
            bool valley = ink[start - 1] > ink[start] && (end + 1 >= blob.Width || ink[end + 1] > ink[start]);
            if (valley && middle >= narrowest && middle <= blob.Width - narrowest) valleys.Add(middle);
            start = end + 1;
        }
        return valleys.OrderBy(x => ink[x]).Take(MaxCandidateCuts).Order().ToList();
    }
}
