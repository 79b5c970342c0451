namespace DocPipeline.Ocr.Intake;

/// <summary>
/// The kinds of input DocPipeline reads, told by content, not by name: scans and PDFs, text
/// exports, Word documents (.docx, read directly) and the office formats LibreOffice converts
/// (.doc, .odt, .rtf).
/// </summary>
public enum FileKind { Pdf, Tiff, Png, Jpeg, Text, Docx, Doc, Odt, Rtf }

public static class FileKinds
{
    /// <summary>Born-digital word-processor documents: their text is read, never OCR'd.</summary>
    public static bool IsWordProcessor(this FileKind kind) => kind is FileKind.Docx or FileKind.Doc or FileKind.Odt or FileKind.Rtf;
}
