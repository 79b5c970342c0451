using System.Text;
using DocPipeline.Hosting;
using DocPipeline.Views;
using DocPipeline.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Web.Tests;

/// <summary>Uploads on the real file system and catalog: what reaches the inbox, and what never does.</summary>
public sealed class InboxUploadsTests : IDisposable
{
    private readonly ScratchFolder _data = new();
    private readonly ServiceProvider _services;

    public InboxUploadsTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DocPipeline:DataDirectory"] = _data.Path,
            ["DocPipeline:MaxFileSizeBytes"] = "4000",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddDocPipeline(configuration).AddDocPipelineWeb(configuration).BuildServiceProvider();
    }

    private string Inbox => Path.Combine(_data.Path, "inbox");

    private Task<FileOutcome> Save(string name, byte[] bytes) =>
        _services.GetRequiredService<InboxUploads>().SaveAsync(name, new MemoryStream(bytes), CancellationToken.None);

    [Fact]
    public async Task A_file_arrives_in_the_inbox_under_its_clean_name_without_overwriting_another()
    {
        byte[] text = Encoding.UTF8.GetBytes("ແຈ້ງການ ເລກທີ 15/ສສ");
        var first = await Save("../ແຈ້ງການ.txt", text);
        var second = await Save("ແຈ້ງການ.txt", [.. text, .. "!"u8]);
        Assert.Equal((FileOutcome.Queued, "ແຈ້ງການ.txt"), (first.Status, first.File));
        Assert.Equal("ແຈ້ງການ (1).txt", second.File);
        Assert.Equal(text, File.ReadAllBytes(Path.Combine(Inbox, "ແຈ້ງການ.txt")));
        Assert.Equal(2, Directory.GetFiles(Inbox).Length); // no temporary file left beside them
    }

    [Theory]
    [InlineData("big.png", 5000, 413)]
    [InlineData("notes.docx", 100, 415)]
    [InlineData("scan.pdf.part", 100, 400)]
    public async Task Refused_files_never_reach_the_inbox(string name, int size, int status)
    {
        byte[] bytes = new byte[size];
        "\x89PNG"u8.CopyTo(bytes);
        var refused = await Assert.ThrowsAsync<UploadRefusedException>(() => Save(name, bytes));
        Assert.Equal(status, refused.StatusCode);
        Assert.True(!Directory.Exists(Inbox) || Directory.GetFiles(Inbox).Length == 0);
    }

    public void Dispose()
    {
        _services.Dispose();
        _data.Dispose();
    }
}
