using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DocPipeline.Web.Tests;

/// <summary>GET /api/documents/{id}/pdf: the searchable PDF made at ingest, for scans; none for a text export.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchablePdfApiTests(ArchiveSite site)
{
    private readonly HttpClient _http = new() { BaseAddress = site.Serve.Address };

    [Fact]
    public async Task A_scan_has_its_searchable_pdf_and_a_text_export_has_none()
    {
        var hits = await _http.GetFromJsonAsync<JsonElement>("/api/search?q=ງົບປະມານ&limit=10");
        var ids = hits.GetProperty("hits").EnumerateArray().Select(h => (Id: h.GetProperty("id").GetInt64(), File: h.GetProperty("file").GetString()!)).ToList();
        var scan = ids.First(h => h.File.EndsWith(".pdf"));
        var text = ids.First(h => h.File.EndsWith(".txt"));

        var response = await _http.GetAsync($"/api/documents/{scan.Id}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("d04-phetsarath-a5.searchable.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..5]));
        Assert.True((await _http.GetFromJsonAsync<JsonElement>($"/api/documents/{scan.Id}")).GetProperty("searchablePdf").GetBoolean());

        var none = await _http.GetAsync($"/api/documents/{text.Id}/pdf");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Contains("no searchable PDF", (await none.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/documents/999999/pdf")).StatusCode);
    }
}
