using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>A page enlarged <see cref="Factor"/> times (<see cref="SmallPrint"/>): boxes read on it put back on the page as scanned.</summary>
public static class Enlargement
{
    public const int Factor = 2;

    public static PixelBox ToSource(PixelBox box) =>
        new(box.Left / Factor, box.Top / Factor, (box.Right + Factor - 1) / Factor, (box.Bottom + Factor - 1) / Factor);

    /// <summary>Every word of a reading put back on the page as scanned.</summary>
    public static OcrResult ToSource(OcrResult read) => read.WithBoxes(ToSource);
}
