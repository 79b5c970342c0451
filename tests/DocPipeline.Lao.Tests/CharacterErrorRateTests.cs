using DocPipeline.Lao.Quality;

namespace DocPipeline.Lao.Tests;

public class CharacterErrorRateTests
{
    [Fact]
    public void Identical_text_ignoring_whitespace_is_zero() => Assert.Equal(0, CharacterErrorRate.Of("ກະ ຊວງ\n", "ກະຊວງ"));

    [Fact]
    public void One_substitution_in_five() => Assert.Equal(0.2, CharacterErrorRate.Of("ກະຊວດ", "ກະຊວງ"), 3);
}
