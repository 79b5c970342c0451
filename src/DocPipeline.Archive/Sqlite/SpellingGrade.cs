using DocPipeline.Archive.Search;
using DocPipeline.Lao.Text;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// How closely a text spells every term of a query, each as a run of its words: as typed, without
/// tone marks, or only under the folded key (OCR confusions absorbed); or not at all, when the index
/// matched the words but not in a row (the pairs of a three-word phrase can each stand elsewhere).
/// Spaces and punctuation are passed over, as FTS5 passes over them between the words of a phrase.
/// </summary>
internal sealed class SpellingGrade
{
    internal const int AsTyped = 2, WithoutTones = 1, Folded = 0, Absent = -1;

    private readonly string[] _asTyped, _withoutTones, _folded;

    internal SpellingGrade(IEnumerable<QueryTerm> terms)
    {
        _asTyped = terms.Select(t => Fts5Tokens.Run(t.Text)).Where(r => r.Length > 0).ToArray();
        _withoutTones = _asTyped.Select(SearchKeys.WithoutTones).ToArray();
        _folded = _asTyped.Select(SearchKeys.Folded).ToArray();
    }

    internal int Of(string text)
    {
        string run = Fts5Tokens.Run(text);
        if (Holds(run, _asTyped)) return AsTyped;
        if (Holds(SearchKeys.WithoutTones(run), _withoutTones)) return WithoutTones;
        return Holds(SearchKeys.Folded(run), _folded) ? Folded : Absent;
    }

    private static bool Holds(string run, string[] terms) => terms.All(t => run.Contains(t, StringComparison.Ordinal));
}
