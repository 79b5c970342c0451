namespace DocPipeline.Hosting;

/// <summary>The data folder holds no archive (a mistyped --data, say): a setup problem, exit code 3.</summary>
public sealed class ArchiveMissingException(string message) : Exception(message);
