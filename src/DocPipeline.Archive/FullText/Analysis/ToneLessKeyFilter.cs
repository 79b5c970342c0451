using DocPipeline.Lao.Text;
using Lucene.Net.Analysis;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>Stacks the word without tone marks (OCR drops them often): ຕັ້ງ gets ‹t›ຕັງ at its position.</summary>
public sealed class ToneLessKeyFilter(TokenStream input) : StackedKeyFilter(input)
{
    public const char ToneLessMark = '\u0001';

    protected override char Mark => ToneLessMark;

    protected override string Key(string word) => SearchKeys.WithoutTones(word);
}
