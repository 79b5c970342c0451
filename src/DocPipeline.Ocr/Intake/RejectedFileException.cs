namespace DocPipeline.Ocr.Intake;

/// <summary>
/// A file the pipeline cannot read, for a reason the user can act on (empty, corrupt,
/// encrypted, unsupported, over a limit). Permanent: retrying the same bytes fails again.
/// </summary>
public sealed class RejectedFileException(string stage, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The pipeline stage that rejected the file: intake, pages, ocr, text, extraction or index.</summary>
    public string Stage { get; } = stage;
}
