using DocPipeline.Lao.Quality;
using DocPipeline.Lao.Text;

namespace DocPipeline.Evaluation;

/// <summary>
/// How many of the ground truth's Lao digits were read as exactly that digit: the two texts are
/// aligned by edit distance (NFC, whitespace removed, as for the character error rate) and each
/// truth digit counts as right when it is aligned to the same character.
/// </summary>
public static class DigitAccuracy
{
    /// <summary>A truth digit read wrong: the digit, what stood in its place (empty when dropped), both in context.</summary>
    public sealed record Miss(char Truth, string Read, string TruthContext, string ReadContext);

    public static (int Right, int Total) Of(string recognized, string truth)
    {
        var (right, total, _) = Compare(recognized, truth);
        return (right, total);
    }

    public static (int Right, int Total, IReadOnlyList<Miss> Misses) Compare(string recognized, string truth)
    {
        string r = CharacterErrorRate.Prepare(recognized), t = CharacterErrorRate.Prepare(truth);
        int total = t.Count(LaoScript.IsLaoDigit);
        if (total == 0) return (0, 0, []);
        // Full table: pages are a few thousand characters, so a few million cells at most.
        var d = new int[t.Length + 1, r.Length + 1];
        for (int i = 0; i <= t.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= r.Length; j++) d[0, j] = j;
        for (int i = 1; i <= t.Length; i++)
            for (int j = 1; j <= r.Length; j++)
                d[i, j] = Math.Min(d[i - 1, j - 1] + (t[i - 1] == r[j - 1] ? 0 : 1), Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
        int right = 0;
        var misses = new List<Miss>();
        for (int i = t.Length, j = r.Length; i > 0 && j > 0;)
        {
            if (d[i, j] == d[i - 1, j - 1] + (t[i - 1] == r[j - 1] ? 0 : 1))
            {
                if (LaoScript.IsLaoDigit(t[i - 1]))
                {
                    if (t[i - 1] == r[j - 1]) right++;
                    else misses.Add(MissAt(i - 1, j - 1, r[j - 1].ToString()));
                }
                i--; j--;
            }
            else if (d[i, j] == d[i - 1, j] + 1)
            {
                if (LaoScript.IsLaoDigit(t[i - 1])) misses.Add(MissAt(i - 1, j, ""));
                i--;
            }
            else j--;
        }
        misses.Reverse();
        return (right, total, misses);

        Miss MissAt(int ti, int rj, string read) => new(t[ti], read, Around(t, ti), Around(r, rj));
    }

    private static string Around(string s, int at)
    {
        int from = Math.Max(0, at - 6), to = Math.Min(s.Length, at + 6);
        return s[from..to];
    }
}
