using DocPipeline.Lao.Text.Segmentation;
using Lucene.Net.Analysis;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// The analysis chain of the heading and body fields, at index and at query time, in one place:
/// the project's Lao tokenizer, then the tone-less key, then the OCR-folded key, then the pair of the word and
/// the one before, folded, each stacked at the word's position. Text comes in canonical (the text engine's job), so no filter normalizes.
/// Pages of one document are values of one field; the position gap keeps a phrase from running
/// from the end of one page into the next.
/// </summary>
public sealed class LaoAnalyzer(IcuWordSegmenter segmenter) : Analyzer
{
    public const int PageGap = 100;

    /// <summary>
    /// Which terms this chain indexes, recorded with each commit of the index: an index whose terms another version
    /// of the chain made (queries would ask for terms it lacks) is rebuilt from the catalog when it is opened.
    /// Raise it with every change to what the chain emits. 2: pairs as written beside the folded ones; 3: folded pairs only, on every word after the first.
    /// </summary>
    public const string Version = "3";

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var words = new LaoWordTokenizer(reader, segmenter);
        TokenStream stream = new ToneLessKeyFilter(words);
        stream = new FoldedKeyFilter(stream);
        stream = new FoldedPairFilter(stream);
        return new TokenStreamComponents(words, stream);
    }

    public override int GetPositionIncrementGap(string fieldName) => PageGap;
}
