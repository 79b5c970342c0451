namespace DocPipeline.Lao.Text;

/// <summary>Character classes of the Lao block (U+0E80–U+0EFF) that the filters share.</summary>
public static class LaoScript
{
    public const char SaraAa = '\u0EB2';      // າ
    public const char SaraAm = '\u0EB3';      // ຳ
    public const char Niggahita = '\u0ECD';   // ໍ
    public const char SubscriptLo = '\u0EBC'; // ຼ

    public static bool IsLao(char c) => c >= '\u0E80' && c <= '\u0EFF';

    public static bool ContainsLao(string text)
    {
        foreach (char c in text) if (IsLao(c)) return true;
        return false;
    }

    public static bool IsConsonant(char c) => (c >= '\u0E81' && c <= '\u0EAE') || c == '\u0EDC' || c == '\u0EDD' || c == '\u0EDE' || c == '\u0EDF';

    public static bool IsLeadingVowel(char c) => c >= '\u0EC0' && c <= '\u0EC4';

    public static bool IsToneMark(char c) => c >= '\u0EC8' && c <= '\u0ECB';

    /// <summary>Vowel signs written above or below the consonant (ັ ິ ີ ຶ ື ົ ໍ ຸ ູ) and ຼ.</summary>
    public static bool IsAboveOrBelowVowel(char c) =>
        c == '\u0EB1' || (c >= '\u0EB4' && c <= '\u0EB9') || c == '\u0EBB' || c == Niggahita;

    /// <summary>Any combining mark of the block: vowels above/below, tone marks, ໌, ຼ, ໍ.</summary>
    public static bool IsCombiningMark(char c) =>
        c == '\u0EB1' || (c >= '\u0EB4' && c <= '\u0EBC') || (c >= '\u0EC8' && c <= '\u0ECD');

    public static bool IsLaoDigit(char c) => c >= '\u0ED0' && c <= '\u0ED9';

    public static bool IsLaoLetter(char c) => IsLao(c) && !IsLaoDigit(c);
}
