namespace DocPipeline.Ocr.Searchable;

/// <summary>
/// Which character of one text each character of another came from: a shortest edit script
/// (Myers' O(ND) diff) between Tesseract's raw page text and the page's corrected text, so that
/// corrected words can be put where the OCR found them. The text chain makes local edits, so D
/// stays small; past <c>maxEdits</c> the positions are spread proportionally instead.
/// </summary>
internal static class TextAlignment
{
    /// <summary>For each index of <paramref name="to"/>, the index of <paramref name="from"/> it matches, or -1 (inserted).</summary>
    public static int[] Match(string from, string to, int maxEdits = 2000)
    {
        var match = new int[to.Length];
        Array.Fill(match, -1);
        var trace = ForwardTrace(from, to, maxEdits);
        if (trace is null)
        {
            for (int j = 0; j < to.Length; j++) match[j] = from.Length == 0 ? -1 : (int)((long)j * from.Length / to.Length);
            return match;
        }
        Backtrack(trace, from.Length, to.Length, match);
        return match;
    }

    /// <summary>Each round's furthest reach per diagonal k (indexed k + d), until both texts end; null past the edit limit.</summary>
    private static List<int[]>? ForwardTrace(string a, string b, int maxEdits)
    {
        int n = a.Length, m = b.Length, offset = maxEdits + 1;
        var v = new int[2 * offset + 2];
        var trace = new List<int[]>();
        for (int d = 0; d <= maxEdits; d++)
        {
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) { x++; y++; }
                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    trace.Add(Snapshot(v, offset, d));
                    return trace;
                }
            }
            trace.Add(Snapshot(v, offset, d));
        }
        return null;
    }

    private static int[] Snapshot(int[] v, int offset, int d) => v.AsSpan(offset - d, 2 * d + 1).ToArray();

    private static void Backtrack(List<int[]> trace, int n, int m, int[] match)
    {
        int x = n, y = m;
        for (int d = trace.Count - 1; d > 0; d--)
        {
            var before = trace[d - 1];
            int k = x - y;
            bool down = k == -d || (k != d && before[k - 1 + d - 1] < before[k + 1 + d - 1]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = before[prevK + d - 1], prevY = prevX - prevK;
            int startX = down ? prevX : prevX + 1, startY = down ? prevY + 1 : prevY;
            while (x > startX && y > startY) { x--; y--; match[y] = x; }
            x = prevX;
            y = prevY;
        }
        while (x > 0 && y > 0) { x--; y--; match[y] = x; }
    }
}
