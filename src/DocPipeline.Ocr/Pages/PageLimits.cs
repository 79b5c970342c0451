namespace DocPipeline.Ocr.Pages;

/// <summary>Limits that keep one hostile or broken file from exhausting the machine.</summary>
public sealed record PageLimits
{
    public int MaxPages { get; init; } = 500;
    /// <summary>Pixels per page: an A4 page at 600 dpi is about 35 million.</summary>
    public long MaxPixelsPerPage { get; init; } = 80_000_000;
    /// <summary>Resolution PDFs are rasterized at for OCR.</summary>
    public int PdfDpi { get; init; } = 300;
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
