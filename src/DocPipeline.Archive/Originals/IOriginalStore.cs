namespace DocPipeline.Archive.Originals;

/// <summary>Where original files are kept, by content, never modified.</summary>
public interface IOriginalStore
{
    /// <summary>
    /// Moves (or copies and verifies) the file into the store; returns where it now lives. A file to move that another
    /// process moved in first is found there, not an error.
    /// </summary>
    string Keep(string sourcePath, string sha256, bool move);

    /// <summary>The stored path of an original, or null when it is not there.</summary>
    string? Find(string sha256);

    /// <summary>Writes a sidecar next to the original (extracted text and metadata), atomically.</summary>
    void WriteSidecar(string sha256, string name, string content);

    /// <summary>Writes a binary sidecar (the searchable PDF) through a temporary name, so it is whole or absent.</summary>
    void WriteSidecar(string sha256, string name, Action<Stream> write);

    string? ReadSidecar(string sha256, string name);

    /// <summary>Where a sidecar is, or null when the original has none of that name.</summary>
    string? FindSidecar(string sha256, string name);

    /// <summary>
    /// After a crash: removes what a killed process left of its writes: temporary sidecars and
    /// copies still being verified (the sidecar or original is whole or absent, the source is still
    /// in place, and the interrupted job writes it again). Only files not written for <paramref name="untouchedFor"/>:
    /// zero when this process is the archive's only writer; longer when other workers may be writing. Returns how many.
    /// </summary>
    int RemoveInterruptedWrites(TimeSpan untouchedFor);

    /// <summary>The SHA-256 of every original that has this sidecar (what reindex rebuilds from).</summary>
    IEnumerable<string> WithSidecar(string name);
}
