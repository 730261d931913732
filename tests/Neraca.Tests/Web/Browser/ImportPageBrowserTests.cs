using System.Globalization;
using Microsoft.Playwright;

namespace Neraca.Tests.Web.Browser;

/// <summary>The import page in a real browser: both languages, desktop and phone width, upload through htmx.</summary>
public class ImportPageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string> Cases => new()
    {
        { "id", "desktop" },
        { "id", "phone" },
        { "en", "desktop" },
        { "en", "phone" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ImportPage_UploadShowsSummary(string language, string size)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var address = factory.StartKestrel();
        var viewport = size == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop;
        var (context, page, consoleErrors) = await browser.OpenAsync(address, viewport);
        await using var _ = context;
        await SignInAsync(factory, page);

        await page.GotoAsync("/import");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Impor data");
        if (language == "en")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Import data");
        }

        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.htmx === 'object'"), "htmx loaded");
        // A marker that survives only if htmx swaps the result in place (no full page load).
        await page.EvaluateAsync("() => { window.neracaMarker = 1; }");
        var file = Path.Combine(Path.GetTempPath(), $"lampung-{language}-{size}{TestFormats.Extension}");
        await File.WriteAllTextAsync(file, TestFormats.Valid());
        try
        {
            await page.Locator("#files").SetInputFilesAsync(file);
            await page.Locator("#province").SelectOptionAsync("18");
            await page.Locator("button[type=submit].button").ClickAsync();

            var summary = page.Locator("#import-result .summary");
            await Assertions.Expect(summary).ToBeVisibleAsync();
            var outcome = language == "en" ? "Imported" : "Berhasil diimpor";
            await Assertions.Expect(summary.Locator(".outcome strong")).ToHaveTextAsync(outcome);
            var total = language == "en" ? "1,234,567.50" : "1.234.567,50";
            await Assertions.Expect(summary.Locator("table.totals")).ToContainTextAsync(total);
            Assert.Equal(1, await page.EvaluateAsync<int>("() => window.neracaMarker"));

            var box = await summary.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width <= viewport.Width, string.Create(CultureInfo.InvariantCulture, $"summary fits the screen ({box.Width} <= {viewport.Width})"));
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= viewport.Width, string.Create(CultureInfo.InvariantCulture, $"no horizontal page scroll ({scrollWidth} <= {viewport.Width})"));

            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"import-{language}-{size}.png"),
                FullPage = true,
            });
            Assert.Empty(consoleErrors);
        }
        finally
        {
            File.Delete(file);
        }

        await using var db = factory.Database.NewContext();
        Assert.Equal(1, db.ImportBatches.Count());
    }

    [Fact]
    public async Task ImportPage_RejectedFileShowsErrors()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var address = factory.StartKestrel();
        var (context, page, consoleErrors) = await browser.OpenAsync(address, BrowserFixture.Desktop);
        await using var _ = context;
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}{TestFormats.Extension}");
        await File.WriteAllTextAsync(file, TestFormats.Invalid);
        try
        {
            await SignInAsync(factory, page);
            await page.GotoAsync("/import");
            await page.Locator("#files").SetInputFilesAsync(file);
            await page.Locator("button[type=submit].button").ClickAsync();

            var summary = page.Locator("#import-result .summary--rejected");
            await Assertions.Expect(summary.Locator(".outcome strong")).ToHaveTextAsync("Ditolak, tidak ada yang disimpan");
            await Assertions.Expect(summary.Locator(".issues--error li")).ToHaveCountAsync(2);
            await Assertions.Expect(summary.Locator(".issues--error")).ToContainTextAsync("baris 2, kolom value_usd: bukan angka");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "import-rejected-id-desktop.png"), FullPage = true });
            Assert.Empty(consoleErrors);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task LoginPage_SignsInAndOut_InTheBrowser()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var address = factory.StartKestrel();
        var (context, page, consoleErrors) = await browser.OpenAsync(address, BrowserFixture.Desktop);
        await using var _ = context;

        await page.GotoAsync("/import");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "login-id-desktop.png"), FullPage = true });
        await SignInAsync(factory, page);
        await page.GotoAsync("/import");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Impor data");

        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Assertions.Expect(page.Locator(".account-menu a[href='/account/login']")).ToBeVisibleAsync();
        await page.GotoAsync("/import");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        Assert.Empty(consoleErrors);
    }

    /// <summary>Signs a new analyst in through the login form.</summary>
    private static async Task SignInAsync(NeracaWebFactory factory, IPage page) =>
        await BrowserFixture.SignInAsync(page, (await factory.CreateUserAsync(Neraca.Accounts.Roles.Analyst)).Email!);

    [Fact]
    // Checks Scalar starts and reads the OpenAPI document under the CSP and renders every group's operations. Scalar
    // renders only the open group: the first tag of the document (fixed order, ApiDocsEndpoints.TagOrder) is open,
    // the others are opened here from the sidebar. Once `/api/catalog` put "Business registry" first by accident, the
    // Imports operations were simply never rendered: that was the "Scalar stops rendering" of ADR 0010.
    public async Task ApiDocs_LoadsScalarAndTheDocument_WithoutBlockedScripts()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var address = factory.StartKestrel();
        var (context, page, consoleErrors) = await browser.OpenAsync(address, BrowserFixture.Desktop);
        await using var _ = context;

        await page.GotoAsync("/api/docs");

        await Assertions.Expect(page.GetByText("Top N commodities, partners, ports or country groups").First).ToBeAttachedAsync(new() { Timeout = 15_000 });
        await page.Locator("button:has(.sr-only:text-is('Open Group - Imports'))").First.ClickAsync();
        await Assertions.Expect(page.GetByText("Import BPS trade files (multipart); each file is all-or-nothing").First).ToBeAttachedAsync();
        await page.Locator("button:has(.sr-only:text-is('Open Group - Business registry'))").First.ClickAsync();
        await Assertions.Expect(page.GetByText("Public catalog: consented, verified businesses with non-personal fields only").First).ToBeAttachedAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "api-docs.png") });
        // Scalar's stylesheet names its web fonts on its own site: the CSP blocks them (no request leaves), text
        // falls back to system fonts. Anything else blocked (a script, a style) would be a failure.
        Assert.DoesNotContain(consoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal) && !e.StartsWith("Loading the font", StringComparison.Ordinal));
    }
}
