namespace DocPipeline.Ocr.Digits;

/// <summary>
/// One written character cut out of a word image: the connected ink blobs that stand one above
/// the other (a Lao digit's loose stroke belongs to it), as a mask over their bounding box.
/// </summary>
public sealed class Glyph
{
    public int Left { get; }
    public int Top { get; }
    public int Width { get; }
    public int Height { get; }
    private readonly bool[] _mask;

    private Glyph(int left, int top, int width, int height, bool[] mask) =>
        (Left, Top, Width, Height, _mask) = (left, top, width, height, mask);

    public bool this[int x, int y] => _mask[y * Width + x];

    public int Area => _mask.Count(m => m);

    /// <summary>How many ink pixels column x holds.</summary>
    public int ColumnInk(int x)
    {
        int n = 0;
        for (int y = 0; y < Height; y++) if (_mask[y * Width + x]) n++;
        return n;
    }

    /// <summary>The ink of columns [from, to), trimmed to its own box; null when those columns are blank.</summary>
    public Glyph? Slice(int from, int to)
    {
        int left = to, right = from, top = Height, bottom = 0;
        for (int y = 0; y < Height; y++)
            for (int x = from; x < to; x++)
                if (_mask[y * Width + x])
                {
                    left = Math.Min(left, x); right = Math.Max(right, x + 1);
                    top = Math.Min(top, y); bottom = Math.Max(bottom, y + 1);
                }
        if (bottom <= top) return null;
        int width = right - left, height = bottom - top;
        var mask = new bool[width * height];
        for (int y = 0; y < height; y++)
            Array.Copy(_mask, (y + top) * Width + left, mask, y * width, width);
        return new Glyph(Left + left, Top + top, width, height, mask);
    }

    /// <summary>
    /// The glyphs of a word image, left to right. Specks (noise, dots) and marks much smaller than
    /// the largest blob are left out: a digit is never that small beside its neighbours.
    /// </summary>
    public static List<Glyph> Find(GrayImage image) => Find(image.Ink());

    /// <summary>The glyphs of an ink mask of a word image (see <see cref="GrayImage.Ink"/>).</summary>
    public static List<Glyph> Find(GrayImage.InkMask ink)
    {
        var blobs = Blobs(ink.Pixels, ink.Width, ink.Height);
        if (blobs.Count == 0) return [];
        int largest = blobs.Max(b => b.Pixels.Count);
        int tallest = blobs.Max(b => b.Bottom - b.Top);
        var kept = blobs.Where(b => b.Pixels.Count >= largest / 8 || b.Bottom - b.Top >= tallest / 2).OrderBy(b => b.Left).ToList();
        var groups = new List<List<Blob>>();
        foreach (var blob in kept)
        {
            var last = groups.LastOrDefault();
            if (last is not null && Overlap(last, blob)) last.Add(blob);
            else groups.Add([blob]);
        }
        return groups.Select(ToGlyph).ToList();
    }

    private sealed record Blob(int Left, int Top, int Right, int Bottom, List<int> Pixels);

    /// <summary>Blobs above one another: their columns overlap by half the narrower one.</summary>
    private static bool Overlap(List<Blob> group, Blob blob)
    {
        int left = group.Min(b => b.Left), right = group.Max(b => b.Right);
        int shared = Math.Min(right, blob.Right) - Math.Max(left, blob.Left);
        return shared * 2 >= Math.Min(right - left, blob.Right - blob.Left);
    }

    private static Glyph ToGlyph(List<Blob> group)
    {
        int left = group.Min(b => b.Left), top = group.Min(b => b.Top);
        int width = group.Max(b => b.Right) - left, height = group.Max(b => b.Bottom) - top;
        var mask = new bool[width * height];
        return new Glyph(left, top, width, height, mask).With(group);
    }

    private Glyph With(List<Blob> group)
    {
        foreach (var blob in group)
            foreach (int p in blob.Pixels)
            {
                int x = p & 0xFFFF, y = p >> 16;
                _mask[(y - Top) * Width + (x - Left)] = true;
            }
        return this;
    }

    /// <summary>8-connected blobs of ink; pixel positions packed as y &lt;&lt; 16 | x.</summary>
    private static List<Blob> Blobs(bool[] ink, int width, int height)
    {
        var seen = new bool[ink.Length];
        var blobs = new List<Blob>();
        var stack = new Stack<int>();
        for (int start = 0; start < ink.Length; start++)
        {
            if (!ink[start] || seen[start]) continue;
            var pixels = new List<int>();
            int left = int.MaxValue, top = int.MaxValue, right = 0, bottom = 0;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int i = stack.Pop(), x = i % width, y = i / width;
                pixels.Add(y << 16 | x);
                left = Math.Min(left, x); right = Math.Max(right, x + 1);
                top = Math.Min(top, y); bottom = Math.Max(bottom, y + 1);
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int nx = x + dx, ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
                        int n = ny * width + nx;
                        if (ink[n] && !seen[n]) { seen[n] = true; stack.Push(n); }
                    }
            }
            blobs.Add(new Blob(left, top, right, bottom, pixels));
        }
        return blobs;
    }
}
