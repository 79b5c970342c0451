using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocPipeline.Cli;
using DocPipeline.Testing;

namespace DocPipeline.Web.Tests;

/// <summary>Binding, anti-forgery, and files served only by id: over plain HTTP, no browser needed.</summary>
[Collection(SiteCollection.Name)]
public sealed class ServeSafetyTests(ArchiveSite site)
{
    [Fact]
    public async Task Serve_refuses_an_address_other_than_loopback_without_accounts()
    {
        using var data = new ScratchFolder();
        var errors = new StringWriter();
        int exit = await CommandLine.RunAsync(["serve", "--urls", "http://0.0.0.0:5999", "--data", data.Path], TextWriter.Null, errors);
        Assert.Equal(CommandLine.Usage, exit);
        Assert.Contains("users add NAME --role admin", errors.ToString());
    }

    [Fact]
    public async Task Originals_and_page_images_are_served_only_by_id()
    {
        using var http = new HttpClient { BaseAddress = site.Serve.Address };
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/documents/999/original")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/documents/1/pages/99/image")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/documents/..%2F..%2Fcatalog.db/original")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/catalog.db")).StatusCode);
        var png = await http.GetAsync("/api/documents/1/pages/2/image");
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Posts_without_the_anti_forgery_token_are_refused()
    {
        using var http = new HttpClient { BaseAddress = site.Serve.Address };
        using var upload = new MultipartFormDataContent { { new ByteArrayContent("ສະບາຍດີ"u8.ToArray()), "file", "a.txt" } };
        var refused = await http.PostAsync("/api/upload", upload);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", await refused.Content.ReadAsStringAsync());
        var retry = await http.PostAsync("/api/status/failed/a.txt/retry", null);
        Assert.Equal(HttpStatusCode.BadRequest, retry.StatusCode);
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Data, "inbox"), "a.txt"));
    }

}
