using DocPipeline.Lao.Text.Legacy;

namespace DocPipeline.Testing;

/// <summary>
/// Unicode Lao typed as a legacy LSWin font keeps it (what Word stores for a Saysettha Lao run):
/// the inverse of the decoding table, one code per letter (the current ນ 0xDF, the high tone marks).
/// </summary>
public static class LegacyLao
{
    private static readonly Dictionary<char, char> Codes = Build();

    public static string AsSaysetthaLao(string lao) => string.Concat(lao.Select(c => Codes.TryGetValue(c, out var code) ? code : c));

    private static Dictionary<char, char> Build()
    {
        var codes = new Dictionary<char, char>();
        for (int b = 0xFF; b >= 0xA0; b--)
        {
            string drawn = LsWinEncoding.Instance.Decode(((char)b).ToString()).Text;
            if (drawn.Length == 1 && drawn[0] != (char)b) codes.TryAdd(drawn[0], (char)b);
        }
        return codes;
    }
}
