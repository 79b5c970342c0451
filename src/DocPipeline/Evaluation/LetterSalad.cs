using DocPipeline.Lao.Quality;
using DocPipeline.Lao.Text;

namespace DocPipeline.Evaluation;

/// <summary>
/// The eval's check for letter salad: an output line of at least 20 Lao letters of which less than half lie in
/// lexicon words (matched greedily, longest first). Lao prose lines lie almost wholly in lexicon words; a table grid,
/// a leader line or a watermark read as text does not.
/// </summary>
public sealed class LetterSalad(Lexicon lexicon)
{
    public const int MinimumLetters = 20;
    public const double KnownBelow = 0.5;

    public int Lines(string text) => text.Split('\n').Count(IsSalad);

    public bool IsSalad(string line) =>
        line.Count(LaoScript.IsLaoLetter) >= MinimumLetters && lexicon.KnownShare(line) is < KnownBelow;
}
