using System.Text;

namespace DocPipeline.Lao.Quality;

/// <summary>
/// Character error rate: edit distance between recognized text and ground truth, over the
/// ground truth's length, both in NFC with whitespace removed (Lao has no spaces between
/// words, so spacing differences are not reading errors).
/// </summary>
public static class CharacterErrorRate
{
    public static double Of(string recognized, string truth)
    {
        string r = Prepare(recognized), t = Prepare(truth);
        if (t.Length == 0) return r.Length == 0 ? 0 : 1;
        return (double)EditDistance(r, t) / t.Length;
    }

    public static string Prepare(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormC)) if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Levenshtein distance in O(min(a,b)) memory.</summary>
    public static int EditDistance(string a, string b)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
