using DocPipeline.Cli;
using Microsoft.Playwright;

namespace DocPipeline.Web.Tests;

/// <summary>
/// A clerk at work, in Chromium against the real `serve` (loopback, no accounts: the one person is its administrator):
/// the Review page lists a degraded scan and a document with no number; the clerk corrects the number and date beside
/// the page image; search, the citation and the history follow; both leave the queue.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReviewBrowserTests(ArchiveSite site)
{
    [Fact]
    public async Task A_clerk_corrects_a_number_and_a_date_from_the_review_queue_and_search_and_citation_follow()
    {
        var page = await site.OpenAsync("/review.html");
        var regulation = page.Locator("tr.review-item", new() { HasText = "regulation.txt" });
        await Assertions.Expect(regulation.Locator("li[data-code=no-date]")).ToBeVisibleAsync();
        var scan = page.Locator("tr.review-item", new() { HasText = "d04-phetsarath-a5.pdf" });
        await Assertions.Expect(scan.Locator("li[data-code=low-confidence]").First).ToContainTextAsync("under 99");
        await site.ScreenshotAsync(page, "review.png");

        await regulation.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("#correct")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("section.page textarea")).ToHaveCountAsync(1); // the page's text, editable
        await page.FillAsync("#correct-number", "0026/ບລພ");
        await page.FillAsync("#correct-date", "2023-01-15");
        await page.FillAsync("#correct-type", "ກົດລະບຽບ");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Correction saved");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("ກົດລະບຽບ 0026/ບລພ");
        await Assertions.Expect(page.Locator("#identity")).ToContainTextAsync("read by the machine");
        await Assertions.Expect(page.Locator("#citation")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("ເລກທີ 0026/ບລພ, ລົງວັນທີ 15 ມັງກອນ 2023"));
        var history = page.Locator("#history tr.audit-entry");
        await Assertions.Expect(history.Filter(new() { HasText = "number" })).ToContainTextAsync("0026/ບລພ");
        await Assertions.Expect(history.Filter(new() { HasText = "date" })).ToContainTextAsync("2023-01-15");
        await site.ScreenshotAsync(page, "corrected.png");

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("0026/ບລພ"));
        await Assertions.Expect(page.Locator("article.hit .title").First).ToHaveTextAsync("ກົດລະບຽບ 0026/ບລພ");
        string href = (await page.Locator("article.hit .title a").First.GetAttributeAsync("href"))!;
        string id = System.Web.HttpUtility.ParseQueryString(href[href.IndexOf('?')..])["id"]!;
        var output = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["cite", id, "--data", site.Data], output, TextWriter.Null));
        Assert.Contains("ເລກທີ 0026/ບລພ, ລົງວັນທີ 15 ມັງກອນ 2023", output.ToString());

        // The scan was read right: checked as it is, it leaves the queue too.
        await page.GotoAsync("/review.html");
        await page.Locator("tr.review-item", new() { HasText = "d04-phetsarath-a5.pdf" }).Locator("a").ClickAsync();
        await page.ClickAsync("#checked");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Correction saved");
        await page.GotoAsync("/review.html");
        await page.Locator("#queue tr").First.WaitForAsync();
        await Assertions.Expect(page.Locator("tr.review-item", new() { HasText = "regulation.txt" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("tr.review-item", new() { HasText = "d04-phetsarath-a5.pdf" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_page_text_corrected_beside_its_image_is_what_search_finds()
    {
        var page = await site.OpenAsync("/?q=" + Uri.EscapeDataString("303/ນຍ"));
        await page.Locator("article.hit .title a", new() { HasText = "ດຳລັດ 303/ນຍ" }).ClickAsync();
        await page.ClickAsync("#edit");
        var text = page.Locator("section.page textarea").First;
        await text.FillAsync((await text.InputValueAsync()) + "\nນົກຍູງຂາວບິນສູງ");
        await page.Locator("section.page button.save-page").First.ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Correction saved");
        await Assertions.Expect(page.Locator("section.page pre").First).ToContainTextAsync("ນົກຍູງຂາວບິນສູງ");
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("page 1");

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("ນົກຍູງຂາວບິນສູງ"));
        await Assertions.Expect(page.Locator("article.hit .title")).ToHaveTextAsync(["ດຳລັດ 303/ນຍ"]);
    }
}
