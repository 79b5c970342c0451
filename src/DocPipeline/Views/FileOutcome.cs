namespace DocPipeline.Views;

/// <summary>
/// What became of one file, the same shape wherever a file is handed in or processed: an `ingest` or `reindex`
/// line, an `analyze --json` failure, an upload on the web page and the follow-up on it. <c>Status</c> is
/// queued, indexed, duplicate or failed; a failure says at which <c>Stage</c> and why (<c>Error</c>).
/// </summary>
public sealed record FileOutcome(string Status, string? File, string? Sha256, long? Id = null, string? Stage = null, string? Error = null)
{
    public const string Queued = "queued", Indexed = "indexed", Duplicate = "duplicate", Failed = "failed";
}
