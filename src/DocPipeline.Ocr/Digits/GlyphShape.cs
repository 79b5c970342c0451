namespace DocPipeline.Ocr.Digits;

/// <summary>
/// What a glyph looks like, whatever its size: the share of ink in each cell of a fixed grid laid
/// over its box, and the box's proportions (a Lao ໐ is round, an Arabic 0 tall).
/// </summary>
public sealed class GlyphShape
{
    private const int Columns = 10, Rows = 14;
    /// <summary>Weight of the proportions against the grid: enough to tell ໐ from 0 and ໑ from 1.</summary>
    private const double ProportionWeight = 0.25;

    private readonly float[] _cells;
    private readonly double _proportion;

    public GlyphShape(Glyph glyph)
    {
        _cells = new float[Columns * Rows];
        var counts = new int[Columns * Rows];
        for (int y = 0; y < glyph.Height; y++)
            for (int x = 0; x < glyph.Width; x++)
            {
                int cell = y * Rows / glyph.Height * Columns + x * Columns / glyph.Width;
                counts[cell]++;
                if (glyph[x, y]) _cells[cell]++;
            }
        for (int i = 0; i < _cells.Length; i++)
        {
            if (counts[i] > 0) { _cells[i] /= counts[i]; continue; }
            // A glyph narrower than the grid (a 1, a slash) leaves cells without a pixel: take the nearest one.
            int x = ((i % Columns) * 2 + 1) * glyph.Width / (2 * Columns), y = ((i / Columns) * 2 + 1) * glyph.Height / (2 * Rows);
            _cells[i] = glyph[x, y] ? 1 : 0;
        }
        _proportion = Math.Log((double)glyph.Width / glyph.Height);
    }

    /// <summary>
    /// 0 for the same shape; about 0.1 and more between different characters. Stops counting once
    /// past <paramref name="bound"/> (a nearer template is already known) and returns a value past it.
    /// </summary>
    public double DistanceTo(GlyphShape other, double bound = double.MaxValue)
    {
        double p = _proportion - other._proportion;
        double proportion = ProportionWeight * p * p;
        double limit = (bound - proportion) * _cells.Length;
        double sum = 0;
        for (int i = 0; i < _cells.Length; i++)
        {
            double d = _cells[i] - other._cells[i];
            sum += d * d;
            if (sum > limit) break;
        }
        return sum / _cells.Length + proportion;
    }
}
