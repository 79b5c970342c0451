using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocPipeline.Cli;
using DocPipeline.Testing;

namespace DocPipeline.Web.Tests;

/// <summary>Binding, the access token, and files served only by id: over plain HTTP, no browser needed.</summary>
[Collection(SiteCollection.Name)]
public sealed class ServeSafetyTests(ArchiveSite site)
{
    [Fact]
    public async Task Serve_refuses_an_address_other_than_loopback_without_an_access_token()
    {
        using var data = new ScratchFolder();
        var errors = new StringWriter();
        int exit = await CommandLine.RunAsync(["serve", "--urls", "http://0.0.0.0:5999", "--data", data.Path], TextWriter.Null, errors);
        Assert.Equal(CommandLine.Usage, exit);
        Assert.Contains("access token", errors.ToString());
    }

    [Fact]
    public async Task With_an_access_token_every_request_needs_it_by_header_or_login_cookie()
    {
        using var data = new ScratchFolder();
        await using var serve = await ServeProcess.StartAsync(data.Path, new Dictionary<string, string> { ["DocPipeline__AccessToken"] = "staff-token-42" });
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = serve.Address };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/status")).StatusCode);
        Assert.Equal("/login", (await anonymous.GetAsync("/")).Headers.Location?.ToString());

        using var program = new HttpRequestMessage(HttpMethod.Get, "/api/status");
        program.Headers.Authorization = new("Bearer", "staff-token-42");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(program)).StatusCode);

        var cookies = new CookieContainer();
        using var person = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = serve.Address };
        string antiforgery = (await person.GetFromJsonAsync<JsonElement>("/api/antiforgery")).GetProperty("token").GetString()!;
        var wrong = await person.PostAsync("/login", Form(antiforgery, "guess"));
        Assert.Equal("/login?failed=1", wrong.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await person.GetAsync("/api/status")).StatusCode);
        var forged = await person.PostAsync("/login", Form("not-the-token", "staff-token-42"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var right = await person.PostAsync("/login", Form(antiforgery, "staff-token-42"));
        Assert.Equal("/", right.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/api/status")).StatusCode);
        Assert.DoesNotContain("staff-token", cookies.GetCookieHeader(serve.Address)); // the cookie holds a derived key, not the token
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

    private static FormUrlEncodedContent Form(string antiforgery, string token) =>
        new(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["token"] = token });
}
