namespace DocPipeline.Ocr.Intake;

/// <summary>The kinds of input DocPipeline reads, told by content, not by name.</summary>
public enum FileKind { Pdf, Tiff, Png, Jpeg, Text }
