using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DocPipeline.Archive.FullText;

/// <summary>
/// Suggestions as the user types, from the index's own terms: issuer names and reference numbers
/// (as their keys, which search reads like the number) that start with the text, then the words of the body that do, most frequent first (by how many
/// directives hold them). Keys stacked by the analysis (marked with a control character) are never offered.
/// </summary>
public sealed class Suggestions(LuceneIndex index, LaoTextEngine textEngine)
{
    /// <summary>Terms read per field at most: a one-letter prefix of a large index must stay cheap.</summary>
    private const int Scanned = 5000;

    public IReadOnlyList<string> For(string typed, int limit)
    {
        string prefix = Digits.ToAscii(textEngine.Normalize(typed ?? "")).Trim();
        if (prefix.Length == 0 || limit <= 0) return [];
        return index.Read(searcher =>
        {
            var reader = searcher.IndexReader;
            var found = new List<string>();
            found.AddRange(StartingWith(reader, IndexFields.Issuer, prefix).Select(t => t.Term));
            found.AddRange(StartingWith(reader, IndexFields.Number, AsNumberKey(prefix)).Select(t => t.Term));
            found.AddRange(StartingWith(reader, IndexFields.Body, prefix).Where(t => !char.IsControl(t.Term[0]))
                .OrderByDescending(t => t.Directives).Select(t => t.Term));
            return (IReadOnlyList<string>)found.Distinct().Take(limit).ToList();
        });
    }

    /// <summary>The start of a reference number as its key begins (`042/ຄປ.ວ` → `42/ຄປວ`): no leading zeros, no dots, no spaces.</summary>
    private static string AsNumberKey(string prefix)
    {
        string key = new(prefix.Where(c => c is not ('.' or ' ')).ToArray());
        return key.Length > 1 && key[0] == '0' && char.IsAsciiDigit(key[1]) ? key.TrimStart('0') : key;
    }

    private static IEnumerable<(string Term, int Directives)> StartingWith(IndexReader reader, string field, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) yield break;
        var e = terms.GetEnumerator();
        var start = new BytesRef(prefix);
        if (e.SeekCeil(start) == TermsEnum.SeekStatus.END) yield break;
        for (int read = 0; read < Scanned; read++)
        {
            if (!StringHelper.StartsWith(e.Term, start)) yield break;
            yield return (e.Term.Utf8ToString(), e.DocFreq);
            if (!e.MoveNext()) yield break;
        }
    }
}
