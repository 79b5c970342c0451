using DocPipeline.Ocr.Searchable;

namespace DocPipeline.Ocr.Tests;

/// <summary>The corrected text laid over the OCR words: every character once, in order, where its raw word was.</summary>
public class TextRunsTests
{
    // Raw Tesseract: ASCII-looking digits, ໍ+າ for ຳ, ຫນ for ໜ, a word split by a space, a Khmer fragment.
    private static readonly LayoutWord[] Words =
    [
        new("ເລກທີ", 0, 100, 50, 200, 90), new("0ແແ/ກງ", 0, 220, 50, 340, 90),
        new("ກະຊວງ", 1, 100, 120, 190, 160), new("ການ", 1, 195, 120, 240, 160), new("ນໍາໃຊ້", 1, 260, 120, 360, 160),
        new("ຫນ້າທີ່", 2, 100, 190, 220, 230), new("ក្រសួង", 2, 240, 190, 330, 230),
    ];

    [Fact]
    public void Every_corrected_character_is_placed_once_in_order()
    {
        const string corrected = "ເລກທີ ໐໔໒/ກງ\nກະຊວງການ ນຳໃຊ້\nໜ້າທີ່";
        var runs = TextRuns.Place(corrected, Words);
        Assert.Equal(corrected.Replace(" ", "").Replace("\n", ""), string.Concat(runs.Select(r => r.Text)));
        // The raw words joined by the text chain ("ກະຊວງ ການ") become one run over both boxes.
        var joined = Assert.Single(runs, r => r.Text == "ກະຊວງການ");
        Assert.Equal((100, 120, 240, 160), (joined.Left, joined.Top, joined.Right, joined.Bottom));
        // Corrected digits stand where Tesseract read the letters it took them for.
        var number = Assert.Single(runs, r => r.Text == "໐໔໒/ກງ");
        Assert.Equal((220, 340), (number.Left, number.Right));
        Assert.True(runs.Single(r => r.Text == "ເລກທີ").SpaceAfter);
        Assert.False(number.SpaceAfter); // the next run is on the next line
        // The Khmer word the text chain removed gets nothing.
        Assert.DoesNotContain(runs, r => r.Left == 240 && r.Line == 2);
    }

    [Fact]
    public void No_words_or_no_text_gives_no_runs()
    {
        Assert.Empty(TextRuns.Place("ເລກທີ", []));
        Assert.Empty(TextRuns.Place("", Words));
    }
}
