using System.Globalization;
using Microsoft.Playwright;
using Neraca.Tests.Trade;
using Neraca.Tests.Web;
using Neraca.Tests.Web.Browser;

namespace Neraca.Tests.Commodities;

/// <summary>`/commodities` in a real browser: both languages, desktop and phone, the ECharts chart drawn at real size, no CSP errors.</summary>
public class CommoditiesBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string> Cases => new()
    {
        { "id", "desktop" },
        { "en", "desktop" },
        { "en", "phone" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CommoditiesPage_ChartAndImportWatch_RealSizeInLanguage(string language, string size)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        await TradeTestData.LoadAsync(factory.Database, TradeTestData.Lines(
            TradeTestData.Fact('M', 2024, 1, "151110", "CHINA", "PANJANG", 500m, 18),
            TradeTestData.Fact('X', 2024, 1, "151110", "INDIA", "PANJANG", 200m, 18),
            TradeTestData.Fact('X', 2023, 12, "090111", "JAPAN", "PANJANG", 300m, 18)));
        var address = factory.StartKestrel();
        var viewport = size == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop;
        var (context, page, consoleErrors) = await browser.OpenAsync(address, viewport);
        await using var _ = context;

        await page.GotoAsync("/commodities?province=18&period=2024-01");
        if (language == "en")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        }

        await Assertions.Expect(page.Locator("#import-watch")).ToHaveTextAsync(language == "en" ? "Import-competition watch" : "Pantauan persaingan impor");
        await Assertions.Expect(page.Locator("#raw-processed-chart canvas")).ToHaveCountAsync(1);
        var box = await page.Locator("#raw-processed-chart canvas").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 300 && box.Height >= 300, string.Create(CultureInfo.InvariantCulture, $"chart of real size ({box.Width}x{box.Height})"));
        Assert.True(box.Width <= viewport.Width, "chart fits the screen");
        await Assertions.Expect(page.Locator("section[aria-labelledby=import-watch] tbody tr")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"commodities-{language}-{size}.png"),
            FullPage = true,
        });
        Assert.Empty(consoleErrors);
    }
}
