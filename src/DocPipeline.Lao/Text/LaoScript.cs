namespace DocPipeline.Lao.Text;

/// <summary>Character classes of the Lao block (U+0E80–U+0EFF) that the filters share.</summary>
public static class LaoScript
{
    public const char SaraA = '\u0EB0';       // ະ
    public const char SaraAa = '\u0EB2';      // າ
    public const char SaraAm = '\u0EB3';      // ຳ
    public const char Niggahita = '\u0ECD';   // ໍ
    public const char SubscriptLo = '\u0EBC'; // ຼ
    public const char SemivowelNyo = '\u0EBD'; // ຽ
    public const char SaraE = '\u0EC0';       // ເ
    public const char SaraEi = '\u0EC1';      // ແ

    public static bool IsLao(char c) => c >= '\u0E80' && c <= '\u0EFF';

    public static bool ContainsLao(string text) => text.AsSpan().IndexOfAnyInRange('\u0E80', '\u0EFF') >= 0;

    public static bool IsConsonant(char c) => (c >= '\u0E81' && c <= '\u0EAE') || c == '\u0EDC' || c == '\u0EDD' || c == '\u0EDE' || c == '\u0EDF';

    public static bool IsLeadingVowel(char c) => c >= '\u0EC0' && c <= '\u0EC4';

    public static bool IsToneMark(char c) => c >= '\u0EC8' && c <= '\u0ECB';

    /// <summary>Vowel signs written above or below the consonant (ັ ິ ີ ຶ ື ົ ໍ ຸ ູ).</summary>
    public static bool IsAboveOrBelowVowel(char c) =>
        c == '\u0EB1' || (c >= '\u0EB4' && c <= '\u0EB9') || c == '\u0EBB' || c == Niggahita;

    /// <summary>Any combining mark of the block: vowels above/below, tone marks, ໌, ຼ, ໍ.</summary>
    public static bool IsCombiningMark(char c) =>
        c == '\u0EB1' || (c >= '\u0EB4' && c <= '\u0EBC') || (c >= '\u0EC8' && c <= '\u0ECD');

    /// <summary>Vowel signs written after the consonant on the line (ະ າ ຳ ຽ): they never begin a syllable.</summary>
    public static bool IsFollowingVowel(char c) => c == SaraA || c == SaraAa || c == SaraAm || c == SemivowelNyo;

    /// <summary>A sign that belongs to a consonant before it: a combining mark or a following vowel.</summary>
    public static bool IsDependent(char c) => IsCombiningMark(c) || IsFollowingVowel(c);

    public static bool IsLaoDigit(char c) => c >= '\u0ED0' && c <= '\u0ED9';

    public static bool IsLaoLetter(char c) => IsLao(c) && !IsLaoDigit(c);
}
