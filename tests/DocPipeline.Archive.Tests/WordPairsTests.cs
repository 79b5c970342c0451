using DocPipeline.Archive.Search;
using DocPipeline.Archive.Sqlite;

namespace DocPipeline.Archive.Tests;

public sealed class WordPairsTests
{
    private const char J = WordPairs.Joiner;

    [Fact]
    public void Tokens_are_cut_where_fts5_cuts_them_and_keep_their_marks()
    {
        Assert.Equal(["ງົບປະມານ", "ແຂວງ", "042", "ຄປ", "ວຈ"], Fts5Tokens.Of("ງົບປະມານ ແຂວງ, 042/ຄປ.ວຈ"));
        Assert.Equal("ງົບປະມານແຂວງ042ຄປວຈ", Fts5Tokens.Run("ງົບປະມານ ແຂວງ, 042/ຄປ.ວຈ\n"));
        Assert.Empty(Fts5Tokens.Of(" ,.;\n"));
    }

    [Fact]
    public void Each_two_adjacent_words_become_one_token_in_order()
    {
        Assert.Equal($"ການ{J}ຂອງ ຂອງ{J}ລັດ", WordPairs.Of("ການ ຂອງ ລັດ"));
        Assert.Equal($"ການ{J}ຂອງ", WordPairs.Of("ການ,\nຂອງ")); // FTS5 passes over punctuation inside a phrase; so do the pairs
        Assert.Equal("", WordPairs.Of("ການ"));
        Assert.Equal("", WordPairs.Of(""));
    }

    [Theory]
    [InlineData("ກອງປະຊຸມ ປ້ອງກັນ ໄຟໄໝ້", SpellingGrade.AsTyped)]
    [InlineData("ກອງປະຊຸມ ປ້ອງກັນ, ໄຟໄໝ້", SpellingGrade.AsTyped)]     // punctuation between the words
    [InlineData("ກອງປະຊຸມ ປອງກັນໄຟໄໝ", SpellingGrade.WithoutTones)]   // tone marks dropped by OCR
    [InlineData("ກອງປະຊຸມ ປອງກັນໄຟໃໝ", SpellingGrade.Folded)]         // ໄ read as ໃ
    [InlineData("ປ້ອງກັນ ແລະ ໄຟໄໝ້", SpellingGrade.Absent)]           // both words, not in a row
    public void A_page_is_graded_by_how_closely_it_spells_the_run(string page, int expected)
    {
        var grade = new SpellingGrade([new QueryTerm(["ປ້ອງກັນ", "ໄຟ", "ໄໝ້"])]);
        Assert.Equal(expected, grade.Of(page));
    }

    [Fact]
    public void Every_term_must_be_held_for_a_grade()
    {
        var grade = new SpellingGrade([new QueryTerm(["ງົບປະມານ"]), new QueryTerm(["ແຂວງ"])]);
        Assert.Equal(SpellingGrade.AsTyped, grade.Of("ແຂວງ ... ງົບປະມານ"));
        Assert.Equal(SpellingGrade.Absent, grade.Of("ງົບປະມານ"));
    }
}
