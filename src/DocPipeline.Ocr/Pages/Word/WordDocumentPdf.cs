using DocPipeline.Ocr.Intake;

namespace DocPipeline.Ocr.Pages.Word;

/// <summary>
/// The PDF of a word-processor document, laid out by LibreOffice from its Unicode copy
/// (<see cref="UnicodeCopy"/>): the document's page images and its searchable PDF (its text
/// layer is the document's own text). Needs LibreOffice (<see cref="ToolMissingException"/> without it).
/// </summary>
public static class WordDocumentPdf
{
    public static void Write(string original, FileKind kind, string unicodeFont, TimeSpan timeout, Stream output)
    {
        if (kind == FileKind.Docx) FromDocx(original, unicodeFont, timeout, output);
        else OfficeConverter.Convert(original, kind, "docx", timeout, docx => { FromDocx(docx, unicodeFont, timeout, output); return 0; });
    }

    private static void FromDocx(string docx, string unicodeFont, TimeSpan timeout, Stream output)
    {
        var scratch = Directory.CreateTempSubdirectory("docpipeline-unicode-");
        try
        {
            string copy = Path.Combine(scratch.FullName, "unicode.docx");
            UnicodeCopy.Write(docx, copy, unicodeFont);
            OfficeConverter.Convert(copy, FileKind.Docx, "pdf", timeout, pdf =>
            {
                using var file = File.OpenRead(pdf);
                file.CopyTo(output);
                return 0;
            });
        }
        finally
        {
            try { scratch.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
