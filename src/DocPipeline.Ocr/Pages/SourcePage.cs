using DocPipeline.Lao.Text.Legacy;
using DocPipeline.Ocr.Native;

namespace DocPipeline.Ocr.Pages;

/// <summary>One page as it comes out of a file: already text, or an image to OCR.</summary>
public abstract record SourcePage(int Number) : IDisposable
{
    /// <summary>For a PDF page: whether its text layer was kept or the page OCR'd, and why; null for other files.</summary>
    public TextLayerVerdict? TextLayer { get; init; }

    /// <summary>Text in legacy Lao fonts (known by font name) read as Unicode Lao: per coding convention, how many characters.</summary>
    public IReadOnlyList<LegacyDecoding> Decoded { get; init; } = [];

    public virtual void Dispose() { }
}

/// <summary>A page whose text needs no OCR: a .txt export, a Word document's text or a PDF's own text layer.</summary>
public sealed record TextPage(int Number, string Text, string Origin) : SourcePage(Number);

/// <summary>A page image in Leptonica's memory; dispose it as soon as it has been read.</summary>
public sealed record ImagePage(int Number, PixHandle Image) : SourcePage(Number)
{
    /// <summary>For a PDF page: where the image lies on the page (so OCR words can be placed back); null for image files.</summary>
    public PagePlacement? Placement { get; init; }

    /// <summary>How the image was had: `pdf-image` (the page's own image, as scanned), `pdf-render` (rendered), or `image-file`.</summary>
    public string Source { get; init; } = "image-file";

    public override void Dispose() => Image.Dispose();
}
