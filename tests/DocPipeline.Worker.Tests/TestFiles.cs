using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocPipeline.Testing;

namespace DocPipeline.Worker.Tests;

/// <summary>Inputs for the worker: Lao text exports, corpus scans, broken and hostile files.</summary>
internal static class TestFiles
{
    /// <summary>A UTF-8 text export of a directive, different for each n.</summary>
    public static string LaoText(int n) =>
        Repo.GroundTruth($"d0{n % 4 + 1}") + $"\nສຳເນົາທີ {n}: ເອກະສານທົດລອງ ເລກທີ {n:000}/ທລ\n";

    /// <summary>The first bytes of a file, as a copy cut short leaves it.</summary>
    public static byte[] Truncated(string path, int keep) => File.ReadAllBytes(path)[..keep];

    /// <summary>
    /// A valid grey PNG of the given size whose pixels are all zero: a few kilobytes that
    /// decode into width × height bytes, the shape of a decompression bomb.
    /// </summary>
    public static byte[] BlankPng(int width, int height)
    {
        var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[width + 1]; // filter byte 0, then grey pixels
            for (int y = 0; y < height; y++) z.Write(row);
        }
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), compression, filter, interlace all 0
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>An encrypted copy of a PDF (user password), made by qpdf.</summary>
    public static void EncryptPdf(string source, string target)
    {
        var qpdf = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("qpdf")
        {
            ArgumentList = { "--encrypt", "secret-user", "secret-owner", "256", "--", source, target },
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("qpdf did not start (apt-get install qpdf)");
        qpdf.WaitForExit();
        if (qpdf.ExitCode != 0) throw new InvalidOperationException("qpdf failed: " + qpdf.StandardError.ReadToEnd());
    }
}
