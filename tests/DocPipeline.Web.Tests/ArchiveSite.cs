using DocPipeline.Cli;
using DocPipeline.Testing;
using Microsoft.Playwright;

namespace DocPipeline.Web.Tests;

/// <summary>
/// One archive served for all browser tests: the A5 PDF from the corpus (OCR'd, 219/ກງ) and
/// two small text exports that cite it and are cited by it, one of them full of markup to
/// prove that document text is never rendered as HTML. Chromium is Debian's, headless.
/// </summary>
public sealed class ArchiveSite : IAsyncLifetime
{
    public const string DecreeText = """
        ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ
        ນາຍົກລັດຖະມົນຕີ
        ເລກທີ 303/ນຍ
        ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 26 ກັນຍາ 2011
        ດຳລັດ
        ວ່າດ້ວຍ ການຄຸ້ມຄອງເອກະສານ <script>window.injected = 1</script> <img src=x onerror="window.injected = 2"> & "ງົບປະມານ"
        """;

    public const string NoticeText = """
        ກະຊວງສຶກສາທິການ ແລະ ກິລາ
        ເລກທີ 15/ສສ
        ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 3 ມິຖຸນາ 2022
        ແຈ້ງການ
        ວ່າດ້ວຍ ການປະຕິບັດງົບປະມານ
        - ອີງຕາມ ຂໍ້ຕົກລົງ ຂອງ ກະຊວງການເງິນ ເລກທີ 219/ກງ, ລົງວັນທີ 10 ພຶດສະພາ 2022
        """;

    /// <summary>Debian's Chromium: Playwright's own browser downloads cannot work here.</summary>
    private const string Chromium = "/usr/bin/chromium";

    private readonly ScratchFolder _scratch = new();
    private IPlaywright? _playwright;

    public string Data => Path.Combine(_scratch.Path, "data");
    public ServeProcess Serve { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: ./docpipeline test installs it, or run: sudo apt-get install chromium fonts-lao fonts-noto-core");
        Directory.CreateDirectory(Screenshots);
        File.WriteAllText(_scratch.File("ດຳລັດ 303.txt"), DecreeText);
        File.WriteAllText(_scratch.File("notice.txt"), NoticeText);
        File.WriteAllText(_scratch.File("regulation.txt"), SampleDirectives.CompanyRegulation);
        var output = new StringWriter();
        int exit = await CommandLine.RunAsync(
            ["ingest", Repo.Corpus("multipage", "d04-phetsarath-a5.pdf"), _scratch.File("ດຳລັດ 303.txt"), _scratch.File("notice.txt"), _scratch.File("regulation.txt"), "--data", Data],
            output, output);
        if (exit != 0) throw new InvalidOperationException("ingest failed:\n" + output);

        // A review confidence above what the clean A5 scan scores, so that it stands for a degraded scan on the Review page.
        Serve = await ServeProcess.StartAsync(Data, new Dictionary<string, string> { ["DocPipeline__ReviewConfidence"] = "99" });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser tab on the site, allowed to use the clipboard, failing fast.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Serve.Address.ToString(),
            Permissions = ["clipboard-read", "clipboard-write"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "lo-LA",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Serve is not null) await Serve.DisposeAsync();
        _scratch.Dispose();
    }
}
