using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using static DocPipeline.Ocr.Searchable.PdfObjects;

namespace DocPipeline.Ocr.Searchable;

/// <summary>
/// PDF/A-2b where this writer can stand behind it: every page made here (page images and the
/// embedded font's invisible text), with images whose filters and colours PDF/A-2 allows, an sRGB
/// output intent, and the XMP claim. PDFsharp writes its own XMP at save, so the claim is added
/// as an incremental update replacing the metadata object (PDF/A allows incremental updates).
/// A copied page (its own text layer, or content not one scanned image) is not checked, and then
/// no claim is made: <see cref="Reason"/> says why.
/// </summary>
internal sealed partial class PdfAConformance(byte[]? srgbProfile)
{
    public string? Reason { get; private set; } = srgbProfile is null ? "no sRGB ICC profile (install icc-profiles-free)" : null;

    public void NotCheckable(string why) => Reason ??= why;

    public void CheckImage(PdfDictionary image, int page)
    {
        string filters = image.Elements["/Filter"]?.ToString() ?? "";
        if (filters.Contains("LZW")) NotCheckable($"page {page}'s image is LZW-compressed, which PDF/A forbids");
        string colors = image.Elements["/ColorSpace"]?.ToString() ?? "";
        if (colors.Contains("CMYK") || colors.Contains("DeviceN") || colors.Contains("Separation"))
            NotCheckable($"page {page}'s image is in {colors}, which an sRGB output intent does not cover");
        if (image.Elements.ContainsKey("/Alternates") || image.Elements.ContainsKey("/OPI"))
            NotCheckable($"page {page}'s image has alternates or OPI, which PDF/A forbids");
        image.Elements.Remove("/Interpolate"); // forbidden when true; a hint only
    }

    /// <summary>What a PDF's catalog may carry that PDF/A forbids or that pointed into the pages' old content.</summary>
    private static readonly string[] CatalogLeftovers = ["/AcroForm", "/Names", "/OpenAction", "/AA", "/StructTreeRoot", "/MarkInfo", "/Perms", "/Requirements"];

    /// <summary>Before the save: the output intent, when a claim will be made, and nothing of the original's catalog that would break it.</summary>
    public void Prepare(PdfDocument document)
    {
        if (Reason is not null) return;
        foreach (var key in CatalogLeftovers) document.Internals.Catalog.Elements.Remove(key);
        var profile = FlateStream(document, srgbProfile!, ("/N", Int(3)));
        var intent = new PdfDictionary(document);
        intent.Elements["/Type"] = Name("OutputIntent");
        intent.Elements["/S"] = Name("GTS_PDFA1");
        intent.Elements["/OutputConditionIdentifier"] = new PdfString("sRGB IEC61966-2.1");
        intent.Elements["/Info"] = new PdfString("sRGB IEC61966-2.1");
        intent.Elements["/DestOutputProfile"] = profile.Reference!;
        document.Internals.Catalog.Elements["/OutputIntents"] = Array(document, intent);
    }

    /// <summary>Saves the document; true when it claims PDF/A-2b.</summary>
    public bool Write(PdfDocument document, Stream output)
    {
        long start = output.Position;
        document.Save(output, closeStream: false);
        if (Reason is not null) return false;
        var metadata = document.Internals.Catalog.Elements.GetReference("/Metadata");
        if (metadata?.Value is not PdfDictionary stream || stream.Stream is null) { Reason = "PDFsharp wrote no XMP metadata"; return false; }
        string xmp = Encoding.UTF8.GetString(stream.Stream.Value);
        int close = xmp.IndexOf("</rdf:RDF>", StringComparison.Ordinal);
        if (close < 0) { Reason = "PDFsharp's XMP metadata has no RDF body"; return false; }
        xmp = xmp.Insert(close, """
            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>

            """);
        AppendMetadataUpdate(output, start, metadata.ObjectNumber, metadata.GenerationNumber, Encoding.UTF8.GetBytes(xmp));
        return true;
    }

    /// <summary>A new revision of the metadata object, a one-entry cross-reference section, and a trailer pointing back at the saved one.</summary>
    private static void AppendMetadataUpdate(Stream output, long start, int number, int generation, byte[] xmp)
    {
        output.Flush();
        long end = output.Length; // PDFsharp leaves the position where it last wrote, not always at the end
        int tail = (int)Math.Min(4096, end - start);
        var buffer = new byte[tail];
        output.Position = end - tail;
        output.ReadExactly(buffer);
        string trailerText = Encoding.Latin1.GetString(buffer);
        var trailer = Trailer().Match(trailerText);
        var previous = StartXref().Matches(trailerText);
        if (!trailer.Success || previous.Count == 0) throw new InvalidDataException("The saved PDF's trailer cannot be read.");
        output.Position = end;
        var ascii = Encoding.Latin1;
        long objectAt = output.Position - start;
        output.Write(ascii.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"\n{number} {generation} obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length}>>\nstream\n")));
        objectAt += 1;
        output.Write(xmp);
        output.Write(ascii.GetBytes("\nendstream\nendobj\n"));
        long xrefAt = output.Position - start;
        output.Write(ascii.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"xref\n{number} 1\n{objectAt:0000000000} {generation:00000} n \ntrailer\n<<{trailer.Groups["body"].Value}/Prev {previous[^1].Groups[1].Value}>>\nstartxref\n{xrefAt}\n%%EOF\n")));
    }

    [GeneratedRegex(@"trailer\s*<<(?<body>.*?)>>\s*(%[^\n]*)?\s*startxref", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
