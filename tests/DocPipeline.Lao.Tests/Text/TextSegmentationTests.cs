using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Segmentation;
using Xunit.Abstractions;

namespace DocPipeline.Lao.Tests.Text;

public class TextSegmentationTests(ITestOutputHelper output)
{
    private static readonly IcuWordSegmenter Segmenter = new();

    [Theory]
    [InlineData("ເລກທີ 042/ຄປ.ວຈ ລົງວັນທີ", "042/ຄປ.ວຈ")]
    [InlineData("ເລກທີ໐໔໒/ຄປ.ວຈລົງວັນທີ", "໐໔໒/ຄປ.ວຈ")]
    [InlineData("ເລກທີ 330/ປທສ. ລົງວັນທີ", "330/ປທສ")]
    [InlineData("ຂໍ້ຕົກລົງ ເລກທີ 136/PM ຂອງ", "136/PM")]
    [InlineData("ລົງວັນທີ 26/12/2014 ຂອງ", "26/12/2014")]
    [InlineData("ອອກໂດຍ ຄປ.ວຈ ໃນປີ", "ຄປ.ວຈ")]
    [InlineData("ປີ ພ.ສ. 2566 ແລະ", "ພ.ສ")]
    public void Reference_numbers_dates_and_abbreviations_are_single_tokens(string text, string token)
    {
        var words = Segmenter.Words(text);
        Assert.Contains(token, words);
        Assert.DoesNotContain("/", words);
    }

    [Fact]
    public void Words_around_a_protected_token_are_still_segmented()
    {
        var words = Segmenter.Words("ກອງປະຊຸມ042/ຄປ.ວຈທາງການ");
        Assert.Equal(["ກອງ", "ປະຊຸມ", "042/ຄປ.ວຈ", "ທາງການ"], words);
    }

    [Fact]
    public void A_zero_width_space_is_a_word_boundary() =>
        Assert.Equal(["ກອງ", "ປະຊຸມ"], Segmenter.Words("ກອງ\u200Bປະຊຸມ"));

    [Fact]
    public void The_analyzer_indexes_a_reference_number_whole_under_every_key()
    {
        var forms = new SearchAnalyzer(Segmenter).Analyze("ອີງຕາມ ດຳລັດ ເລກທີ 303/ນຍ, ລົງວັນທີ 26 ກັນຍາ 2011");
        Assert.Contains("303/ນຍ", forms.Words.Split(' '));
        Assert.Contains(SearchKeys.Folded("303/ນຍ"), forms.Folded.Split(' '));
    }

    /// <summary>
    /// The words ICU finds in the corpus texts, checked against the Lao lexicon of hunspell-lo
    /// (a system package): most must be lexicon words or their parts, or ICU's dictionary and
    /// the canonical spelling disagree.
    /// </summary>
    [Fact]
    public void Segmented_corpus_words_are_in_the_lao_lexicon()
    {
        const string dic = "/usr/share/hunspell/lo_LA.dic";
        Assert.True(File.Exists(dic), "hunspell-lo is not installed");
        var lexicon = File.ReadLines(dic).Skip(1).Select(l => l.Split('/')[0].Trim()).ToHashSet();
        var engine = new LaoTextEngine();
        var words = Directory.GetFiles(DocPipeline.Testing.Repo.Corpus("source"), "*.txt")
            .SelectMany(f => Segmenter.Words(engine.CleanPage(File.ReadAllText(f), 1).Text))
            .Where(w => LaoScript.IsLaoLetter(w[0]) && !w.Contains('.'))
            .ToList();
        double exact = words.Count(lexicon.Contains) / (double)words.Count;
        double known = words.Count(w => lexicon.Contains(w) || lexicon.Any(l => l.StartsWith(w, StringComparison.Ordinal))) / (double)words.Count;
        output.WriteLine($"segmented corpus words in hunspell-lo: {exact:P1} as words, {known:P1} as words or word beginnings, of {words.Count}");
        Assert.True(exact > 0.8, $"{exact:P1}");
        Assert.True(known > 0.9, $"{known:P1}");
    }
}
