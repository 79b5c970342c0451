using System.Globalization;
using System.IO.Compression;
using PdfSharp.Pdf;

namespace DocPipeline.Ocr.Searchable;

/// <summary>PDFsharp's object model, the few ways the searchable PDF writer uses it.</summary>
internal static class PdfObjects
{
    public static PdfDictionary Indirect(PdfDocument document, params (string Key, PdfItem Value)[] entries)
    {
        var dictionary = new PdfDictionary(document);
        foreach (var (key, value) in entries) dictionary.Elements[key] = value;
        document.Internals.AddObject(dictionary);
        return dictionary;
    }

    /// <summary>A stream compressed here (PDFsharp's own compression is off, so imported streams keep their bytes).</summary>
    public static PdfDictionary FlateStream(PdfDocument document, byte[] data, params (string Key, PdfItem Value)[] entries)
    {
        var stream = Indirect(document, entries);
        stream.Elements["/Filter"] = new PdfName("/FlateDecode");
        stream.CreateStream(Deflate(data));
        return stream;
    }

    /// <summary>A stream kept as given (a JPEG, a metadata packet).</summary>
    public static PdfDictionary RawStream(PdfDocument document, byte[] data, params (string Key, PdfItem Value)[] entries)
    {
        var stream = Indirect(document, entries);
        stream.CreateStream(data);
        return stream;
    }

    public static byte[] Deflate(byte[] data)
    {
        var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return packed.ToArray();
    }

    public static PdfName Name(string name) => new("/" + name);
    public static PdfInteger Int(int value) => new(value);
    public static PdfReal Real(double value) => new(Math.Round(value, 4));
    public static PdfArray Array(PdfDocument document, params PdfItem[] items) => new(document, items);

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
