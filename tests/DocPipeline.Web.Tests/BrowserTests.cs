using System.Text.Json;
using DocPipeline.Testing;
using Microsoft.Playwright;

namespace DocPipeline.Web.Tests;

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<ArchiveSite>
{
    public const string Name = "archive site";
}

/// <summary>What staff do, in Debian's Chromium against the real `serve`: search, read, cite, upload, retry.</summary>
[Collection(SiteCollection.Name)]
public sealed class BrowserTests(ArchiveSite site)
{
    private const string D04Citation = "ຂໍ້ຕົກລົງ ຂອງ ກະຊວງການເງິນ ເລກທີ 219/ກງ, ລົງວັນທີ 10 ພຶດສະພາ 2022";

    [Fact]
    public async Task A_lao_word_is_found_marked_in_its_passage_and_drawn_in_a_lao_font()
    {
        var page = await site.OpenAsync("/");
        await page.FillAsync("#q", "ງົບປະມານ");
        await page.PressAsync("#q", "Enter");
        var hits = page.Locator("article.hit");
        await hits.First.WaitForAsync();
        var d04 = hits.Filter(new() { Has = page.Locator(".title", new() { HasText = "219/ກງ" }) });
        Assert.Equal("ງົບປະມານ", await d04.Locator("mark").First.TextContentAsync());
        Assert.Contains("ໜ້າ", await d04.Locator(".meta").TextContentAsync());
        Assert.Contains("q=%E0%BA%87", page.Url); // the query is in the address, for Back and for links

        var fonts = await FontsUsedAsync(page, "article.hit .snippet");
        Assert.Contains("Phetsarath OT", fonts);
        await site.ScreenshotAsync(page, "search-lao-word.png");
    }

    [Fact]
    public async Task A_reference_number_finds_the_directive_and_the_filters_narrow_the_results()
    {
        var page = await site.OpenAsync("/?q=" + Uri.EscapeDataString("219/ກງ"));
        var first = page.Locator("article.hit").First;
        Assert.Equal("ຂໍ້ຕົກລົງ 219/ກງ", await first.Locator(".title").TextContentAsync());
        string meta = (await first.Locator(".meta").TextContentAsync())!;
        Assert.Contains("2022-05-10", meta);
        Assert.Contains("ກະຊວງການເງິນ", meta);
        Assert.Contains("d04-phetsarath-a5.pdf", meta);

        await page.GotoAsync("/");
        await page.FillAsync("#q", "ງົບປະມານ");
        await page.SelectOptionAsync("#type", "ແຈ້ງການ");
        await page.ClickAsync("form.search button[type=submit]");
        await page.Locator("article.hit").First.WaitForAsync();
        Assert.Equal(["ແຈ້ງການ 15/ສສ"], await page.Locator("article.hit .title").AllTextContentsAsync());

        await page.SelectOptionAsync("#type", "");
        await page.FillAsync("#issuer", "ນາຍົກ");
        await page.ClickAsync("form.search button[type=submit]");
        await Assertions.Expect(page.Locator("article.hit .title")).ToHaveTextAsync(["ດຳລັດ 303/ນຍ"]);

        await page.FillAsync("#issuer", "");
        await page.FillAsync("#year", "2022");
        await page.ClickAsync("form.search button[type=submit]");
        await Assertions.Expect(page.Locator("article.hit .title")).ToHaveCountAsync(2);
        Assert.Equal(["ຂໍ້ຕົກລົງ 219/ກງ", "ແຈ້ງການ 15/ສສ"], (await page.Locator("article.hit .title").AllTextContentsAsync()).Order(StringComparer.Ordinal));
        await page.FillAsync("#year", "2011");
        await page.ClickAsync("form.search button[type=submit]");
        await Assertions.Expect(page.Locator("article.hit .title")).ToHaveTextAsync(["ດຳລັດ 303/ນຍ"]);

        await page.FillAsync("#year", "");
        await page.FillAsync("#q", "ຊ້າງເຜືອກ");
        await page.ClickAsync("form.search button[type=submit]");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("No document matches");
        Assert.Equal(0, await page.Locator("article.hit").CountAsync());
    }

    [Fact]
    public async Task A_document_shows_page_images_beside_the_text_its_references_and_copies_its_citation()
    {
        var page = await site.OpenAsync("/?q=" + Uri.EscapeDataString("219/ກງ"));
        await page.Locator("article.hit .title a").First.ClickAsync();
        await page.Locator("#document").WaitForAsync();
        int hitPage = int.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["page"]!);

        Assert.Equal("ຂໍ້ຕົກລົງ 219/ກງ", await page.Locator("h1").TextContentAsync());
        Assert.Contains("ກະຊວງການເງິນ", await page.Locator("#identity").TextContentAsync());
        await Assertions.Expect(page.Locator("section.page")).ToHaveCountAsync(2);
        foreach (var image in await page.Locator("section.page img").AllAsync())
        {
            await image.ScrollIntoViewIfNeededAsync();
            await Assertions.Expect(image).ToHaveJSPropertyAsync("complete", true);
            Assert.True(await image.EvaluateAsync<int>("i => i.naturalWidth") > 300, "a page image was not drawn");
        }
        Assert.Contains("ງົບປະມານ", await page.Locator("section.page pre").First.TextContentAsync());

        string expected = $"{D04Citation}, ໜ້າ {hitPage}";
        Assert.Equal(expected, await page.InputValueAsync("#citation"));
        await page.ClickAsync("#copy");
        await Assertions.Expect(page.Locator("#copied")).ToContainTextAsync(expected);
        Assert.Equal(expected, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        var cites = page.Locator("#cites li");
        Assert.Contains("ບໍ່ມີໃນຄັງ", await cites.Filter(new() { HasText = "71/ສພຊ" }).TextContentAsync());
        Assert.Equal(1, await cites.Filter(new() { HasText = "303/ນຍ" }).Locator("a").CountAsync());
        Assert.Equal("ແຈ້ງການ 15/ສສ", await page.Locator("#citedBy li a").TextContentAsync());

        var original = await page.APIRequest.GetAsync((await page.Locator("#download").GetAttributeAsync("href"))!);
        Assert.Equal(File.ReadAllBytes(Repo.Corpus("multipage", "d04-phetsarath-a5.pdf")), await original.BodyAsync());
        await Assertions.Expect(page.Locator("#searchable")).ToBeVisibleAsync();
        var searchable = await page.APIRequest.GetAsync((await page.Locator("#download-pdf").GetAttributeAsync("href"))!);
        Assert.Equal("application/pdf", searchable.Headers["content-type"]);
        await site.ScreenshotAsync(page, "document.png");
    }

    [Fact]
    public async Task Markup_in_document_text_is_shown_as_text_and_never_runs()
    {
        var page = await site.OpenAsync("/?q=" + Uri.EscapeDataString("303/ນຍ"));
        await page.Locator("article.hit .title a", new() { HasText = "ດຳລັດ 303/ນຍ" }).ClickAsync();
        await page.Locator("#document").WaitForAsync();
        string text = (await page.Locator("section.page pre").TextContentAsync())!;
        Assert.Contains("<script>window.injected = 1</script>", text);
        Assert.Contains("<img src=x onerror=\"window.injected = 2\">", text);
        Assert.Equal(0, await page.Locator("section.page pre *").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.injected === undefined"));
        Assert.Contains("ດຳລັດ 303.txt", await page.Locator("#identity").TextContentAsync());
    }

    [Fact]
    public async Task An_uploaded_scan_is_indexed_and_then_found_while_an_unsupported_file_says_why()
    {
        string bogus = Path.Combine(site.Screenshots, "..", "notes.docx");
        File.WriteAllText(bogus, "PK not really a document");
        var page = await site.OpenAsync("/upload.html");
        await page.SetInputFilesAsync("#files", [Repo.Corpus("pages", "d01-phetsarath-300.png"), bogus]);

        var scan = page.Locator("#uploads tr", new() { HasText = "d01-phetsarath-300.png" });
        await Assertions.Expect(scan.Locator("td.indexed")).ToBeVisibleAsync(new() { Timeout = 150_000 });
        var refused = page.Locator("#uploads tr", new() { HasText = "notes.docx" });
        await Assertions.Expect(refused.Locator("td.failed")).ToContainTextAsync("Unsupported file type");
        await site.ScreenshotAsync(page, "upload.png");

        await scan.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("#identity")).ToContainTextAsync("d01-phetsarath-300.png");
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("303/ນຍ"));
        await Assertions.Expect(page.Locator("article.hit .meta", new() { HasText = "d01-phetsarath-300.png" })).ToHaveCountAsync(1);
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Data, "inbox"), ".upload-*")); // no temporary file left behind
    }

    [Fact]
    public async Task A_failed_file_is_listed_with_its_reason_and_goes_back_to_the_queue_on_retry()
    {
        byte[] png = File.ReadAllBytes(Repo.Corpus("pages", "d01-phetsarath-300.png"));
        Directory.CreateDirectory(Path.Combine(site.Data, "inbox"));
        File.WriteAllBytes(Path.Combine(site.Data, "inbox", "ສຳເນົາ ເສຍ.png"), png[..2000]);
        var page = await site.OpenAsync("/status.html");
        var failure = page.Locator("#failures tr", new() { HasText = "ສຳເນົາ ເສຍ.png" });
        await Assertions.Expect(failure).ToContainTextAsync("damaged or truncated", new() { Timeout = 30_000 });
        // serve's own worker is listed alive, by its host.
        await Assertions.Expect(page.Locator("#workers tr", new() { HasText = Environment.MachineName })).ToHaveCountAsync(1);
        await site.ScreenshotAsync(page, "status.png");

        string failedAt = (await failure.Locator("td").Nth(3).TextContentAsync())!;
        await failure.Locator("button").ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Back in the queue");
        // The worker takes it again and, the bytes being as broken as before, fails it again: a new time, the same reason.
        await Assertions.Expect(failure.Locator("td").Nth(3)).Not.ToHaveTextAsync(failedAt, new() { Timeout = 30_000 });
        await Assertions.Expect(failure).ToContainTextAsync("damaged or truncated");
    }

    /// <summary>The fonts Chromium actually drew an element's text with, from the DevTools protocol.</summary>
    private static async Task<List<string>> FontsUsedAsync(IPage page, string selector)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument");
        int root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var node = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = selector });
        int nodeId = node!.Value.GetProperty("nodeId").GetInt32();
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = nodeId });
        return fonts!.Value.GetProperty("fonts").EnumerateArray().Select(f => f.GetProperty("familyName").GetString()!).ToList();
    }
}
