using DocPipeline.Lao.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DocPipeline.Archive.FullText;

/// <summary>
/// A request's filters (type, issuer, date range) as one Lucene filter: it narrows the documents
/// and never scores. The issuer filter keeps documents whose issuer contains what was typed, by
/// the issuer names the index holds (a few hundred terms, read from the terms dictionary).
/// A date filter keeps only dated documents. Values are put in canonical text first, like the index's.
/// </summary>
public static class SearchFilters
{
    public static Filter? For(SearchRequest request, LaoTextEngine textEngine, IndexReader reader)
    {
        var all = new BooleanQuery();
        if (Clean(request.Type, textEngine) is { } type) all.Add(new TermQuery(new Term(IndexFields.Type, type)), Occur.MUST);
        if (Clean(request.Issuer, textEngine) is { } issuer) all.Add(IssuersContaining(reader, issuer), Occur.MUST);
        if (request.From is not null || request.To is not null)
        {
            int? from = request.From is { } f ? IndexFields.DateNumber(f) : null, to = request.To is { } t ? IndexFields.DateNumber(t) : null;
            all.Add(NumericRangeQuery.NewInt32Range(IndexFields.Date, from, to, true, true), Occur.MUST);
        }
        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }

    /// <summary>Any of the indexed issuers that contain the text; none matches nothing.</summary>
    private static Query IssuersContaining(IndexReader reader, string text)
    {
        var any = new BooleanQuery();
        var terms = MultiFields.GetTerms(reader, IndexFields.Issuer);
        if (terms is null) return any;
        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            string issuer = e.Term.Utf8ToString();
            if (issuer.Contains(text, StringComparison.Ordinal) && any.Clauses.Count < BooleanQuery.MaxClauseCount)
                any.Add(new TermQuery(new Term(IndexFields.Issuer, issuer)), Occur.SHOULD);
        }
        return any;
    }

    private static string? Clean(string? value, LaoTextEngine textEngine) =>
        string.IsNullOrWhiteSpace(value) ? null : textEngine.Normalize(value.Trim());
}
