namespace DocPipeline.Archive.FullText;

/// <summary>How the spelling grades of a word search (as typed, tone-less, folded, substrings, words apart) rank.</summary>
public enum WordRanking
{
    /// <summary>One search per grade, best first, each asked only while the page has room: every hit of a grade above every hit of the next.</summary>
    Tiers,

    /// <summary>One search of every grade's query as a clause, each grade boosted <see cref="LuceneSearch.GradeBoost"/> times the next: BM25 and grade mixed.</summary>
    Boosted,
}
