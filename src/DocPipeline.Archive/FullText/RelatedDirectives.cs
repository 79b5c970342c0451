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
/// citing what it cites or citing it, and those it cites, all ranked above those sharing wording. Itself left out.
/// MoreLikeThis reads the words alone (the tokenizer, no stacked keys: a key repeats its word).
/// </summary>
public sealed class RelatedDirectives(LuceneIndex index, IcuWordSegmenter segmenter, Func<ICatalogReader> openCatalog)
{
    private readonly Analyzer _words = Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new LaoWordTokenizer(reader, segmenter)));

    public IReadOnlyList<DocumentSummary> Of(DocumentSummary document, IReadOnlyList<StoredPage> pages, IReadOnlyList<string> citedKeys, int limit) => index.Read(searcher =>
    {
        var references = new BooleanQuery();
        foreach (string key in citedKeys.Distinct())
        {
            references.Add(new TermQuery(new Term(IndexFields.Cites, key)), Occur.SHOULD);
            references.Add(new TermQuery(new Term(IndexFields.Number, key)), Occur.SHOULD);
        }
        if (document.Number is { } number) references.Add(new TermQuery(new Term(IndexFields.Cites, ReferenceKeys.Exact(number))), Occur.SHOULD);
        string text = string.Join('\n', pages.Select(p => p.Text));
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = _words,
            FieldNames = [IndexFields.Body],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 25,
        };
        var itself = new Term(IndexFields.Id, document.Id.ToString(CultureInfo.InvariantCulture));
        using var catalog = openCatalog();
        var found = new List<DocumentSummary>();
        // References first, then wording: every directive sharing a reference ranks above every one sharing only words
        // (a boost could not promise it: BM25's scores of the words move with the index's statistics).
        foreach (var query in new[] { references.Clauses.Count > 0 ? references : null, text.Length > 0 ? mlt.Like(new StringReader(text), IndexFields.Body) : null })
        {
            if (query is null || found.Count >= limit) continue;
            var without = new BooleanQuery { { query, Occur.MUST }, { new TermQuery(itself), Occur.MUST_NOT } };
            foreach (var hit in searcher.Search(without, null, limit + found.Count, LuceneSearch.ByRelevance).ScoreDocs)
                if (found.Count < limit && catalog.Get(long.Parse(searcher.Doc(hit.Doc).Get(IndexFields.Id), CultureInfo.InvariantCulture)) is { } related
                    && found.All(f => f.Id != related.Id))
                    found.Add(related);
        }
        return (IReadOnlyList<DocumentSummary>)found;
    });
}
