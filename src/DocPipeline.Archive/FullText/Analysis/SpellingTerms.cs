using DocPipeline.Lao.Text;

namespace DocPipeline.Archive.FullText.Analysis;

/// <summary>How closely an indexed word must spell a query word; higher is closer.</summary>
public enum Spelling { Folded = 0, ToneLess = 1, AsTyped = 2 }

/// <summary>
/// The indexed terms that spell a query word at a grade, given what the key filters stack: a key
/// is only indexed where it differs from the forms before it, so a grade also asks for those forms
/// spelled like the key (a word without tone marks is its own tone-less key).
/// </summary>
public static class SpellingTerms
{
    public static IReadOnlyList<string> For(string word, Spelling spelling)
    {
        switch (spelling)
        {
            case Spelling.AsTyped:
                return [word];
            case Spelling.ToneLess:
                string toneLess = SearchKeys.WithoutTones(word);
                return [ToneLessKeyFilter.ToneLessMark + toneLess, toneLess];
            default:
                string folded = SearchKeys.Folded(word);
                return [FoldedKeyFilter.FoldedMark + folded, ToneLessKeyFilter.ToneLessMark + folded, folded];
        }
    }

    /// <summary>The pair term that stands where two words follow each other, folded (<see cref="FoldedPairFilter"/>).</summary>
    public static string FoldedPair(string first, string second) => FoldedPairFilter.Pair(SearchKeys.Folded(first), SearchKeys.Folded(second));
}
