using DocPipeline.Lao.Text;
using Lucene.Net.Analysis;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>
/// Stacks the word's OCR-confusion-folded key (<see cref="SearchKeys.Folded"/>), so that a correctly
/// spelled query finds a damaged page: ໜັງສື and ຫັງສື share ‹f›ຫັງສື. Stacked only when folding does
/// more than dropping tones, which the word or its tone-less key already carries.
/// </summary>
public sealed class FoldedKeyFilter(TokenStream input) : StackedKeyFilter(input)
{
    public const char FoldedMark = '\u0002';

    protected override char Mark => FoldedMark;

    protected override string Key(string word) => SearchKeys.Folded(word);

    protected override bool Differs(string word, string key) => key != SearchKeys.WithoutTones(word);
}
