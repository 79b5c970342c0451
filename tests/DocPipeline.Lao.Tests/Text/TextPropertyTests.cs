using System.Text;
using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Filters;
using Xunit.Abstractions;

namespace DocPipeline.Lao.Tests.Text;

/// <summary>
/// Normalization over generated Lao strings, seeded so that a failure repeats: half are
/// well-formed syllables, half random sequences from the Lao block with spaces, invisible
/// characters, foreign digits and Latin mixed in.
/// </summary>
public class TextPropertyTests(ITestOutputHelper output)
{
    private const int Cases = 4000;
    private readonly LaoTextEngine _engine = new();

    private static readonly string Consonants = Range('\u0E81', '\u0EAE').Where(LaoScript.IsConsonant).Concat("ໜໝ").Aggregate("", (s, c) => s + c);
    private const string Leading = "ເແໂໃໄ";
    private const string AboveBelow = "\u0EB1\u0EB4\u0EB5\u0EB6\u0EB7\u0EBB\u0EB8\u0EB9\u0ECD";
    private const string Tones = "\u0EC8\u0EC9\u0ECA\u0ECB";
    private const string Following = "ະາຳຽ";
    private const string Extras = " \u200B\u200C\u200D\u00AD\uFEFF.,/-:()0123456789໐໑໒໓໔໕໖໗໘໙၁၂០១๒ABCxyzđ\u0EBC\u0ECCໆຯ";

    [Fact]
    public void Normalization_is_idempotent_and_keeps_every_base_consonant()
    {
        var random = new Random(20240603);
        int changed = 0;
        for (int n = 0; n < Cases; n++)
        {
            string text = n % 2 == 0 ? WellFormed(random) : Random(random);
            string once = _engine.Normalize(text);
            Assert.True(once == _engine.Normalize(once), $"not idempotent: {Escape(text)} → {Escape(once)} → {Escape(_engine.Normalize(once))}");
            Assert.True(ConsonantsOf(text) == ConsonantsOf(once), $"lost a consonant: {Escape(text)} → {Escape(once)}");
            Assert.True(once.IsNormalized(NormalizationForm.FormC), $"not NFC: {Escape(text)} → {Escape(once)}");
            if (once != text) changed++;
        }
        output.WriteLine($"{Cases} generated strings, {changed} changed by normalization, all idempotent, no consonant lost");
        Assert.True(changed > Cases / 4, "the generator should exercise the rules");
    }

    [Fact]
    public void Page_cleaning_keeps_every_lao_consonant_of_lao_text()
    {
        var random = new Random(7);
        for (int n = 0; n < Cases / 4; n++)
        {
            string page = string.Join('\n', Enumerable.Range(0, random.Next(1, 6)).Select(_ => WellFormed(random)));
            string clean = _engine.CleanPage(page, 1).Text;
            Assert.True(ConsonantsOf(page) == ConsonantsOf(clean), $"lost a consonant: {Escape(page)} → {Escape(clean)}");
        }
    }

    /// <summary>The base consonants in order, with the ligatures spelled out (ໜ = ຫນ, ໝ = ຫມ, ຫຼ = ຫລ).</summary>
    private static string ConsonantsOf(string text)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == 'ໜ') sb.Append("ຫນ");
            else if (c == 'ໝ') sb.Append("ຫມ");
            else if (c == LaoScript.SubscriptLo) { if (IsFirstLoOfHo(text, i)) sb.Append('ລ'); } // ຫຼ spells ຫລ; another ຼ is only a mark
            else if (LaoScript.IsConsonant(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsFirstLoOfHo(string text, int mark)
    {
        for (int i = mark - 1; i >= 0; i--)
        {
            if (text[i] == LaoScript.SubscriptLo) return false;
            if (!LaoScript.IsCombiningMark(text[i]) && !InvisibleCharacters.IsInvisible(text[i])) return text[i] == 'ຫ';
        }
        return false;
    }

    /// <summary>Syllables as Lao is written (leading vowel, consonant, ຼ, marks, tone, following vowel, final), in varied mark orders.</summary>
    private static string WellFormed(Random random)
    {
        var sb = new StringBuilder();
        int syllables = random.Next(1, 8);
        for (int s = 0; s < syllables; s++)
        {
            if (random.Next(4) == 0) sb.Append(Pick(random, Leading));
            sb.Append(Pick(random, Consonants));
            var marks = new List<char>();
            if (random.Next(8) == 0) marks.Add('\u0EBC');
            if (random.Next(2) == 0) marks.Add(Pick(random, AboveBelow));
            if (random.Next(2) == 0) marks.Add(Pick(random, Tones));
            if (random.Next(6) == 0) marks.Add(Pick(random, Tones + AboveBelow));
            foreach (char m in marks.OrderBy(_ => random.Next())) sb.Append(m);
            if (random.Next(3) == 0) sb.Append(Pick(random, Following));
            if (random.Next(3) == 0) sb.Append(Pick(random, Consonants));
            if (random.Next(6) == 0) sb.Append(Pick(random, " \u200B"));
        }
        return sb.ToString();
    }

    private static string Random(Random random)
    {
        string alphabet = Consonants + Leading + AboveBelow + Tones + Following + Extras;
        var sb = new StringBuilder();
        int length = random.Next(1, 24);
        for (int i = 0; i < length; i++) sb.Append(Pick(random, alphabet));
        return sb.ToString();
    }

    private static char Pick(Random random, string from) => from[random.Next(from.Length)];

    private static IEnumerable<char> Range(char from, char to) { for (char c = from; c <= to; c++) yield return c; }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x80 && c >= 0x20 ? c.ToString() : LaoScript.IsLaoLetter(c) && !LaoScript.IsCombiningMark(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
