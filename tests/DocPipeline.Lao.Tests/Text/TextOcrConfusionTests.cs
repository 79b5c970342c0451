using System.Diagnostics;
using DocPipeline.Lao.Text;
using DocPipeline.Testing;
using Xunit.Abstractions;

namespace DocPipeline.Lao.Tests.Text;

/// <summary>
/// Where the confusion groups of <see cref="SearchKeys"/> come from: raw Tesseract
/// (`tesseract IMAGE - -l lao`, one thread) on the corpus pages, both sides through the text
/// engine, aligned with the ground truth by edit distance; letter-for-letter substitutions are
/// counted and printed. Every substitution seen at least twice must be folded, or be one of the
/// pairs deliberately left apart.
/// </summary>
public class TextOcrConfusionTests(ITestOutputHelper output)
{
    private static readonly string[] Pages =
        ["pages/d01-phetsarath-300.png", "pages/d02-notosans-300.png", "pages/d03-notoserif-300.jpg", "multipage/d04-phetsarath-a5.tif"];

    // Seen, not folded: ນ and ມ are too common to merge with ຈ, ພ and ໝ (ໝ already folds with ຫ).
    // ວ → ຽ is where OCR drops or adds a letter of ວຽ (ວຽງຈັນ) and the alignment pairs the
    // neighbours; ຽ is a vowel, and folding it with the consonant ວ would merge unrelated words.
    private static readonly HashSet<(char, char)> LeftApart = [('ຈ', 'ນ'), ('ພ', 'ນ'), ('ໝ', 'ມ'), ('ວ', 'ຽ')];

    [Fact]
    public void Substitutions_seen_twice_in_corpus_ocr_are_folded()
    {
        var engine = new LaoTextEngine();
        var counts = new Dictionary<(char Truth, char Read), int>();
        int letters = 0;
        foreach (var page in Pages)
        {
            string truth = Letters(engine.CleanPage(Repo.GroundTruth(Path.GetFileName(page)), 1).Text);
            string read = Letters(engine.CleanPage(Tesseract(Repo.Corpus(page.Split('/'))), 1).Text);
            letters += truth.Length;
            foreach (var pair in Substitutions(truth, read)) counts[pair] = counts.GetValueOrDefault(pair) + 1;
        }
        output.WriteLine($"letter substitutions in raw Tesseract output of {Pages.Length} corpus pages ({letters} letters), after normalization:");
        foreach (var ((t, r), n) in counts.OrderByDescending(kv => kv.Value))
            output.WriteLine($"{n,3}  {t} → {r}  {(IsFolded(t, r) ? "folded" : "")}");
        var missing = counts.Where(kv => kv.Value >= 2 && !IsFolded(kv.Key.Truth, kv.Key.Read) && !LeftApart.Contains(kv.Key)).ToList();
        Assert.True(missing.Count == 0, "not folded: " + string.Join(", ", missing.Select(kv => $"{kv.Key.Truth}→{kv.Key.Read} ×{kv.Value}")));
    }

    private static bool IsFolded(char a, char b) => SearchKeys.FoldedAlike(a, b);

    private static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Substituted pairs (truth, read) on one minimal edit-distance alignment.</summary>
    private static IEnumerable<(char, char)> Substitutions(string truth, string read)
    {
        int n = truth.Length, m = read.Length;
        var d = new int[n + 1, m + 1];
        for (int i = 0; i <= n; i++) d[i, 0] = i;
        for (int j = 0; j <= m; j++) d[0, j] = j;
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++)
                d[i, j] = Math.Min(d[i - 1, j - 1] + (truth[i - 1] == read[j - 1] ? 0 : 1), Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
        var pairs = new List<(char, char)>();
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            if (i > 0 && j > 0 && d[i, j] == d[i - 1, j - 1] + (truth[i - 1] == read[j - 1] ? 0 : 1))
            {
                if (truth[i - 1] != read[j - 1] && IsLetter(truth[i - 1]) && IsLetter(read[j - 1]))
                    pairs.Add((truth[i - 1], read[j - 1]));
                i--; j--;
            }
            else if (i > 0 && d[i, j] == d[i - 1, j] + 1) i--;
            else j--;
        }
        return pairs;
    }

    // Tone marks are left out of both search keys: a tone read as a tone or a letter is a dropped tone, not a confusion.
    private static bool IsLetter(char c) => LaoScript.IsLaoLetter(c) && !LaoScript.IsToneMark(c);

    private static string Tesseract(string image)
    {
        var start = new ProcessStartInfo("tesseract", [image, "-", "-l", "lao"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        string text = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"tesseract failed on {image}");
        return text;
    }
}
