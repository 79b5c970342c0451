using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocPipeline.Cli;
using DocPipeline.Testing;
using Microsoft.Playwright;

namespace DocPipeline.Web.Tests;

/// <summary>
/// Accounts and roles on the real `serve`, over HTTP: accounts made by the real `users add` with the password on standard
/// input; a reader reads but may not correct or upload; five wrong passwords lock an account; an API token works for
/// scripts; the audit log records who did what from where, for admins only.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class StaffAccessTests(ArchiveSite site) : IAsyncLifetime
{
    private readonly ScratchFolder _data = new();
    private ServeProcess _serve = null!;

    public async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(_data.Path, "notice.txt"), ArchiveSite.NoticeText);
        var output = new StringWriter();
        if (await CommandLine.RunAsync(["ingest", Path.Combine(_data.Path, "notice.txt"), "--data", Data], output, output) != 0)
            throw new InvalidOperationException("ingest failed:\n" + output);
        foreach (var (name, role) in new[] { ("bounmy", "admin"), ("noy", "reader"), ("somphone", "clerk") })
            Assert.Contains($"added {name}", await Users("add", name, "--role", role));
        _serve = await ServeProcess.StartAsync(Data);
    }

    private string Data => Path.Combine(_data.Path, "data");

    /// <summary>The real program's `users` verb, the password piped on standard input.</summary>
    private async Task<string> Users(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "DocPipeline.dll"), "users" }.Concat(args).Concat(["--data", Data])) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync("ລະຫັດ-password-1");
        process.StandardInput.Close();
        string output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    private (HttpClient Http, CookieContainer Cookies) Client()
    {
        var cookies = new CookieContainer();
        return (new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = _serve.Address }, cookies);
    }

    private static async Task<string> Antiforgery(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/antiforgery")).GetProperty("token").GetString()!;

    private static async Task<HttpResponseMessage> LogIn(HttpClient http, string name, string password) =>
        await http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await Antiforgery(http), ["name"] = name, ["password"] = password,
        }));

    private static async Task<HttpResponseMessage> Put(HttpClient http, long id, object body, bool antiforgery = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/documents/{id}") { Content = JsonContent.Create(body) };
        if (antiforgery) request.Headers.Add("X-CSRF-TOKEN", await Antiforgery(http));
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task With_accounts_nothing_is_open_and_a_reader_reads_but_may_not_correct_or_upload()
    {
        var (anonymous, _) = Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/search?q=ງົບປະມານ")).StatusCode);
        Assert.Equal("/login", (await anonymous.GetAsync("/")).Headers.Location?.ToString());
        Assert.False((await anonymous.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("role").ValueKind == JsonValueKind.String);

        var (reader, cookies) = Client();
        Assert.Equal("/", (await LogIn(reader, "noy", "ລະຫັດ-password-1")).Headers.Location?.ToString());
        Assert.DoesNotContain("password", cookies.GetCookieHeader(_serve.Address));
        Assert.Equal("reader", (await reader.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/search?q=ງົບປະມານ")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Put(reader, 1, new { number = "16/ສສ" })).StatusCode);
        using var upload = new MultipartFormDataContent { { new ByteArrayContent("ສະບາຍດີ"u8.ToArray()), "file", "a.txt" } };
        upload.Headers.Add("X-CSRF-TOKEN", await Antiforgery(reader));
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/api/upload", upload)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/api/audit")).StatusCode);
        using (var promote = new HttpRequestMessage(HttpMethod.Put, "/api/users/noy") { Content = JsonContent.Create(new { role = "admin" }) })
        {
            promote.Headers.Add("X-CSRF-TOKEN", await Antiforgery(reader));
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.SendAsync(promote)).StatusCode);
        }
        Assert.Equal("15/ສສ", (await reader.GetFromJsonAsync<JsonElement>("/api/documents/1")).GetProperty("documentNumber").GetString());

        var (clerk, _) = Client();
        await LogIn(clerk, "somphone", "ລະຫັດ-password-1");
        Assert.Equal(HttpStatusCode.BadRequest, (await Put(clerk, 1, new { number = "16/ສສ" }, antiforgery: false)).StatusCode);
        var corrected = await Put(clerk, 1, new { number = "16/ສສ", date = "2022-06-04" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("16/ສສ", (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentNumber").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Put(clerk, 1, new { date = "4 June" })).StatusCode);

        var (admin, _) = Client();
        await LogIn(admin, "bounmy", "ລະຫັດ-password-1");
        var audit = await admin.GetFromJsonAsync<JsonElement[]>("/api/audit");
        Assert.Contains(audit!, e => e.GetProperty("action").GetString() == "correct" && e.GetProperty("user").GetString() == "somphone"
            && e.GetProperty("field").GetString() == "number" && e.GetProperty("oldValue").GetString() == "15/ສສ" && e.GetProperty("address").GetString() == "127.0.0.1");
        Assert.Contains(audit!, e => e.GetProperty("action").GetString() == "login" && e.GetProperty("user").GetString() == "noy");
        Assert.Contains(audit!, e => e.GetProperty("action").GetString() == "user-added");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var (http, _) = Client();
        for (int i = 0; i < 4; i++) Assert.Equal("/login?failed=1", (await LogIn(http, "bounmy", "guess-" + i)).Headers.Location?.ToString());
        Assert.Equal("/login?locked=1", (await LogIn(http, "bounmy", "guess-4")).Headers.Location?.ToString());
        Assert.Equal("/login?locked=1", (await LogIn(http, "bounmy", "ລະຫັດ-password-1")).Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/status")).StatusCode);
        Assert.Contains("locked", await Users("list"));
        Assert.Contains("unlocked bounmy", await Users("unlock", "bounmy"));
        Assert.Equal("/", (await LogIn(http, "bounmy", "ລະຫັດ-password-1")).Headers.Location?.ToString());
        var audit = await http.GetFromJsonAsync<JsonElement[]>("/api/audit");
        Assert.Equal(4, audit!.Count(e => e.GetProperty("action").GetString() == "login-failed" && e.GetProperty("user").GetString() == "bounmy"));
        Assert.Contains(audit!, e => e.GetProperty("action").GetString() == "login-locked");
    }

    [Fact]
    public async Task A_clerks_api_token_corrects_from_a_script_and_a_removed_account_is_out_at_once()
    {
        string token = (await Users("token", "somphone")).Trim();
        Assert.StartsWith("dp_", token);
        using var script = new HttpClient { BaseAddress = _serve.Address };
        script.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var response = await Put(script, 1, new { title = "ແຈ້ງການ ງົບປະມານ 2022" }, antiforgery: false);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var wrong = new HttpClient { BaseAddress = _serve.Address };
        wrong.DefaultRequestHeaders.Authorization = new("Bearer", "dp_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/status")).StatusCode);

        var (person, _) = Client();
        await LogIn(person, "somphone", "ລະຫັດ-password-1");
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/api/review")).StatusCode);
        Assert.Contains("is now reader", await Users("role", "somphone", "--role", "reader"));
        Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync("/api/review")).StatusCode); // the role as it is now
        Assert.Contains("removed somphone", await Users("remove", "somphone"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await person.GetAsync("/api/status")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/status")).StatusCode);
    }

    /// <summary>A fresh Chromium tab on this test's server, logged in through the login form.</summary>
    private async Task<IPage> LogInInBrowser(string name)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _serve.Address.ToString(), Locale = "lo-LA" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/document.html?id=1");
        Assert.EndsWith("/login.html", page.Url);
        await Assertions.Expect(page.Locator("#antiforgery")).Not.ToHaveValueAsync("");
        await page.FillAsync("#name", name);
        await page.FillAsync("#password", "ລະຫັດ-password-1");
        await page.ClickAsync("form#login button[type=submit]");
        await Assertions.Expect(page.Locator("#user")).ToContainTextAsync(name);
        return page;
    }

    [Fact]
    public async Task In_chromium_a_clerk_logs_in_and_corrects_and_a_reader_is_offered_neither_correction_nor_upload()
    {
        var clerk = await LogInInBrowser("somphone");
        await clerk.GotoAsync("/document.html?id=1");
        await clerk.ClickAsync("#edit");
        await clerk.FillAsync("#correct-number", "16/ສສ");
        await clerk.FillAsync("#correct-date", "2022-06-04");
        await clerk.ClickAsync("#save");
        await Assertions.Expect(clerk.Locator("#message")).ToContainTextAsync("Correction saved");
        await Assertions.Expect(clerk.Locator("#citation")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("ເລກທີ 16/ສສ, ລົງວັນທີ 04 ມິຖຸນາ 2022$"));
        await Assertions.Expect(clerk.Locator("#history")).ToContainTextAsync("somphone");
        await clerk.GotoAsync("/?q=" + Uri.EscapeDataString("16/ສສ"));
        await Assertions.Expect(clerk.Locator("article.hit .title").First).ToHaveTextAsync("ແຈ້ງການ 16/ສສ");
        Assert.Equal(0, await clerk.Locator("nav a[href='/audit.html']").CountAsync());

        var reader = await LogInInBrowser("noy");
        await reader.GotoAsync("/document.html?id=1");
        await Assertions.Expect(reader.Locator("#identity")).ToContainTextAsync("16/ສສ");
        await Assertions.Expect(reader.Locator("#edit")).ToBeHiddenAsync();
        Assert.Equal(0, await reader.Locator("nav a[href='/upload.html']").CountAsync());

        var admin = await LogInInBrowser("bounmy");
        await admin.GotoAsync("/audit.html");
        var entry = admin.Locator("#entries tr", new() { HasText = "somphone" }).Filter(new() { HasText = "number" });
        await Assertions.Expect(entry).ToContainTextAsync("15/ສສ → 16/ສສ");
        await site.ScreenshotAsync(admin, "audit.png");

        await admin.GotoAsync("/users.html");
        await admin.FillAsync("#new-name", "khamla");
        await admin.SelectOptionAsync("#new-role", "clerk");
        await admin.FillAsync("#new-password", "ລະຫັດ-password-2");
        await admin.ClickAsync("form#add button[type=submit]");
        await Assertions.Expect(admin.Locator("tr.account[data-name=khamla] select")).ToHaveValueAsync("clerk");
        await admin.Locator("tr.account[data-name=noy] select").SelectOptionAsync("clerk");
        await Assertions.Expect(admin.Locator("#message")).ToContainTextAsync("Saved");
        Assert.Contains("noy\tclerk", await Users("list"));
        Assert.Contains("khamla\tclerk", await Users("list"));
    }

    public async Task DisposeAsync()
    {
        if (_serve is not null) await _serve.DisposeAsync();
        _data.Dispose();
    }
}
