using System.Text;

namespace DocPipeline.Ocr.Intake;

/// <summary>
/// Tells a file's kind from its first bytes, so that a scan with the wrong extension is still
/// read and a renamed binary is not taken for text. Plain text is accepted only from a .txt
/// file that is valid UTF-8.
/// </summary>
public static class FileSniffer
{
    public static FileKind Detect(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new RejectedFileException("intake", "The file does not exist.");
        if (info.Length == 0) throw new RejectedFileException("intake", "The file is empty (0 bytes).");

        Span<byte> head = stackalloc byte[8];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];

        if (head.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)) return FileKind.Tiff;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])) return FileKind.Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return FileKind.Jpeg;
        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            if (!IsUtf8(path)) throw new RejectedFileException("intake", "The .txt file is not valid UTF-8 text.");
            return FileKind.Text;
        }
        throw new RejectedFileException("intake",
            $"Unsupported file type '{Path.GetExtension(path)}': DocPipeline reads PDF, TIFF, PNG, JPEG and UTF-8 .txt files.");
    }

    private static bool IsUtf8(string path)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            using var reader = new StreamReader(path, strict, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[8192];
            while (reader.Read(buffer, 0, buffer.Length) > 0) { }
            return true;
        }
        catch (DecoderFallbackException) { return false; }
    }
}
