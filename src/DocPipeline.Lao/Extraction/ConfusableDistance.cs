using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// An edit distance for Lao words read by OCR: letters OCR confuses cost little to swap, tone marks
/// little to add or drop, a changed vowel less than a changed consonant. Used to recognize month
/// names, document types and the national motto in damaged text, and to say how sure the match is.
/// </summary>
public static class ConfusableDistance
{
    private const double ToneEdit = 0.25;        // ຂໍ້ຕົກລົງ read as ຂໍຕົກລົງ
    private const double LookAlike = 0.4;        // ລ/ສ/ຈ, ດ/ຕ/ຄ, ເ/ແ … (LAO-NOTES look-alike groups)
    private const double SplitLetter = 0.5;      // ໝ read as two letters (ກົດບນາຍ)
    private const double VowelEdit = 0.6;        // a vowel sign changed, added or dropped
    private const double OtherEdit = 1.0;

    private static readonly string[] LookAlikeGroups =
    [
        "ກຖ", "ຣຮ", "ຂຊ", "ລສຈ", "ດຕຄ", "ທຫໝໜ", "ບປມນ", "ພຜຝຟ", "ຍຢ", "ໂໃໄ", "ເແ",
        "ິີຶື", "ົັ", "ໍຳ໌", "ຸູ",
    ];

    /// <summary>Distance between two whole words.</summary>
    public static double Between(string a, string b) => Table(a, b)[^1];

    /// <summary>
    /// Smallest distance between <paramref name="pattern"/> and any prefix of <paramref name="text"/>,
    /// with the length of that prefix: a type or month glued to the word after it still matches.
    /// </summary>
    public static (double Distance, int Length) AgainstPrefix(string pattern, string text)
    {
        string window = text.Length > pattern.Length + 3 ? text[..(pattern.Length + 3)] : text;
        var row = Table(pattern, window);
        int best = 0;
        for (int j = 1; j < row.Length; j++) if (row[j] < row[best] - 1e-9) best = j;
        return (row[best], best);
    }

    /// <summary>Distance divided by the pattern's length: 0 is identical, 0.2 is one consonant wrong in five.</summary>
    public static double Relative(double distance, string pattern) => distance / Math.Max(1, pattern.Length);

    // Last row of the DP table: pattern a (rows) against text b (columns).
    private static double[] Table(string a, string b)
    {
        var d = new double[a.Length + 1, b.Length + 1];
        for (int i = 1; i <= a.Length; i++) d[i, 0] = d[i - 1, 0] + InsertOrDelete(a[i - 1]);
        for (int j = 1; j <= b.Length; j++) d[0, j] = d[0, j - 1] + InsertOrDelete(b[j - 1]);
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                double best = Math.Min(d[i - 1, j] + InsertOrDelete(a[i - 1]), d[i, j - 1] + InsertOrDelete(b[j - 1]));
                best = Math.Min(best, d[i - 1, j - 1] + Substitute(a[i - 1], b[j - 1]));
                if (j >= 2 && IsSplitReading(a[i - 1], b[j - 2], b[j - 1])) best = Math.Min(best, d[i - 1, j - 2] + SplitLetter);
                d[i, j] = best;
            }
        var last = new double[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) last[j] = d[a.Length, j];
        return last;
    }

    private static double InsertOrDelete(char c) =>
        LaoScript.IsToneMark(c) || c == '\u0ECC' ? ToneEdit
        : LaoScript.IsAboveOrBelowVowel(c) || c == LaoScript.SaraAm ? VowelEdit
        : OtherEdit;

    private static double Substitute(char a, char b)
    {
        if (a == b) return 0;
        if (LaoScript.IsToneMark(a) && LaoScript.IsToneMark(b)) return ToneEdit;
        if ((a is 'ໜ' or 'ໝ' && b == 'ຫ') || (b is 'ໜ' or 'ໝ' && a == 'ຫ')) return ToneEdit;
        foreach (string group in LookAlikeGroups)
            if (group.Contains(a) && group.Contains(b)) return LookAlike;
        bool vowelA = LaoScript.IsAboveOrBelowVowel(a) || a is 'ະ' or 'າ' or 'ຳ';
        bool vowelB = LaoScript.IsAboveOrBelowVowel(b) || b is 'ະ' or 'າ' or 'ຳ';
        return vowelA && vowelB ? VowelEdit : OtherEdit;
    }

    // ໜ/ໝ read as a letter of their shape followed by ນ/ມ (ຫນ, ບນ, ທມ …).
    private static bool IsSplitReading(char letter, char first, char second) =>
        letter is 'ໜ' or 'ໝ' && first is 'ຫ' or 'ທ' or 'ບ' && second is 'ນ' or 'ມ';
}
