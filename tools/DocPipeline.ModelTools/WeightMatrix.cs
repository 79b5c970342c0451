namespace DocPipeline.ModelTools;

/// <summary>
/// One layer's weights as Tesseract stores them (weightmatrix.cpp): a mode byte, then either 8-bit integers with one
/// scale per output row ("fast" models), or doubles. Rows are outputs; the last column is the bias.
/// </summary>
public sealed record WeightMatrix(int Rows, int Columns, bool UsesAdam, sbyte[]? Integers, double[]? Scales, double[]? Floats)
{
    // Mode flags, weightmatrix.cpp: kInt8Flag, kAdamFlag, kDoubleFlag ("doubles format", set by every writer since 4.0).
    private const byte Int8Flag = 1;
    private const byte AdamFlag = 4;
    private const byte DoubleFlag = 128;

    public bool IsInteger => Integers is not null;

    /// <summary>The weight at (row, column) as a real number, whichever way it is stored.</summary>
    public double this[int row, int column] =>
        Integers is not null ? Integers[row * Columns + column] * Scales![row] : Floats![row * Columns + column];

    /// <summary>
    /// Integer weights back to reals: each integer times its row's stored scale. The stored scale is max|w|/127 of the
    /// row (WeightMatrix::Serialize removes the in-memory extra factor of 127 before writing), so w = i × scale.
    /// </summary>
    public WeightMatrix ToFloat()
    {
        if (!IsInteger) return this;
        var floats = new double[Rows * Columns];
        for (int r = 0; r < Rows; r++)
            for (int c = 0; c < Columns; c++)
                floats[r * Columns + c] = this[r, c];
        return this with { Integers = null, Scales = null, Floats = floats };
    }

    /// <summary>Reals to 8-bit integers the way WeightMatrix::ConvertToInt does: per row, max|w| maps to 127.</summary>
    public WeightMatrix ToInteger()
    {
        if (IsInteger) return this;
        var integers = new sbyte[Rows * Columns];
        var scales = new double[Rows];
        for (int r = 0; r < Rows; r++)
        {
            double maxAbs = 0;
            for (int c = 0; c < Columns; c++) maxAbs = Math.Max(maxAbs, Math.Abs(Floats![r * Columns + c]));
            double scale = maxAbs / sbyte.MaxValue;
            scales[r] = scale;
            if (scale == 0) scale = 1;
            for (int c = 0; c < Columns; c++)
                integers[r * Columns + c] = (sbyte)Math.Round(Floats![r * Columns + c] / scale, MidpointRounding.AwayFromZero);
        }
        return this with { Integers = integers, Scales = scales, Floats = null };
    }

    internal static WeightMatrix Read(TesseractReader reader, bool training)
    {
        byte mode = reader.Byte();
        if ((mode & DoubleFlag) == 0)
            throw new InvalidDataException("a weight matrix in the pre-4.0 format (no doubles flag): not supported");
        bool adam = (mode & AdamFlag) != 0;
        if ((mode & Int8Flag) != 0)
        {
            var (rows, columns) = Size(reader);
            reader.SByte(); // the array's "empty" value, not a weight
            var integers = new sbyte[rows * columns];
            var bytes = reader.Take(integers.Length);
            for (int i = 0; i < integers.Length; i++) integers[i] = unchecked((sbyte)bytes[i]);
            // A model written after SIMD set-up may carry more scales than rows (rounded up, padded); only rows count.
            uint scaleCount = reader.UInt32();
            if (scaleCount < rows) throw new InvalidDataException($"{scaleCount} scales for {rows} rows");
            var scales = new double[rows];
            for (int i = 0; i < scaleCount; i++)
            {
                double scale = reader.Double();
                if (i < rows) scales[i] = scale;
            }
            return new WeightMatrix(rows, columns, adam, integers, scales, null);
        }
        if (training)
            throw new InvalidDataException("a training checkpoint (weights with updates): convert a recognition model instead");
        return ReadDoubles(reader, adam);
    }

    private static WeightMatrix ReadDoubles(TesseractReader reader, bool adam)
    {
        var (rows, columns) = Size(reader);
        reader.Double(); // the array's "empty" value
        var floats = new double[rows * columns];
        for (int i = 0; i < floats.Length; i++) floats[i] = reader.Double();
        return new WeightMatrix(rows, columns, adam, null, null, floats);
    }

    private static (int Rows, int Columns) Size(TesseractReader reader)
    {
        uint rows = reader.UInt32(), columns = reader.UInt32();
        if (rows > 1 << 20 || columns > 1 << 20 || (long)rows * columns > 1 << 26)
            throw new InvalidDataException($"implausible weight matrix {rows}×{columns}");
        return ((int)rows, (int)columns);
    }

    internal void Write(TesseractWriter writer)
    {
        byte mode = (byte)((IsInteger ? Int8Flag : 0) | (UsesAdam ? AdamFlag : 0) | DoubleFlag);
        writer.Byte(mode);
        writer.UInt32((uint)Rows);
        writer.UInt32((uint)Columns);
        if (IsInteger)
        {
            writer.SByte(0);
            foreach (var value in Integers!) writer.SByte(value);
            writer.UInt32((uint)Rows);
            foreach (var scale in Scales!) writer.Double(scale);
        }
        else
        {
            writer.Double(0);
            foreach (var value in Floats!) writer.Double(value);
        }
    }
}
