using DocPipeline.Lao.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Util;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// A key of the text without spaces (the folded run), cut into overlapping three-letter grams,
/// one position each, for substrings across word boundaries: OCR damage that changes where ICU cuts
/// the words (ວາດວຍການປອງກັນ) leaves the letters in a row. A substring is a phrase of its grams.
/// The tone-less substrings are asked of the same field (see <see cref="WordQueries.Substrings"/>).
/// </summary>
public sealed class TrigramAnalyzer(Func<string, string> runKey) : Analyzer
{
    public const int Size = 3;

    /// <summary>The text without spaces and tone marks.</summary>
    public static string ToneLessRun(string text) => SearchKeys.WithoutTones(string.Concat(text.Where(c => !char.IsWhiteSpace(c))));

    /// <summary>The folded text without spaces.</summary>
    public static string FoldedRun(string text) => SearchAnalyzer.FoldedRun(text);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var grams = new NGramTokenizer(LuceneVersion.LUCENE_48, reader, Size, Size);
        return new TokenStreamComponents(grams);
    }

    // Here rather than in CreateComponents: a reused chain is handed the raw reader again, through this.
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new StringReader(runKey(reader.ReadToEnd() ?? ""));

    public override int GetPositionIncrementGap(string fieldName) => LaoAnalyzer.PageGap;
}
