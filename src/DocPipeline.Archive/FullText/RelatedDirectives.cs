using System.Globalization;
using DocPipeline.Archive.FullText.Analysis;
using DocPipeline.Lao.Text.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace DocPipeline.Archive.FullText;

/// <summary>
/// "Related directives" for the document page: Lucene's MoreLikeThis over the body (the words that
/// most distinguish this directive, by tf-idf), plus the directives sharing its references: those
/// citing what it cites or citing it, and those it cites, weighted above wording. Itself left out.
/// MoreLikeThis reads the words alone (the tokenizer, no stacked keys: a key repeats its word).
/// </summary>
public sealed class RelatedDirectives(LuceneIndex index, IcuWordSegmenter segmenter, Func<ICatalogReader> openCatalog)
{
    private const float ReferenceBoost = 3f;

    private readonly Analyzer _words = Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new LaoWordTokenizer(reader, segmenter)));

    public IReadOnlyList<DocumentSummary> Of(DocumentSummary document, IReadOnlyList<StoredPage> pages, IReadOnlyList<string> citedKeys, int limit) => index.Read(searcher =>
    {
        var like = new BooleanQuery();
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = _words,
            FieldNames = [IndexFields.Body],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 25,
        };
        string text = string.Join('\n', pages.Select(p => p.Text));
        if (text.Length > 0) like.Add(mlt.Like(new StringReader(text), IndexFields.Body), Occur.SHOULD);
        foreach (string key in citedKeys.Distinct())
        {
            like.Add(Boosted(new TermQuery(new Term(IndexFields.Cites, key))), Occur.SHOULD);
            like.Add(Boosted(new TermQuery(new Term(IndexFields.Number, key))), Occur.SHOULD);
        }
        if (document.Number is { } number) like.Add(Boosted(new TermQuery(new Term(IndexFields.Cites, ReferenceKeys.Exact(number)))), Occur.SHOULD);
        if (like.Clauses.Count == 0) return (IReadOnlyList<DocumentSummary>)[];
        like.Add(new TermQuery(new Term(IndexFields.Id, document.Id.ToString(CultureInfo.InvariantCulture))), Occur.MUST_NOT);
        using var catalog = openCatalog();
        return searcher.Search(like, null, limit, LuceneSearch.ByRelevance).ScoreDocs
            .Select(d => catalog.Get(long.Parse(searcher.Doc(d.Doc).Get(IndexFields.Id), CultureInfo.InvariantCulture)))
            .OfType<DocumentSummary>().ToList();
    });

    private static Query Boosted(Query query)
    {
        query.Boost = ReferenceBoost;
        return query;
    }
}
