using DocPipeline.Archive.FullText.Analysis;
using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Segmentation;

namespace DocPipeline.Archive.Tests.Analysis;

/// <summary>The Lao analysis chain on the real ICU: terms, offsets and position increments, as Lucene tests a chain.</summary>
public sealed class LaoAnalyzerTests : IDisposable
{
    private const char T = ToneLessKeyFilter.ToneLessMark, F = FoldedKeyFilter.FoldedMark, P = FoldedPairFilter.PairMark;
    private readonly LaoAnalyzer _analyzer = new(new IcuWordSegmenter());

    [Fact]
    public void Words_come_out_in_natural_lao_offsets_one_position_each()
    {
        // neither word has a tone mark, so no tone-less key; both hold letters OCR confuses, so a folded key each, and a folded pair
        TokenStreamAssert.Contents(_analyzer, "ງົບປະມານແຂວງ",
            terms: ["ງົບປະມານ", F + "ງິບບະມານ", "ແຂວງ", $"{P}ງິບບະມານ{P}ເຂວງ", F + "ເຂວງ"],
            starts: [0, 0, 8, 8, 8], ends: [8, 8, 12, 12, 12], increments: [1, 0, 1, 0, 0]);
    }

    [Fact]
    public void The_tone_less_and_the_folded_keys_stack_at_the_words_position()
    {
        // ຕັ້ງ: tone-less ຕັງ, folded ດິງ (ຕ and ດ, ັ and ິ are read for one another); the last filter's key comes first
        TokenStreamAssert.Contents(_analyzer, "ຕັ້ງ",
            terms: ["ຕັ້ງ", F + "ດິງ", T + "ຕັງ"], starts: [0, 0, 0], ends: [4, 4, 4], increments: [1, 0, 0]);
    }

    [Fact]
    public void A_word_that_folds_to_itself_stacks_nothing()
    {
        TokenStreamAssert.Contents(_analyzer, "ການ", terms: ["ການ"], starts: [0], ends: [3], increments: [1]);
    }

    [Fact]
    public void A_reference_number_stays_whole_in_its_canonical_form_over_the_span_written()
    {
        var tokens = TokenStreamAssert.Read(_analyzer, "ເລກທີ 042 / ຄປ.ວຈ ລົງວັນທີ");
        var number = Assert.Single(tokens, t => t.Term == "042/ຄປ.ວຈ");
        Assert.Equal((6, 17, 1), (number.Start, number.End, number.Increment));
    }

    [Fact]
    public void Punctuation_and_spaces_are_not_tokens_and_positions_stay_consecutive()
    {
        var words = TokenStreamAssert.Read(_analyzer, "ງົບປະມານ, ແຂວງ. (ການ)").Where(t => t.Increment > 0).ToList();
        Assert.Equal(["ງົບປະມານ", "ແຂວງ", "ການ"], words.Select(w => w.Term));
        Assert.All(words, w => Assert.Equal(1, w.Increment));
    }

    [Fact]
    public void Keys_never_spell_a_word_and_control_characters_never_reach_a_term()
    {
        var tokens = TokenStreamAssert.Read(_analyzer, "ໜັງສື\u0002ພິມ \u0001ຕັ້ງ");
        Assert.All(tokens.Where(t => t.Increment > 0), t => Assert.DoesNotContain(t.Term, c => char.IsControl(c)));
        Assert.All(tokens.Where(t => t.Increment == 0), t => Assert.True(t.Term[0] is T or F or P));
    }

    [Fact]
    public void A_query_word_spelled_as_ocr_damaged_it_meets_the_page_through_its_folded_terms()
    {
        var page = TokenStreamAssert.Read(_analyzer, "ຜະແນກ").Select(t => t.Term).ToHashSet(); // ພ read as ຜ
        Assert.DoesNotContain("ພະແນກ", page);
        Assert.Contains(SpellingTerms.For("ພະແນກ", Spelling.Folded), page.Contains);
        Assert.DoesNotContain(SpellingTerms.For("ພະແນກ", Spelling.ToneLess), page.Contains);
        var toneLess = TokenStreamAssert.Read(_analyzer, "ຕັງ").Select(t => t.Term).ToHashSet(); // ຕັ້ງ without its tone mark
        Assert.Contains(SpellingTerms.For("ຕັ້ງ", Spelling.ToneLess), toneLess.Contains);
        Assert.DoesNotContain(SpellingTerms.For("ຕັ້ງ", Spelling.AsTyped), toneLess.Contains);
    }

    [Fact]
    public void Folded_pairs_stack_on_each_word_after_the_first_and_a_new_value_starts_afresh()
    {
        var first = TokenStreamAssert.Read(_analyzer, "ໄດ້ ຄະນະ ຊີ້ນຳ");
        Assert.Equal([FoldedPairFilter.Pair(SearchKeys.Folded("ໄດ້"), SearchKeys.Folded("ຄະນະ")), FoldedPairFilter.Pair(SearchKeys.Folded("ຄະນະ"), SearchKeys.Folded("ຊີ້ນຳ"))],
            first.Where(t => t.Term[0] == P).Select(t => t.Term));
        Assert.Contains(SpellingTerms.FoldedPair("ໄດ", "ຄະນະ"), first.Select(t => t.Term)); // a dropped tone mark meets the same folded pair
        var next = TokenStreamAssert.Read(_analyzer, "ຕາມ ການ"); // the next page: ຊີ້ນຳ is not its word before
        Assert.Equal(new[] { SpellingTerms.FoldedPair("ຕາມ", "ການ") }, next.Where(t => t.Term[0] == P).Select(t => t.Term));
    }

    [Fact]
    public void Words_that_fold_to_themselves_stack_their_pair_too()
    {
        Assert.Equal("ການ", SearchKeys.Folded("ການ"));
        var terms = TokenStreamAssert.Read(_analyzer, "ການ ການ").Select(t => t.Term).ToList();
        Assert.Equal(["ການ", "ການ", SpellingTerms.FoldedPair("ການ", "ການ")], terms);
    }

    [Fact]
    public void The_empty_text_and_a_reused_chain_behave()
    {
        TokenStreamAssert.Contents(_analyzer, "", terms: []);
        TokenStreamAssert.Contents(_analyzer, "ການ", terms: ["ການ"]);
        TokenStreamAssert.Contents(_analyzer, "ການ", terms: ["ການ"]); // the chain is reused: no state left from before
    }

    [Fact]
    public void Trigrams_of_the_folded_run_ignore_spaces_and_follow_each_other()
    {
        using var trigrams = new TrigramAnalyzer(TrigramAnalyzer.FoldedRun);
        var tokens = TokenStreamAssert.Read(trigrams, "ກາ ນມ", finalOffset: 4);
        Assert.Equal(["ການ", "ານມ"], tokens.Select(t => t.Term));
        Assert.All(tokens, t => Assert.Equal(1, t.Increment));
    }

    public void Dispose() => _analyzer.Dispose();
}
