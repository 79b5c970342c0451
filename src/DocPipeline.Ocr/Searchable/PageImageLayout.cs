using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Searchable;

/// <summary>
/// What the searchable PDF needs of an OCR'd page besides its corrected text: the image's size
/// and resolution, where it lies on the PDF page (null for image files), how it was had, and
/// the OCR words with their boxes. Stored with the analysis, so `reindex` can rebuild the PDF
/// without OCR.
/// </summary>
public sealed record PageImageLayout(int Width, int Height, int Dpi, PagePlacement? Placement, string Source, IReadOnlyList<LayoutWord> Words)
{
    public static PageImageLayout Of(ImagePage page, OcrResult result)
    {
        var words = new List<LayoutWord>();
        for (int line = 0; line < result.Lines.Count; line++)
            foreach (var w in result.Lines[line].Words)
                words.Add(new LayoutWord(w.Text, line, w.Box.Left, w.Box.Top, w.Box.Right, w.Box.Bottom));
        int dpi = page.Image.PlausibleResolution;
        return new PageImageLayout(page.Image.Width, page.Image.Height, dpi, page.Placement, page.Source, words);
    }
}

/// <summary>One OCR word as Tesseract read it (before the text chain), its line on the page, its box in image pixels.</summary>
public sealed record LayoutWord(string Text, int Line, int Left, int Top, int Right, int Bottom);
