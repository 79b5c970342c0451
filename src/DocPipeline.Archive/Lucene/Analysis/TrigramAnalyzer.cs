using DocPipeline.Lao.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Util;

namespace DocPipeline.Archive.Lucene.Analysis;

/// <summary>
/// The folded text without spaces, cut into overlapping three-letter grams, one position each, for
/// substrings across word boundaries: OCR damage that changes where ICU cuts the words
/// (ວາດວຍການປອງກັນ) leaves the letters in a row. A substring is a phrase of its grams.
/// </summary>
public sealed class TrigramAnalyzer : Analyzer
{
    public const int Size = 3;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var grams = new NGramTokenizer(LuceneVersion.LUCENE_48, reader, Size, Size);
        return new TokenStreamComponents(grams);
    }

    // Here rather than in CreateComponents: a reused chain is handed the raw reader again, through this.
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new StringReader(SearchAnalyzer.FoldedRun(reader.ReadToEnd() ?? ""));

    public override int GetPositionIncrementGap(string fieldName) => LaoAnalyzer.PageGap;
}
