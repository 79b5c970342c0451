using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// The 3×3 median of an 8-bit gray page, the edge pixels repeated beyond the border: the same pixels as Leptonica's
/// <c>pixMedianFilter(pix, 3, 3)</c> (its rank filter with a mirrored border one pixel wide), computed many pixels at a
/// time with SIMD minimum and maximum through a 19-exchange median-of-nine network. Leptonica's rank filter keeps a
/// histogram per pixel, and on the held-out part's noisy pages the median was most of the time of preparing a page.
/// </summary>
public static class Median3x3
{
    public static PixHandle Of(PixHandle gray)
    {
        if (Leptonica.PixGetDepth(gray) != 8 || Leptonica.PixGetColormap(gray) != IntPtr.Zero)
            throw new ArgumentException("The median is taken of an 8-bit gray image without a colormap.", nameof(gray));
        int width = gray.Width, height = gray.Height, stride = Leptonica.PixGetWpl(gray) * 4;
        var median = Leptonica.PixCreateTemplate(gray);
        if (median.IsInvalid) throw new InvalidOperationException("Leptonica could not make an image.");
        int lanes = Vector<byte>.Count, padded = (width + lanes - 1) / lanes * lanes + 2;
        // Three rows in left-to-right order, one pixel of border each side, and room for a last partial vector.
        var rows = new[] { new byte[padded + lanes], new byte[padded + lanes], new byte[padded + lanes] };
        var result = new byte[padded + lanes];
        unsafe
        {
            var source = new ReadOnlySpan<byte>((void*)Leptonica.PixGetData(gray), stride * height);
            var target = new Span<byte>((void*)Leptonica.PixGetData(median), stride * height);
            Load(source, stride, width, 0, rows[1]);
            Load(source, stride, width, 0, rows[0]);
            for (int y = 0; y < height; y++)
            {
                Load(source, stride, width, Math.Min(height - 1, y + 1), rows[2]);
                Row(rows[0], rows[1], rows[2], result, width, lanes);
                Store(result, target.Slice(y * stride, stride), width);
                (rows[0], rows[1], rows[2]) = (rows[1], rows[2], rows[0]);
            }
        }
        return median;
    }

    // Leptonica keeps 8-bit pixels in 32-bit words, the first pixel in the most significant byte: each word's bytes
    // reversed give them left to right.
    private static void Load(ReadOnlySpan<byte> source, int stride, int width, int y, byte[] row)
    {
        var words = MemoryMarshal.Cast<byte, uint>(source.Slice(y * stride, stride));
        BinaryPrimitives.ReverseEndianness(words, MemoryMarshal.Cast<byte, uint>(row.AsSpan(1, stride)));
        row[0] = row[1];
        row[width + 1] = row[width];
    }

    private static void Store(byte[] result, Span<byte> target, int width)
    {
        result.AsSpan(width, target.Length - width).Clear(); // the row's padding, as Leptonica leaves it
        var words = MemoryMarshal.Cast<byte, uint>(result.AsSpan(0, target.Length));
        BinaryPrimitives.ReverseEndianness(words, MemoryMarshal.Cast<byte, uint>(target));
    }

    private static void Row(byte[] above, byte[] row, byte[] below, byte[] result, int width, int lanes)
    {
        for (int x = 0; x < width; x += lanes)
        {
            // Pixel x of the image is byte x + 1 of a row: its neighbours are bytes x, x + 1 and x + 2.
            var p0 = new Vector<byte>(above, x); var p1 = new Vector<byte>(above, x + 1); var p2 = new Vector<byte>(above, x + 2);
            var p3 = new Vector<byte>(row, x); var p4 = new Vector<byte>(row, x + 1); var p5 = new Vector<byte>(row, x + 2);
            var p6 = new Vector<byte>(below, x); var p7 = new Vector<byte>(below, x + 1); var p8 = new Vector<byte>(below, x + 2);
            Sort(ref p1, ref p2); Sort(ref p4, ref p5); Sort(ref p7, ref p8);
            Sort(ref p0, ref p1); Sort(ref p3, ref p4); Sort(ref p6, ref p7);
            Sort(ref p1, ref p2); Sort(ref p4, ref p5); Sort(ref p7, ref p8);
            Sort(ref p0, ref p3); Sort(ref p5, ref p8); Sort(ref p4, ref p7);
            Sort(ref p3, ref p6); Sort(ref p1, ref p4); Sort(ref p2, ref p5);
            Sort(ref p4, ref p7); Sort(ref p4, ref p2); Sort(ref p6, ref p4);
            Sort(ref p4, ref p2);
            p4.CopyTo(result, x);
        }
    }

    private static void Sort(ref Vector<byte> low, ref Vector<byte> high)
    {
        var min = Vector.Min(low, high);
        high = Vector.Max(low, high);
        low = min;
    }
}
