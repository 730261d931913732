using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Neraca.Reference;
using Neraca.Registry;
using Neraca.Tests.Web;
using Neraca.Tests.Web.Browser;

namespace Neraca.Tests.Commodities;

/// <summary>
/// `/commodities` in a real browser: both languages, desktop and phone, both ECharts charts (raw vs processed, unit
/// values) drawn at real size, the RCA table with its world column, the import watch with local businesses counted but
/// not named for an anonymous visitor, no CSP errors.
/// </summary>
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
        await UnitValueTrendTests.CsvAsync(factory.Database,
            "2024-01,import,18,151110,CN,PANJANG,500,100",
            "2024-01,export,18,151110,IN,PANJANG,200,40",
            "2024-01,export,18,090111,JP,PANJANG,1000,250",
            "2024-01,export,18,090121,US,PANJANG,900,60",
            "2023-12,export,18,090111,JP,PANJANG,300,100",
            "2023-12,export,18,090121,US,PANJANG,800,50",
            "2023-11,export,18,090111,JP,PANJANG,350,100",
            "2023-11,export,18,090121,US,PANJANG,40,0");
        await using (var db = factory.Database.NewContext())
        {
            var world = await new ReferenceLoader(db).LoadAsync(Encoding.UTF8.GetBytes("year,hs,world_export_usd\n2024,0901,1000\n2024,1511,4000\n2024,TOTAL,100000\n"), "world.csv", "test");
            Assert.True(world.Loaded, string.Join("; ", world.Errors));
            db.Businesses.Add(new Business
            {
                Name = "Minyak Makan Lestari",
                Nib = "9120000000009",
                ProvinceCode = 18,
                RegencyCode = 1801,
                Verification = Verification.Verified,
                CreatedAtUtc = DateTime.UtcNow,
                Products = [new Product { NameId = "Minyak sawit", HsCode = "1511" }],
            });
            await db.SaveChangesAsync();
        }

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
        foreach (var chart in new[] { "#raw-processed-chart", "#unit-value-chart" })
        {
            await Assertions.Expect(page.Locator(chart + " svg")).ToHaveCountAsync(1);
            var box = await page.Locator(chart + " svg").BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width > 300 && box.Height >= 300, string.Create(CultureInfo.InvariantCulture, $"{chart} of real size ({box.Width}x{box.Height})"));
            Assert.True(box.Width <= viewport.Width, chart + " fits the screen");
        }

        // One chart formatter for every chart: values in the dashboard's unit and the page's language.
        await Assertions.Expect(page.Locator("#raw-processed-chart svg")).ToContainTextAsync(language == "en" ? "US$ million" : "juta US$");
        await Assertions.Expect(page.Locator("#raw-processed-chart svg")).ToContainTextAsync(language == "en" ? "0.00" : "0,00");
        await Assertions.Expect(page.Locator("#unit-value-trend")).ToHaveTextAsync(language == "en" ? "Export unit values (US$/kg)" : "Nilai satuan ekspor (US$/kg)");
        await page.Locator("details.chart-table summary").Last.ClickAsync();
        // roasted coffee in 2023-11 has zero weight: flagged, not divided
        await Assertions.Expect(page.Locator("#unit-value-table")).ToContainTextAsync(language == "en" ? "Zero weight" : "Berat nol");
        // RCA of chapter 15: vs Indonesia 1 (the only province). Vs the world over the same chapters (decision 0031): only
        // 09 and 15 are loaded, so X_w = world 09 (1000) + 15 (4000) = 5000, not the TOTAL 100000; X_p = 200 + 1000 + 900
        // = 2100 (all in 09 and 15): (200/2100)/(4000/5000) = 0.095238…/0.8 = 0.11905 → 0.1190
        var palm = page.Locator("#rca-table tbody tr", new() { HasText = "15" });
        await Assertions.Expect(palm.Locator("td").Nth(3)).ToHaveTextAsync(language == "en" ? "1.0000" : "1,0000");
        await Assertions.Expect(palm.Locator("td").Nth(4)).ToHaveTextAsync(language == "en" ? "0.1190" : "0,1190");
        await Assertions.Expect(page.Locator("#rca-world-basis")).ToContainTextAsync(language == "en" ? "same HS chapters on both sides (09, 15)" : "bab HS yang sama di kedua sisi (09, 15)");
        var watch = page.Locator("section[aria-labelledby=import-watch] tbody tr");
        await Assertions.Expect(watch).ToHaveCountAsync(1);
        await Assertions.Expect(watch.Locator("td.local-evidence")).ToHaveTextAsync(language == "en" ? "1 businesses, 1 products" : "1 usaha, 1 produk");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Minyak Makan Lestari");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"commodities-{language}-{size}.png"),
            FullPage = true,
        });
        Assert.Empty(consoleErrors);
    }
}
