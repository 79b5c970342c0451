using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>A page enlarged by a factor (<see cref="SmallPrint"/>): boxes read on it put back on the page as scanned.</summary>
public static class Enlargement
{
    /// <summary>A box of the enlarged page on the page as scanned: its edges divided by the factor, outwards.</summary>
    public static PixelBox ToSource(PixelBox box, double factor) =>
        new((int)Math.Floor(box.Left / factor), (int)Math.Floor(box.Top / factor), (int)Math.Ceiling(box.Right / factor), (int)Math.Ceiling(box.Bottom / factor));

    /// <summary>Every word of a reading put back on the page as scanned.</summary>
    public static OcrResult ToSource(OcrResult read, double factor) => read.WithBoxes(b => ToSource(b, factor));
}
