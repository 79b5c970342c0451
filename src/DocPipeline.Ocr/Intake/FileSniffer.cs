using System.IO.Compression;
using System.Text;

namespace DocPipeline.Ocr.Intake;

/// <summary>
/// Tells a file's kind from its first bytes, so that a scan with the wrong extension is still
/// read and a renamed binary is not taken for text. Plain text is accepted only from a .txt
/// file that is valid UTF-8. A ZIP is a Word document when it holds word/document.xml, an
/// OpenDocument text when its mimetype says so; an OLE compound file is taken for a .doc
/// (LibreOffice tells it apart from other OLE files when it converts it).
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
        if (head.StartsWith("PK\u0003\u0004"u8)) return ZipKind(path);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return FileKind.Doc;
        if (head.StartsWith("{\\rtf"u8)) return FileKind.Rtf;
        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            if (!IsUtf8(path)) throw new RejectedFileException("intake", "The .txt file is not valid UTF-8 text.");
            return FileKind.Text;
        }
        throw new RejectedFileException("intake",
            $"Unsupported file type '{Path.GetExtension(path)}': DocPipeline reads PDF, TIFF, PNG, JPEG, Word (.docx, .doc), OpenDocument (.odt), RTF and UTF-8 .txt files.");
    }

    /// <summary>Uncompressed size a document's parts may have in all: a ZIP that unpacks to more is a decompression bomb.</summary>
    public const long MaxUnpackedBytes = 512L * 1024 * 1024;

    /// <summary>Uncompressed size of a .docx's word/document.xml: thousands of pages of text are far less.</summary>
    public const long MaxDocumentXmlBytes = 64L * 1024 * 1024;

    private static FileKind ZipKind(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
                throw new RejectedFileException("intake", $"The ZIP file unpacks to more than {MaxUnpackedBytes / 1048576} MB: refused as a possible decompression bomb.");
            if (zip.GetEntry("word/document.xml") is { } document)
            {
                // The SDK holds the document's XML in memory as objects, several times its size.
                if (document.Length > MaxDocumentXmlBytes)
                    throw new RejectedFileException("intake", $"The Word document's text part unpacks to {document.Length / 1048576} MB, over the limit of {MaxDocumentXmlBytes / 1048576} MB.");
                return FileKind.Docx;
            }
            if (zip.GetEntry("mimetype") is { } mimetype && ReadShort(mimetype) == "application/vnd.oasis.opendocument.text") return FileKind.Odt;
        }
        catch (InvalidDataException e)
        {
            throw new RejectedFileException("intake", "The file starts like a ZIP (a .docx or .odt) but is damaged or truncated: " + e.Message, e);
        }
        throw new RejectedFileException("intake",
            $"Unsupported file type '{Path.GetExtension(path)}': a ZIP archive that is neither a Word document (.docx) nor an OpenDocument text (.odt).");
    }

    private static string ReadShort(ZipArchiveEntry entry)
    {
        if (entry.Length > 200) return "";
        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim();
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
