using DocPipeline.Archive.FullText.Analysis;
using DocPipeline.Archive.Search;
using DocPipeline.Lao.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DocPipeline.Archive.FullText;

/// <summary>
/// Lucene queries for the words of a search, one kind per spelling grade or fallback. A term (a word,
/// or a run of words typed together or quoted) is a term query or a phrase by position in the heading,
/// weighted <see cref="HeadingBoost"/> times, or in the body; a word matches at a grade through the
/// terms <see cref="SpellingTerms"/> names. Every term of the query must match; excluded terms must not.
/// </summary>
/// <param name="documentFrequency">How many documents hold a term: a long substring is asked by its rarest trigrams.</param>
public sealed class WordQueries(SearchQuery query, Func<Term, int> documentFrequency)
{
    public const float HeadingBoost = 5f;

    /// <summary>Terms beyond this many are not asked (a pasted page is not a query; BooleanQuery caps its clauses).</summary>
    public const int MaxTerms = 32;

    private readonly IReadOnlyList<QueryTerm> _terms = query.Terms.Take(MaxTerms).ToList();
    private readonly IReadOnlyList<QueryTerm> _excluded = query.Excluded.Take(MaxTerms).ToList();

    /// <summary>Whether a tone-less grade can find anything the folded grade would not rank the same: only when a tone mark was typed.</summary>
    public bool HasToneMarks => _terms.Any(t => t.Text.Any(LaoScript.IsToneMark));

    /// <summary>Whether some term has several words: the index finds them in a row folded, whatever the grade asked.</summary>
    public bool HasSeveralWords => _terms.Any(t => t.Words.Count > 1);

    /// <summary>Whether some unquoted term has several words, which may also stand apart.</summary>
    public bool HasRuns => _terms.Any(t => t.Words.Count > 1 && !t.Quoted);

    /// <summary>Each term where it stands, its words in a row, at this spelling grade.</summary>
    public Query InARow(Spelling spelling) => All(_terms.Select(t => InHeadingOrBody(t.Words, spelling)));

    /// <summary>Each word of each unquoted run anywhere in the document (under the folded key); quoted runs stay in a row.</summary>
    public Query Apart() => All(_terms.SelectMany(t => t.Quoted
        ? [InHeadingOrBody(t.Words, Spelling.Folded)]
        : t.Words.Select(w => InHeadingOrBody([w], Spelling.Folded))));

    /// <summary>
    /// Each term's letters in a row across word boundaries (trigram phrases of the folded run); a term too short
    /// for a trigram is looked for inside indexed words. Both substring grades ask this query: folding drops the tone
    /// marks too, letter by letter, so every page holding a term's letters tone-less holds them folded, and the search
    /// keeps, of the folded hits, those whose text holds them tone-less (one trigram field, not two: the trigrams were
    /// 77% of the tokens indexed).
    /// </summary>
    public Query Substrings() => All(_terms.Select(t => Substring(t.Text)));

    /// <summary>Whether the tone-less substring grade is asked: only when every term's tone-less run is long enough for a trigram.</summary>
    public bool HasToneLessSubstrings => _terms.All(t => TrigramAnalyzer.ToneLessRun(t.Text).Length >= TrigramAnalyzer.Size);

    /// <summary>
    /// Only the body, for the highlighter, which marks by term: the words of a grade without the heading's clauses
    /// (a pair stands at its second word: marking by pairs would leave each phrase's first word unmarked).
    /// </summary>
    public Query BodyOnly(Spelling spelling) => All(_terms.Select(t =>
        t.Words.Count == 1 ? Word(IndexFields.Body, t.Words[0], spelling) : WordsInARow(IndexFields.Body, t.Words, spelling)));

    private BooleanQuery All(IEnumerable<Query> clauses)
    {
        var all = new BooleanQuery();
        foreach (var clause in clauses) all.Add(clause, Occur.MUST);
        foreach (var excluded in _excluded) all.Add(Substring(excluded.Text), Occur.MUST_NOT);
        return all;
    }

    private static Query InHeadingOrBody(IReadOnlyList<string> words, Spelling spelling)
    {
        var heading = Words(IndexFields.Heading, words, spelling);
        heading.Boost = HeadingBoost;
        return new BooleanQuery { { heading, Occur.SHOULD }, { Words(IndexFields.Body, words, spelling), Occur.SHOULD } };
    }

    /// <summary>
    /// One word: its spellings as alternatives. Several: the phrase of their folded pairs (the pairs in a row spell the
    /// words in a row, folded, and read no positions of the words, common ones on nearly every page). As typed: the
    /// pairs, and each word as typed anywhere on the page (no positions read); the search keeps, of these hits, those
    /// whose text holds the words as typed in a row (<see cref="LuceneSearch"/>). Asking the words too keeps that check
    /// for the pages that may pass it: a typed OCR-damaged word (ຫວຍງານ) has the folded pairs of hundreds of correct
    /// pages, none of which holds it (each read, 250 at most, loads a page: p99 9 → 20 ms at 100,000).
    /// Tone-less: the phrase of the words' tone-less spellings, led by the folded pairs (rare where the words are
    /// common), so that positions of the words are read only where the pairs stand.
    /// </summary>
    private static Query Words(string field, IReadOnlyList<string> words, Spelling spelling)
    {
        if (words.Count == 1) return Word(field, words[0], spelling);
        var pairs = new PhraseQuery();
        for (int i = 1; i < words.Count; i++) pairs.Add(new Term(field, SpellingTerms.FoldedPair(words[i - 1], words[i])), i);
        if (spelling == Spelling.Folded) return pairs;
        var closer = new BooleanQuery { { pairs, Occur.MUST } };
        if (spelling == Spelling.ToneLess) closer.Add(WordsInARow(field, words, spelling), Occur.MUST);
        else foreach (string word in words.Distinct()) closer.Add(new TermQuery(new Term(field, word)), Occur.MUST);
        return closer;
    }

    private static Query Word(string field, string word, Spelling spelling)
    {
        var spellings = SpellingTerms.For(word, spelling);
        if (spellings.Count == 1) return new TermQuery(new Term(field, spellings[0]));
        var any = new BooleanQuery();
        foreach (string s in spellings) any.Add(new TermQuery(new Term(field, s)), Occur.SHOULD);
        return any;
    }

    /// <summary>The words at consecutive positions, each position taking the word's spellings at the grade.</summary>
    private static MultiPhraseQuery WordsInARow(string field, IReadOnlyList<string> words, Spelling spelling)
    {
        var phrase = new MultiPhraseQuery();
        foreach (string word in words) phrase.Add(SpellingTerms.For(word, spelling).Select(s => new Term(field, s)).ToArray());
        return phrase;
    }

    /// <summary>
    /// The folded text as a phrase of trigrams: the first of every three, and the last, which covers every
    /// letter with a third of the terms. Shorter than a trigram: indexed words containing it.
    /// </summary>
    private Query Substring(string text)
    {
        string run = TrigramAnalyzer.FoldedRun(text);
        return run.Length < TrigramAnalyzer.Size
            ? new WildcardQuery(new Term(IndexFields.Body, "*" + EscapeWildcards(run) + "*"))
            : Trigrams(IndexFields.Run, run);
    }

    /// <summary>
    /// The run as a phrase of trigrams at their positions: for a short run every third one and the last, which
    /// cover every letter; for a longer one the rarest trigram of each part of <see cref="SparseSpan"/> letters,
    /// so that a run of common syllables does not make Lucene read every page's positions of every syllable.
    /// </summary>
    private PhraseQuery Trigrams(string field, string run)
    {
        var phrase = new PhraseQuery();
        int last = run.Length - TrigramAnalyzer.Size;
        if (run.Length <= SparseSpan)
        {
            for (int at = 0; at < last; at += TrigramAnalyzer.Size) phrase.Add(new Term(field, run.Substring(at, TrigramAnalyzer.Size)), at);
            phrase.Add(new Term(field, run.Substring(last, TrigramAnalyzer.Size)), last);
            return phrase;
        }
        for (int part = 0; part <= last; part += SparseSpan)
        {
            var rarest = Enumerable.Range(part, Math.Min(SparseSpan, last - part + 1))
                .Select(at => (At: at, Term: new Term(field, run.Substring(at, TrigramAnalyzer.Size))))
                .MinBy(t => documentFrequency(t.Term));
            phrase.Add(rarest.Term, rarest.At);
        }
        return phrase;
    }

    /// <summary>Letters per rare trigram in a long substring's phrase.</summary>
    private const int SparseSpan = 9;

    private static string EscapeWildcards(string text) => text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("?", "\\?");
}
