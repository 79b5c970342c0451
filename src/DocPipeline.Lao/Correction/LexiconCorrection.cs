using System.Text;

namespace DocPipeline.Lao.Correction;

/// <summary>
/// Repairs what the stock Lao OCR model cannot read, with a word list (hunspell-lo's): ໜ and ໝ
/// read as ຫ or ຫຼ (or one for the other), and tone marks dropped above a vowel. Lao has no spaces
/// between words, so a spelling is judged by the longest lexicon word covering the place: a change
/// is made only when it yields a longer word there than the text already has and than any other
/// candidate does. A place already inside a word as long is never changed.
/// </summary>
public sealed class LexiconCorrection
{
    private const int LongestWord = 24;
    private static readonly string[] HoLetters = ["ຫ", "ຫຼ", "ໜ", "ໝ"];
    private static readonly string[] ToneMarks = ["\u0EC8", "\u0EC9", "\u0ECA", "\u0ECB"];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    public LexiconCorrection(IEnumerable<string> words)
    {
        var set = new HashSet<string>(words.Where(w => w.Length is > 1 and <= LongestWord), StringComparer.Ordinal);
        _words = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int WordCount => _words.Set.Count;

    /// <summary>
    /// The share of the text's Lao letters and marks that lie in lexicon words, matched greedily
    /// longest first: near 1 for Lao prose, low for garbage or text in another script's code points.
    /// Null when the text has no Lao.
    /// </summary>
    public double? KnownShare(string text)
    {
        int lao = 0, known = 0;
        for (int i = 0; i < text.Length;)
        {
            if (!IsLaoLetterOrMark(text[i])) { i++; continue; }
            int word = 0;
            for (int stop = Math.Min(text.Length, i + LongestWord); stop > i + 1; stop--)
                if (_words.Contains(text.AsSpan(i, stop - i))) { word = stop - i; break; }
            if (word > 0) { lao += word; known += word; i += word; }
            else { lao++; i++; }
        }
        return lao == 0 ? null : (double)known / lao;
    }

    /// <summary>The text with every Lao run corrected; everything else untouched.</summary>
    public string Apply(string text)
    {
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            bool lao = IsLaoLetterOrMark(text[i]);
            while (i < text.Length && IsLaoLetterOrMark(text[i]) == lao) i++;
            string run = text[start..i];
            sb.Append(lao ? CorrectRun(run) : run);
        }
        return sb.ToString();
    }

    private static bool IsLaoLetterOrMark(char c) => c is >= '\u0E81' and <= '\u0ECD' or '\u0EDC' or '\u0EDD';

    private string CorrectRun(string run)
    {
        for (int i = 0; i < run.Length; i++)
        {
            string? unit = HoLetters.Where(h => string.CompareOrdinal(run, i, h, 0, h.Length) == 0).MaxBy(h => h.Length);
            if (unit is not null)
            {
                run = Replace(run, i, unit.Length, HoLetters.Where(h => h != unit));
                continue;
            }
            if (ToneMayFollow(run, i)) run = Replace(run, i, 1, ToneMarks.Select(t => run[i] + t));
        }
        return run;
    }

    /// <summary>A tone mark could stand after position i: a consonant with its marks ends there and no tone mark follows.</summary>
    private static bool ToneMayFollow(string run, int i)
    {
        if (!IsConsonantOrMark(run[i])) return false;
        int next = i + 1;
        if (next < run.Length && (IsUpperOrLowerMark(run[next]) || run[next] == '\u0EBC')) return false;
        if (next < run.Length && run[next] is >= '\u0EC8' and <= '\u0ECB') return false;
        int j = i;
        while (j >= 0 && (IsUpperOrLowerMark(run[j]) || run[j] == '\u0EBC')) j--;
        return j >= 0 && IsConsonant(run[j]);
    }

    private static bool IsConsonant(char c) => c is >= '\u0E81' and <= '\u0EAE' or '\u0EDC' or '\u0EDD';
    private static bool IsUpperOrLowerMark(char c) => c is '\u0EB1' or >= '\u0EB4' and <= '\u0EB9' or '\u0EBB' or '\u0ECD';
    private static bool IsConsonantOrMark(char c) => IsConsonant(c) || IsUpperOrLowerMark(c) || c == '\u0EBC';

    /// <summary>
    /// Puts in place of run[at..at+length] the candidate that makes the longest word around the
    /// place, counted in the run's own characters, when that word is longer than the run has now
    /// and than any other candidate makes (a tie means the text cannot tell which); else the run unchanged.
    /// </summary>
    private string Replace(string run, int at, int length, IEnumerable<string> candidates)
    {
        int best = Cover(run, at, length), second = best;
        string? chosen = null;
        foreach (string candidate in candidates)
        {
            string changed = string.Concat(run.AsSpan(0, at), candidate, run.AsSpan(at + length));
            int covered = Cover(changed, at, candidate.Length) - (candidate.Length - length);
            if (covered > best) (second, best, chosen) = (best, covered, changed);
            else if (covered > second) second = covered;
        }
        return chosen is not null && best > second ? chosen : run;
    }

    /// <summary>Length of the longest lexicon word in the text that includes all of text[at..at+length].</summary>
    private int Cover(string text, int at, int length)
    {
        int best = 0;
        int end = Math.Min(text.Length, at + length);
        for (int start = Math.Max(0, end - LongestWord); start <= at; start++)
            for (int stop = Math.Min(text.Length, start + LongestWord); stop >= end && stop - start > best; stop--)
                if (_words.Contains(text.AsSpan(start, stop - start))) { best = stop - start; break; }
        return best;
    }
}
