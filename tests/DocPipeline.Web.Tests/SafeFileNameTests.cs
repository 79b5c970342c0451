namespace DocPipeline.Web.Tests;

public sealed class SafeFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\Users\staff\ຄຳສັ່ງ 12.pdf", "ຄຳສັ່ງ 12.pdf")]
    [InlineData("scan\u202Egnp.exe", "scangnp.exe")] // a right-to-left override that would disguise the extension
    [InlineData("a\u0000b\r\n.png", "ab.png")]
    [InlineData("...hidden.pdf", "hidden.pdf")] // a dot-file would be ignored by the worker
    public void Keeps_only_a_plain_file_name(string sent, string expected) =>
        Assert.Equal(expected, SafeFileName.From(sent, out _));

    [Theory]
    [InlineData("")]
    [InlineData("../")]
    [InlineData("report.pdf.part")]
    [InlineData("~$draft.docx")]
    public void Refuses_names_with_nothing_usable_or_that_the_worker_skips(string sent)
    {
        Assert.Null(SafeFileName.From(sent, out string? reason));
        Assert.False(string.IsNullOrEmpty(reason));
    }

    [Fact]
    public void Shortens_long_lao_names_to_fit_the_file_system_and_keeps_the_extension()
    {
        string name = SafeFileName.From(string.Concat(Enumerable.Repeat("ສາທາລະນະລັດ", 20)) + ".pdf", out _)!;
        Assert.EndsWith(".pdf", name);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(name), 100, 200);
    }
}
