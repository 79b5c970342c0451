using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DocPipeline.Archive.FullText;

/// <summary>
/// Counts type, issuer and year over every matching document from the doc values (Lucene.Net.Facet
/// is not available here): per segment by ordinal, into values when the segment is done.
/// </summary>
public sealed class FacetCounter : ICollector
{
    public const int Top = 20;

    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal), _issuers = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _years = [];
    private SortedDocValues? _type, _issuer;
    private NumericDocValues? _year;
    private IBits? _hasYear;
    private int[] _typeOrds = [], _issuerOrds = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _type = reader.GetSortedDocValues(IndexFields.Type);
        _issuer = reader.GetSortedDocValues(IndexFields.Issuer);
        _year = reader.GetNumericDocValues(IndexFields.Year);
        _hasYear = reader.GetDocsWithField(IndexFields.Year);
        _typeOrds = new int[_type?.ValueCount ?? 0];
        _issuerOrds = new int[_issuer?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        if (_type?.GetOrd(doc) is >= 0 and var t) _typeOrds[t]++;
        if (_issuer?.GetOrd(doc) is >= 0 and var i) _issuerOrds[i]++;
        if (_year is not null && _hasYear is not null && _hasYear.Get(doc))
        {
            long year = _year.Get(doc);
            _years[year] = _years.GetValueOrDefault(year) + 1;
        }
    }

    public SearchFacets Result()
    {
        Flush();
        return new SearchFacets(Ranked(_types), Ranked(_issuers),
            Ranked(_years.ToDictionary(y => y.Key.ToString(CultureInfo.InvariantCulture), y => y.Value)));
    }

    private void Flush()
    {
        Add(_type, _typeOrds, _types);
        Add(_issuer, _issuerOrds, _issuers);
        _typeOrds = _issuerOrds = [];
    }

    private static void Add(SortedDocValues? values, int[] ords, Dictionary<string, int> counts)
    {
        var bytes = new BytesRef();
        for (int ord = 0; ord < ords.Length; ord++)
        {
            if (ords[ord] == 0 || values is null) continue;
            values.LookupOrd(ord, bytes);
            string value = bytes.Utf8ToString();
            counts[value] = counts.GetValueOrDefault(value) + ords[ord];
        }
    }

    private static List<FacetCount> Ranked(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(Top).Select(c => new FacetCount(c.Key, c.Value)).ToList();
}
