namespace DocPipeline.Lao.Text;

/// <summary>The canonical display text of a document and what the cleaning removed from it.</summary>
public sealed record CleanText(string Text, NoiseReport Noise);

/// <summary>What was taken out of raw text as script noise, and where.</summary>
public sealed record NoiseReport(int RemovedCharacters, int RemovedLines, IReadOnlyList<NoisePosition> Positions, bool NeedsOcrAgain)
{
    public static readonly NoiseReport None = new(0, 0, [], false);
}

/// <summary>A line (1-based, within its page) from which noise was removed.</summary>
public sealed record NoisePosition(int Page, int Line, string Script, int Characters);
