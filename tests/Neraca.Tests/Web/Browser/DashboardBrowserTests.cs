using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Neraca.Common;

namespace Neraca.Tests.Web.Browser;

/// <summary>The dashboard in Debian Chromium with the demo dataset: figures equal the API's, the chart has a real size, CSV download, screenshots.</summary>
public class DashboardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
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
    public async Task Dashboard_DemoData_FiguresEqualApiChartSizedAndCsvDownloads(string language, string size)
    {
        await using var factory = await TradeApiTests.DemoAsync(Infrastructure.Engine.Sqlite);
        var address = factory.StartKestrel();
        var viewport = size == "phone" ? BrowserFixture.Phone : size == "desktop" ? ("desktop", 1280, 800) : BrowserFixture.Desktop;
        var (context, page, consoleErrors) = await browser.OpenAsync(address, viewport);
        await using var _ = context;
        using var http = new HttpClient { BaseAddress = address };
        var culture = language == "en" ? Formatting.English : Formatting.Indonesian;

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Neraca perdagangan");
        if (language == "en")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Trade balance");
        }

        await Assertions.Expect(page.Locator("#demo-banner")).ToBeVisibleAsync();
        var balance = await http.GetFromJsonAsync<JsonElement>("/api/trade/balance?from=2020-01&to=2020-01&province=18");
        var row = balance[0];
        foreach (var (figure, field) in new[] { ("exports", "exports_usd"), ("imports", "imports_usd"), ("balance", "balance_usd"), ("exports-cum", "exports_cum_usd") })
        {
            var expected = "US$ " + Formatting.Usd(row.GetProperty(field).GetDecimal(), culture);
            await Assertions.Expect(page.Locator($"[data-figure='{figure}']")).ToHaveTextAsync(expected);
        }

        await Assertions.Expect(page.Locator("[data-figure='exports-mom']")).ToContainTextAsync(Formatting.Percent(row.GetProperty("exports_mom_pct").GetDecimal(), culture));
        await Assertions.Expect(page.Locator("[data-figure='exports-yoy']")).ToContainTextAsync(Formatting.Percent(row.GetProperty("exports_yoy_pct").GetDecimal(), culture));

        var top = await http.GetFromJsonAsync<JsonElement>($"/api/trade/top?by=hs2&flow=export&period=2020-01&province=18&n=10&lang={language}");
        var first = top.GetProperty("rows")[0];
        var firstRow = page.Locator("#top-hs2 tbody tr").First;
        await Assertions.Expect(firstRow).ToContainTextAsync(first.GetProperty("label").GetString()!);
        await Assertions.Expect(firstRow).ToContainTextAsync(Formatting.Usd(first.GetProperty("value_usd").GetDecimal(), culture));
        await Assertions.Expect(page.Locator("#top-hs2 [data-share='top']")).ToHaveTextAsync(Formatting.Percent(top.GetProperty("top_share_pct").GetDecimal(), culture));

        var chart = page.Locator("[data-chart='trade'].chart--ready svg").First;
        await Assertions.Expect(chart).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var box = await chart.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 100 && box.Height > 100, string.Create(CultureInfo.InvariantCulture, $"chart is {box.Width}×{box.Height}"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#top-hs2 a[data-format='csv']").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"dashboard-{Guid.NewGuid():N}.csv");
        await download.SaveAsAsync(file);
        try
        {
            Assert.Equal("neraca-top-hs2-18-2020-01-export.csv", download.SuggestedFilename);
            var lines = (await File.ReadAllLinesAsync(file)).ToList();
            var english = language == "en";
            Assert.Equal(english
                ? "Rank,Code,Description,Value (US$),Share (%),Change m-o-m (%),Change y-o-y (%),Unspecified"
                : "Peringkat;Kode;Uraian;Nilai (US$);Pangsa (%);Perubahan m-t-m (%);Perubahan y-o-y (%);Tidak dirinci", lines[0]);
            Assert.Equal(top.GetProperty("rows").GetArrayLength() + 1, lines.Count);
            var fields = TradeApiTests.CsvFields(lines[1], english ? ',' : ';');
            Assert.Equal(first.GetProperty("key").GetString(), fields[1]);
            Assert.Equal(first.GetProperty("label").GetString(), fields[2]);
            Assert.Equal(english ? first.GetProperty("value_usd").GetRawText() : first.GetProperty("value_usd").GetRawText().Replace('.', ','), fields[3]);
        }
        finally
        {
            File.Delete(file);
        }

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= viewport.Item2, string.Create(CultureInfo.InvariantCulture, $"no horizontal page scroll ({scrollWidth} <= {viewport.Item2})"));
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"dashboard-{language}-{size}.png"),
            FullPage = true,
        });
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    [Fact]
    public async Task Dashboard_FilterChange_SwapsBodyWithHtmxAndRedrawsChart()
    {
        await using var factory = await TradeApiTests.DemoAsync(Infrastructure.Engine.Sqlite);
        var address = factory.StartKestrel();
        var (context, page, consoleErrors) = await browser.OpenAsync(address, ("desktop", 1280, 800));
        await using var _ = context;

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("[data-chart='trade'].chart--ready svg").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.EvaluateAsync("() => { window.neracaMarker = 1; }");

        await page.Locator("#filter-flow").SelectOptionAsync("import");
        await Assertions.Expect(page.Locator("#top-hs2 h2")).ToContainTextAsync("Impor");
        await page.Locator("#filter-period").SelectOptionAsync("2019-06");
        await Assertions.Expect(page.Locator(".page-head .lead")).ToContainTextAsync("Juni 2019");
        await Assertions.Expect(page.Locator("[data-chart='trade'].chart--ready svg").First).ToBeVisibleAsync(new() { Timeout = 15_000 });

        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.neracaMarker"));
        Assert.Contains("period=2019-06", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#top-hs2 a[data-format='xlsx']")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("period=2019-06&flow=import"));
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }
}
