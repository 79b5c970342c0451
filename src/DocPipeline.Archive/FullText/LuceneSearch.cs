using System.Globalization;
using DocPipeline.Archive.FullText.Analysis;
using DocPipeline.Archive.Search;
using DocPipeline.Lao.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DocPipeline.Archive.FullText;

/// <summary>
/// Search on the Lucene index, in tiers: every hit of a tier ranks above every hit of the next, and a
/// tier is asked only while hits are missing. A reference number first: the document bearing it, then
/// the one bearing it as OCR damaged it (folded key), then the documents citing it, exactly then folded,
/// newest first. Then the words: in a row as typed, without tone marks, under the folded key (each BM25
/// with the heading weighted above the body); then as substrings across word boundaries, tone-less then
/// folded (OCR damage that changed where ICU cuts the words); then, for runs typed without quotes, their
/// words apart. Filters narrow every tier and never score.
/// The catalog gives the documents and their pages; the index only finds them.
/// </summary>
public sealed class LuceneSearch(LuceneIndex index, LaoTextEngine textEngine, SearchAnalyzer analyzer, Func<ICatalogReader> openCatalog,
    WordRanking ranking = WordRanking.Tiers)
{
    /// <summary>With <see cref="WordRanking.Boosted"/>: each grade's clause weighs this many times the next one's.</summary>
    public const float GradeBoost = 4f;

    /// <summary>Reference numbers beyond this many in one query are not asked (each is four clauses of one query).</summary>
    private const int MaxNumbers = 32;

    private static readonly Sort NewestFirst = new(new SortField(IndexFields.DateOrder, SortFieldType.INT64, true)); // ties: the later id first

    /// <summary>
    /// By score, equal scores by catalog id (the document archived first): not by the index's own document order,
    /// which depends on how the index was built (a catch-up indexes in parallel, a node rebuilds its index), so that
    /// every node of a cluster, and a rebuilt index, ranks alike.
    /// </summary>
    internal static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, new SortField(IndexFields.IdValue, SortFieldType.INT64));
    private static readonly (string Field, bool Folded)[] NumberGroups =
        [(IndexFields.Number, false), (IndexFields.NumberFolded, true), (IndexFields.Cites, false), (IndexFields.CitesFolded, true)];

    private readonly SearchQueryParser _parser = new(textEngine, analyzer);
    private readonly Passages _passages = new(index.Analyzer);

    public IReadOnlyList<SearchHit> Search(SearchRequest request) => index.Read(searcher =>
    {
        var query = _parser.Parse(request.Text, key => IsKnownNumber(searcher.IndexReader, key));
        if (query.IsEmpty) return (IReadOnlyList<SearchHit>)[];
        var filter = SearchFilters.For(request, textEngine, searcher.IndexReader);
        using var catalog = openCatalog();
        var hits = new Hits(request.Offset + Math.Max(0, request.Limit), catalog);
        if (request.NewestFirst) CollectNewest(searcher, query, filter, hits);
        else
        {
            foreach (string key in query.NumberKeys.Take(MaxNumbers)) CollectNumber(searcher, key, filter, hits);
            if (query.Terms.Count > 0) CollectWords(searcher, query, filter, hits);
        }
        return hits.Found.Skip(request.Offset).Take(request.Limit)
            .Select(h =>
            {
                var (page, snippet) = h.Passage();
                return new SearchHit(h.Document, page, snippet, Math.Round(h.Score, 4));
            })
            .ToList();
    });

    /// <summary>Type, issuer and year counts over the documents any tier of the search finds, the filters applied.</summary>
    public SearchFacets Facets(SearchRequest request) => index.Read(searcher =>
    {
        var query = _parser.Parse(request.Text, key => IsKnownNumber(searcher.IndexReader, key));
        if (query.IsEmpty) return SearchFacets.None;
        var counter = new FacetCounter();
        searcher.Search(AnyTier(query, searcher.IndexReader), SearchFilters.For(request, textEngine, searcher.IndexReader), counter);
        return counter.Result();
    });

    /// <summary>Every document some tier finds, unscored: what facets count and what a sort by date orders.</summary>
    private static Query AnyTier(SearchQuery query, IndexReader reader)
    {
        var any = new BooleanQuery();
        foreach (string key in query.NumberKeys.Take(MaxNumbers))
            foreach (var (field, folded) in NumberGroups) any.Add(new TermQuery(new Term(field, folded ? ReferenceKeys.Folded(key) : key)), Occur.SHOULD);
        if (query.Terms.Count > 0)
            foreach (var tier in WordTiers(new WordQueries(query, reader.DocFreq))) any.Add(tier.Query, Occur.SHOULD);
        return new ConstantScoreQuery(any);
    }

    /// <summary>Sorted by date, newest first: every document found, whatever its tier; passages marked as the folded tier finds them.</summary>
    private void CollectNewest(IndexSearcher searcher, SearchQuery query, Filter? filter, Hits hits)
    {
        var marked = query.MarkedWords.ToList();
        var body = query.Terms.Count > 0 ? new WordQueries(query, searcher.IndexReader.DocFreq).BodyOnly(Spelling.Folded) : null;
        string? number = query.NumberKeys.FirstOrDefault();
        foreach (var scoreDoc in searcher.Search(AnyTier(query, searcher.IndexReader), filter, hits.Wanted, NewestFirst).ScoreDocs)
            if (Load(searcher, scoreDoc.Doc, hits) is { } d)
                hits.TryAdd(d, 0, () => number is not null && query.Terms.Count == 0
                    ? Passages.ForNumber(hits.Catalog.Pages(d.Id), number)
                    : _passages.ForWords(hits.Catalog.Pages(d.Id), marked, body));
    }

    private static bool IsKnownNumber(IndexReader reader, string key) =>
        NumberGroups.Any(g => reader.DocFreq(new Term(g.Field, g.Folded ? ReferenceKeys.Folded(key) : key)) > 0);

    private void CollectNumber(IndexSearcher searcher, string key, Filter? filter, Hits hits)
    {
        int group = NumberGroups.Length;
        foreach (var (field, folded) in NumberGroups)
        {
            double tier = 10 + --group;
            if (hits.IsFull) return;
            var top = searcher.Search(new TermQuery(new Term(field, folded ? ReferenceKeys.Folded(key) : key)), filter, hits.Wanted + hits.Count, NewestFirst);
            int i = 0;
            foreach (var scoreDoc in top.ScoreDocs)
                if (Load(searcher, scoreDoc.Doc, hits) is { } d)
                    hits.TryAdd(d, tier + 0.5 / (1 + i++), () => Passages.ForNumber(hits.Catalog.Pages(d.Id), key));
        }
    }

    private void CollectWords(IndexSearcher searcher, SearchQuery query, Filter? filter, Hits hits)
    {
        var marked = query.MarkedWords.ToList();
        if (ranking == WordRanking.Boosted)
        {
            CollectBoosted(searcher, query, filter, hits, marked);
            return;
        }
        int i = 0;
        (Query Query, TopDocs Top)? asked = null;
        foreach (var tier in WordTiers(new WordQueries(query, searcher.IndexReader.DocFreq)))
        {
            if (hits.IsFull) return;
            double rank = MaxWordTiers - 1 - i++;
            var found = new List<(DocumentSummary Document, double Relevance, bool AsTyped)>();
            int wanted = hits.Wanted + hits.Count, misses = 0, reads = tier.Wider is null ? wanted : SievedReads;
            // A tier asking the query the tier before asked (the two substring tiers share one) reads on in its hits: searching again found the same.
            var top = asked is { } before && ReferenceEquals(before.Query, tier.Query) && (before.Top.ScoreDocs.Length >= reads || before.Top.ScoreDocs.Length == before.Top.TotalHits)
                ? before.Top
                : searcher.Search(tier.Query, filter, reads, ByRelevance, doDocScores: true, doMaxScore: false);
            asked = (tier.Query, top);
            foreach (var scoreDoc in top.ScoreDocs.Take(reads))
            {
                if (found.Count >= wanted || misses >= MissesPerWanted * wanted) break;
                if (Load(searcher, scoreDoc.Doc, hits) is not { } d) continue;
                // Read from the catalog once per hit, however many keys and tiers check it.
                var texts = tier.Letters is not null || tier.GradeAsTyped ? hits.Texts(d) : [];
                if (tier.Letters is { } letters && !Holds(texts, query.Terms, letters))
                {
                    if (tier.Wider is { } wider && !Holds(texts, query.Terms, wider)) misses++;
                    continue;
                }
                found.Add((d, scoreDoc.Score / (1.0 + scoreDoc.Score), tier.GradeAsTyped && Holds(texts, query.Terms, WithoutSpaces)));
            }
            foreach (var (d, relevance, asTyped) in found.OrderByDescending(f => f.AsTyped))
                hits.TryAdd(d, rank + (asTyped ? 0.5 : 0) + 0.45 * relevance, () => _passages.ForWords(hits.Catalog.Pages(d.Id), marked, tier.Body));
        }
    }

    /// <summary>
    /// Every grade in one search, each grade's query a clause boosted <see cref="GradeBoost"/> times the next grade's: a
    /// document scores the sum of the grades it matches, so a correct spelling usually, not always, ranks above a damaged one.
    /// The substring grades' hits are not checked against the text here (one search, no per-grade hits to check).
    /// </summary>
    private void CollectBoosted(IndexSearcher searcher, SearchQuery query, Filter? filter, Hits hits, List<string> marked)
    {
        var words = new WordQueries(query, searcher.IndexReader.DocFreq);
        var tiers = WordTiers(words).ToList();
        var any = new BooleanQuery();
        for (int i = 0; i < tiers.Count; i++)
        {
            var clause = tiers[i].Query;
            clause.Boost = MathF.Pow(GradeBoost, tiers.Count - 1 - i);
            any.Add(clause, Occur.SHOULD);
        }
        var body = words.BodyOnly(Spelling.Folded);
        foreach (var scoreDoc in searcher.Search(any, filter, hits.Wanted).ScoreDocs)
            if (Load(searcher, scoreDoc.Doc, hits) is { } d)
                hits.TryAdd(d, scoreDoc.Score, () => _passages.ForWords(hits.Catalog.Pages(d.Id), marked, body));
    }

    /// <summary>
    /// One tier of the word search: its query; the body-only query the highlighter marks by; for substring
    /// tiers, the letters (a key of the text without spaces) each hit's text must hold the terms in, since a
    /// long substring is asked by some of its trigrams only; whether hits holding the terms as typed go first; and, when
    /// the query finds a wider grade than the tier's (the tone-less substrings are asked of the folded run), that grade's
    /// letters: its hits are read on, up to <see cref="SievedReads"/>, until as many as the page wants hold the tier's letters,
    /// or <see cref="MissesPerWanted"/> times as many hold not even the wider grade's (the misses of a long run's sparse trigrams).
    /// </summary>
    private sealed record WordTier(Query Query, Query? Body, Func<string, string>? Letters = null, bool GradeAsTyped = false, Func<string, string>? Wider = null);

    /// <summary>
    /// How many hits of a tier asked by a wider grade are read at most: where hundreds of damaged pages hold a run folded,
    /// the few holding it tone-less still come first; and a search that finds none is bounded (each read loads the document's pages).
    /// </summary>
    private const int SievedReads = 250;

    /// <summary>
    /// Misses a tone-less substring tier reads past, per hit the page wants: the folded trigrams a long run is asked by are
    /// commoner than the tone-less ones were, so one per hit found fewer phrases at 100,000 (4.8 hits a query against 4.9 on main); two find as many.
    /// </summary>
    private const int MissesPerWanted = 2;

    /// <summary>At most this many word tiers (<see cref="WordTiers"/>): the first ranks highest.</summary>
    private const int MaxWordTiers = 6;

    /// <summary>
    /// The word tiers, best first, each built only when asked for: a common word fills the page from the first
    /// tier, and building the later ones (a substring's trigrams, a short word's wildcard automaton) cost more than that tier's search.
    /// </summary>
    private static IEnumerable<WordTier> WordTiers(WordQueries words)
    {
        // Words in a row are asked by their folded pairs: as typed are the hits whose text holds them so.
        yield return words.HasSeveralWords
            ? new(words.InARow(Spelling.AsTyped), words.BodyOnly(Spelling.AsTyped), WithoutSpaces, Wider: TrigramAnalyzer.FoldedRun)
            : new(words.InARow(Spelling.AsTyped), words.BodyOnly(Spelling.AsTyped));
        if (words.HasToneMarks) yield return new(words.InARow(Spelling.ToneLess), words.BodyOnly(Spelling.ToneLess));
        yield return new(words.InARow(Spelling.Folded), words.BodyOnly(Spelling.Folded));
        // Tone marks are all a tone-less substring leaves out: the pages holding the run as typed go first.
        // Both substring tiers ask one query (the folded run's trigrams): the second reads on in the first's hits.
        var substrings = words.Substrings();
        if (words.HasToneLessSubstrings) yield return new(substrings, null, TrigramAnalyzer.ToneLessRun, GradeAsTyped: true, Wider: TrigramAnalyzer.FoldedRun);
        yield return new(substrings, null, TrigramAnalyzer.FoldedRun);
        if (words.HasRuns) yield return new(words.Apart(), null);
    }

    /// <summary>Whether the texts (a document's pages and heading) hold every term's letters in a row under this key.</summary>
    private static bool Holds(IReadOnlyList<string> texts, IReadOnlyList<QueryTerm> terms, Func<string, string> letters)
    {
        var keyed = texts.Select(letters).ToList();
        return terms.Take(WordQueries.MaxTerms).All(t => letters(t.Text) is var run && keyed.Any(text => text.Contains(run, StringComparison.Ordinal)));
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The catalog's document for an index hit, unless it was found already.</summary>
    private static DocumentSummary? Load(IndexSearcher searcher, int doc, Hits hits)
    {
        long id = hits.Ids(searcher)?.Get(doc) ?? long.Parse(searcher.Doc(doc).Get(IndexFields.Id), CultureInfo.InvariantCulture);
        return hits.Seen(id) ? null : hits.Catalog.Get(id);
    }

    /// <summary>The documents found so far, best first, each once; passages are made only for the page asked.</summary>
    private sealed class Hits(int wanted, ICatalogReader catalog)
    {
        internal ICatalogReader Catalog => catalog;
        private readonly HashSet<long> _seen = [];

        internal List<(DocumentSummary Document, double Score, Func<(int, string)> Passage)> Found { get; } = [];
        internal int Wanted => wanted;
        internal int Count => Found.Count;
        internal bool IsFull => Found.Count >= wanted;
        internal bool Seen(long id) => _seen.Contains(id);

        private NumericDocValues? _ids;

        /// <summary>Document ids by index document, read once per search; null for an index written before they were kept.</summary>
        internal NumericDocValues? Ids(IndexSearcher searcher) =>
            _ids ??= MultiDocValues.GetNumericValues(searcher.IndexReader, IndexFields.IdValue);

        private readonly Dictionary<long, List<string>> _texts = [];

        /// <summary>The document's page texts and its heading, what a substring tier's hits are checked against: read once per search.</summary>
        internal List<string> Texts(DocumentSummary document)
        {
            if (!_texts.TryGetValue(document.Id, out var texts))
                _texts[document.Id] = texts = catalog.Pages(document.Id).Select(p => p.Text).Append(IndexFields.HeadingOf(document)).ToList();
            return texts;
        }

        internal void TryAdd(DocumentSummary document, double score, Func<(int, string)> passage)
        {
            if (!IsFull && _seen.Add(document.Id)) Found.Add((document, score, passage));
        }
    }
}
