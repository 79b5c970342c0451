using DocPipeline.Evaluation;
using DocPipeline.Lao.Quality;
using DocPipeline.Pipeline;

namespace DocPipeline.Tests;

/// <summary>The eval's letter-salad check, as issue 13 defines it, judged with hunspell-lo's word list.</summary>
public class LetterSaladTests
{
    private static readonly Lazy<LetterSalad> Salad = new(() => new LetterSalad(new Lexicon(LexiconFile.Read("/usr/share/hunspell/lo_LA.dic"))));

    [Fact]
    public void Twenty_lao_letters_without_a_lexicon_word_are_salad()
    {
        const string line = "ຽຍຟຫ ຂຄຕຈ ງຊຍດ ຖຮຜຝ ພຟມຢ";
        Assert.Equal(20, line.Count(c => c != ' '));
        Assert.True(Salad.Value.IsSalad(line));
    }

    [Fact]
    public void Nineteen_letters_without_a_word_are_too_short_to_count()
    {
        Assert.False(Salad.Value.IsSalad("ຽຍຟຫ ຂຄຕຈ ງຊຍດ ຖຮຜຝ ພຟມ"));
    }

    [Fact]
    public void One_lexicon_word_among_mostly_unknown_letters_is_not_salad()
    {
        // Under half of these letters lie in words (the old check's rule would have called it salad), but ກະຊວງ is one.
        const string line = "ຽຍຟຫ ຂຄຕຈ ງຊຍດ ຖຮຜຝ ພຟມຢ ຣຍຫອ ກະຊວງ";
        Assert.True(new Lexicon(LexiconFile.Read("/usr/share/hunspell/lo_LA.dic")).KnownShare(line) < 0.5);
        Assert.False(Salad.Value.IsSalad(line));
    }

    [Fact]
    public void Lines_counts_salad_lines_of_a_page_text()
    {
        Assert.Equal(1, Salad.Value.Lines("ກະຊວງສຶກສາທິການ ແລະ ກິລາ\nຽຍຟຫ ຂຄຕຈ ງຊຍດ ຖຮຜຝ ພຟມຢ ຣຍຫອ\n........ 3 ."));
    }
}
