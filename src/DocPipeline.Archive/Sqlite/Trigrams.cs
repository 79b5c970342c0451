namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// The trigrams of a folded run as page_trigram's tokenizer sees them (three characters at every
/// offset, case folded), and how the substring tier asks for a long run cheaply. A phrase of every
/// trigram makes FTS5 walk the doclist of each, and in Lao the commonest syllables (ການ, ແລະ) stand on
/// nearly every page; the rarest trigram of each third of the run, required near each other, picks out
/// nearly the same pages for a fraction of the walk (measured at 100,000 pages: 27 → 3 ms, 46 → 7 ms),
/// and each page's text is then checked for the whole run.
/// </summary>
internal static class Trigrams
{
    /// <summary>Up to this many trigrams, a run is asked as one phrase.</summary>
    internal const int WholePhraseUpTo = 4;

    private const int Parts = 3;

    /// <summary>The trigrams of a run with their offsets; windows with a surrogate (outside the Basic Multilingual Plane) are left out.</summary>
    internal static IEnumerable<(int Offset, string Trigram)> Of(string run)
    {
        for (int i = 0; i + 3 <= run.Length; i++)
            if (Window(run, i) is var (a, b, c, whole) && whole) yield return (i, new string([a, b, c]));
    }

    /// <summary>The distinct trigrams of a page's run, each packed into a number (counting them costs no strings).</summary>
    internal static HashSet<long> DistinctKeys(string run)
    {
        var keys = new HashSet<long>();
        for (int i = 0; i + 3 <= run.Length; i++)
            if (Window(run, i) is var (a, b, c, whole) && whole) keys.Add(((long)a << 32) | ((long)b << 16) | c);
        return keys;
    }

    /// <summary>The three characters at an offset, case folded, and whether none is half of a surrogate pair: one rule for counting and asking.</summary>
    private static (char A, char B, char C, bool Whole) Window(string run, int i)
    {
        char a = char.ToLowerInvariant(run[i]), b = char.ToLowerInvariant(run[i + 1]), c = char.ToLowerInvariant(run[i + 2]);
        return (a, b, c, !char.IsSurrogate(a) && !char.IsSurrogate(b) && !char.IsSurrogate(c));
    }

    internal static string FromKey(long key) => new([(char)(key >> 32), (char)((key >> 16) & 0xFFFF), (char)(key & 0xFFFF)]);

    /// <summary>
    /// For a run longer than <see cref="WholePhraseUpTo"/> trigrams (<paramref name="all"/>, from <see cref="Of"/>): the
    /// rarest trigram of each third, in order, and the distance from the first to the last. Null when some trigram of
    /// the run is on no page: nothing holds the run.
    /// </summary>
    internal static (IReadOnlyList<string> Trigrams, int Span)? RarestOfEachPart(IReadOnlyList<(int Offset, string Trigram)> all, IReadOnlyDictionary<string, long> pagesHolding)
    {
        if (all.Any(t => pagesHolding.GetValueOrDefault(t.Trigram) == 0)) return null;
        var chosen = Enumerable.Range(0, Parts)
            .Select(part => all.Skip(part * all.Count / Parts).Take((part + 1) * all.Count / Parts - part * all.Count / Parts))
            .Select(window => window.MinBy(t => pagesHolding[t.Trigram]))
            .ToList();
        return (chosen.Select(t => t.Trigram).ToList(), chosen[^1].Offset - chosen[0].Offset);
    }
}
