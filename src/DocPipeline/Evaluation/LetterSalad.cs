using DocPipeline.Lao.Quality;
using DocPipeline.Lao.Text;

namespace DocPipeline.Evaluation;

/// <summary>
/// The eval's check for letter salad, as issue 13 defines it: an output line of at least 20 Lao letters (the Lao
/// block without its digits) in which no lexicon word occurs. A line that holds even one word is not salad here, so
/// the check counts only the worst garbage (a table grid, a leader line or a watermark read as text); garbage that
/// happens to contain a short word is the garbage-line filter's business, not this count's.
/// </summary>
public sealed class LetterSalad(Lexicon lexicon)
{
    public const int MinimumLetters = 20;

    public int Lines(string text) => text.Split('\n').Count(IsSalad);

    public bool IsSalad(string line) =>
        line.Count(LaoScript.IsLaoLetter) >= MinimumLetters && !lexicon.HasWord(line);
}
