using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocPipeline.Archive.Tests.Analysis;

/// <summary>
/// Lucene's BaseTokenStreamTestCase.AssertTokenStreamContents, in the part these tests need (the test
/// framework package is not served): the terms in order, with their offsets and position increments,
/// the stream's contract (Reset, End, Dispose) kept, and the final offset at the end of the text.
/// </summary>
internal static class TokenStreamAssert
{
    internal static void Contents(Analyzer analyzer, string text, string[] terms, int[]? starts = null, int[]? ends = null, int[]? increments = null)
    {
        var actual = Read(analyzer, text);
        Assert.Equal(terms, actual.Select(t => t.Term));
        if (starts is not null) Assert.Equal(starts, actual.Select(t => t.Start));
        if (ends is not null) Assert.Equal(ends, actual.Select(t => t.End));
        if (increments is not null) Assert.Equal(increments, actual.Select(t => t.Increment));
    }

    /// <param name="finalOffset">Where End() must put the offset; the text's length unless the chain reads another text.</param>
    internal static List<(string Term, int Start, int End, int Increment)> Read(Analyzer analyzer, string text, int? finalOffset = null)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        int lastStart = 0;
        while (stream.IncrementToken())
        {
            Assert.True(offset.StartOffset >= lastStart, "offsets go backwards");
            Assert.True(offset.EndOffset >= offset.StartOffset && offset.EndOffset <= text.Length, "offset outside the text");
            lastStart = offset.StartOffset;
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        }
        stream.End();
        Assert.Equal(finalOffset ?? text.Length, offset.EndOffset);
        return tokens;
    }
}
