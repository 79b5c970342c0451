namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// Each two adjacent folded words of a text as one index token (`ການ` + `ຂອງ` → `ການ\uE000ຂອງ`).
/// A phrase of common words (and Lao runs of words are mostly common words) costs FTS5 a walk over
/// every page holding all of them, checking word positions on each; the pairs of a phrase are rare
/// tokens, so asking for them first leaves FTS5 only the few pages where the words stand in a row.
/// The joiner is a private-use character, a token character for page_index's tokenizer that Lao text
/// does not use (a stray one in a page at worst makes a pair ambiguous, and the page's text is checked).
/// </summary>
internal static class WordPairs
{
    internal const char Joiner = '\uE000';

    /// <summary>The pair tokens of a text's folded words, space-separated, in order.</summary>
    internal static string Of(string foldedWords) => string.Join(' ', InOrder(Fts5Tokens.Of(foldedWords)));

    /// <summary>The pair tokens of a sequence of tokens; none for a single token.</summary>
    internal static IEnumerable<string> InOrder(IReadOnlyList<string> tokens)
    {
        for (int i = 1; i < tokens.Count; i++) yield return tokens[i - 1] + Joiner + tokens[i];
    }
}
