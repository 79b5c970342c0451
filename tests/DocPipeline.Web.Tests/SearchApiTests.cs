using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DocPipeline.Web.Tests;

/// <summary>GET /api/search as programs use it: paging, and errors that say what is wrong.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchApiTests(ArchiveSite site)
{
    private readonly HttpClient _http = new() { BaseAddress = site.Serve.Address };

    [Fact]
    public async Task Pages_through_the_hits_and_says_when_there_are_more()
    {
        var all = await Search("?q=ງົບປະມານ&limit=10");
        var second = await Search("?q=ງົບປະມານ&limit=1&offset=1");
        var last = await Search($"?q=ງົບປະມານ&limit=1&offset={all.GetProperty("hits").GetArrayLength() - 1}");
        Assert.Equal(all.GetProperty("hits")[1].GetProperty("id").GetInt64(), second.GetProperty("hits").EnumerateArray().Single().GetProperty("id").GetInt64());
        Assert.True(second.GetProperty("more").GetBoolean());
        Assert.False(last.GetProperty("more").GetBoolean());
    }

    [Fact]
    public async Task Facets_count_type_issuer_and_year_over_every_hit_and_narrow_when_chosen()
    {
        var all = await Search("?q=ງົບປະມານ&limit=1");
        var facets = all.GetProperty("facets");
        var types = facets.GetProperty("type").EnumerateArray().ToList();
        Assert.NotEmpty(types);
        Assert.All(new[] { "issuer", "year" }, name => Assert.Equal(JsonValueKind.Array, facets.GetProperty(name).ValueKind));
        var first = types[0];
        string type = first.GetProperty("value").GetString()!;
        int count = first.GetProperty("count").GetInt32();
        Assert.True(count >= 1);
        var narrowed = await Search($"?q=ງົບປະມານ&limit=100&type={Uri.EscapeDataString(type)}");
        Assert.Equal(count, narrowed.GetProperty("hits").GetArrayLength());
        Assert.All(narrowed.GetProperty("hits").EnumerateArray(), h => Assert.Equal(type, h.GetProperty("documentType").GetString()));
    }

    [Theory]
    [InlineData("?q=", "Type a word")]
    [InlineData("?q=ງົບປະມານ&from=10/05/2022", "yyyy-MM-dd or a year")]
    public async Task A_bad_request_says_why(string query, string reason)
    {
        var response = await _http.GetAsync("/api/search" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    private async Task<JsonElement> Search(string query) => await _http.GetFromJsonAsync<JsonElement>("/api/search" + query);
}
