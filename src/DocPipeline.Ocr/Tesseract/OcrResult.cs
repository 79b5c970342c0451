namespace DocPipeline.Ocr.Tesseract;

/// <summary>What Tesseract read on one page: raw UTF-8 text and its mean word confidence (0–100).</summary>
public sealed record OcrResult(string Text, int MeanConfidence);
