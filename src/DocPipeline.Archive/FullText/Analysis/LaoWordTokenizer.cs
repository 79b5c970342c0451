using DocPipeline.Lao.Text.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// The project's own segmentation as a Lucene tokenizer: reference numbers, numeric dates and dotted
/// abbreviations whole (their canonical form, offsets over what was written), then ICU 72's dictionary
/// words. ICU4N (Lucene.Net.ICU) is not used: its ICU 60 data cuts Lao more finely than the system ICU
/// the rest of the pipeline segments with, and the index and the query must cut alike.
/// Control characters are dropped from words: the key filters mark their keys with them.
/// </summary>
public sealed class LaoWordTokenizer : Tokenizer
{
    public const string WordType = "<WORD>";

    private readonly IcuWordSegmenter _segmenter;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private IReadOnlyList<WordToken> _tokens = [];
    private int _next, _length;

    public LaoWordTokenizer(TextReader input, IcuWordSegmenter segmenter) : base(input)
    {
        _segmenter = segmenter;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        // ICU's break iterator needs the whole text: Lao words are found by looking at their neighbours.
        // Lucene's reusable string reader gives null, not "", for an empty value.
        string text = m_input.ReadToEnd() ?? "";
        _length = text.Length;
        _tokens = _segmenter.Tokens(text);
        _next = 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_next < _tokens.Count)
        {
            var token = _tokens[_next++];
            string word = token.Word.Any(char.IsControl) ? new string(token.Word.Where(c => !char.IsControl(c)).ToArray()) : token.Word;
            if (word.Length == 0) continue;
            _term.SetEmpty().Append(word);
            _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
            _position.PositionIncrement = 1;
            _type.Type = WordType;
            return true;
        }
        return false;
    }

    public override void End()
    {
        base.End();
        int end = CorrectOffset(_length);
        _offset.SetOffset(end, end);
    }

    protected override void Dispose(bool disposing)
    {
        _tokens = [];
        base.Dispose(disposing);
    }
}
