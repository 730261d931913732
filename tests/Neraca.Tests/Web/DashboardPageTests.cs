using System.Net;
using System.Text;
using Neraca.Imports;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Web;

/// <summary>The dashboard at `/` through the real pipeline: no-data state, demo figures in both languages, htmx partial, filters.</summary>
public class DashboardPageTests
{
    [Fact]
    public async Task Dashboard_EmptyDatabase_ShowsNoDataWithImportLink()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("id=\"no-data\"", html, StringComparison.Ordinal);
        Assert.Contains("Belum ada data perdagangan", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/import\">Impor data</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"demo-banner\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-chart=\"trade\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_DemoData_ShowsBannerLatestMonthAndIndonesianNumbers(Engine engine)
    {
        await using var factory = await TradeApiTests.DemoAsync(engine);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("id=\"demo-banner\"", html, StringComparison.Ordinal);
        Assert.Contains("Januari 2020", html, StringComparison.Ordinal);
        Assert.Contains("US$ 206.310.000,00", html, StringComparison.Ordinal);
        Assert.Contains("US$ 144.780.000,00", html, StringComparison.Ordinal);
        Assert.Contains("US$ 61.530.000,00", html, StringComparison.Ordinal);
        Assert.Contains("-27,03 %", html, StringComparison.Ordinal);
        Assert.Contains("-22,27 %", html, StringComparison.Ordinal);
        Assert.Contains("data-from=\"2018-02\" data-to=\"2020-01\" data-province=\"18\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"top-hs2\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"top-country\"", html, StringComparison.Ordinal);
        Assert.Contains("Kopi, teh, dan rempah-rempah", html, StringComparison.Ordinal);
        Assert.Contains("Amerika Serikat", html, StringComparison.Ordinal);
        Assert.Contains("/dashboard/download?table=top-hs2&amp;format=xlsx&amp;province=18&amp;period=2020-01&amp;flow=export&amp;lang=id", html, StringComparison.Ordinal);
        Assert.Contains("jumlah data rinci", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_English_EnglishNumbersAndLabels()
    {
        await using var factory = await TradeApiTests.DemoAsync(Engine.Sqlite);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/?flow=import&period=2019-12"));

        Assert.Contains("December 2019", html, StringComparison.Ordinal);
        Assert.Contains("US$ 208,530,000.00", html, StringComparison.Ordinal);
        Assert.Contains("Top 10 commodity groups · Imports", html, StringComparison.Ordinal);
        Assert.Contains("Sugars and sugar confectionery", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Demo data.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_HtmxRequest_ReturnsTheBodyPartialOnly()
    {
        await using var factory = await TradeApiTests.DemoAsync(Engine.Sqlite);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?province=18&period=2019-06&flow=import");
        request.Headers.Add("HX-Request", "true");

        using var response = await client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.DoesNotContain("site-header", html, StringComparison.Ordinal);
        Assert.Contains("Juni 2019", html, StringComparison.Ordinal);
        Assert.Contains("US$ 158.400.000,00", html, StringComparison.Ordinal);
        Assert.Contains("10 golongan barang utama · Impor", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ProvinceWithoutData_SaysSoAndOffersImport()
    {
        await using var factory = await TradeApiTests.DemoAsync(Engine.Sqlite);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/?province=31");

        Assert.Contains("Belum ada data untuk provinsi ini", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"31\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Indonesia_SumsTheProvincesDetail()
    {
        await using var factory = await TradeApiTests.DemoAsync(Engine.Sqlite);
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/?province=0"));

        Assert.Contains("Neraca perdagangan · Indonesia", html, StringComparison.Ordinal);
        Assert.Contains("US$ 206.310.000,00", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_ImportsOnlyLoadedLater_OpensOnLatestMonthWithBothFlowsNoDemoBanner(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        await using (var db = factory.Database.NewContext())
        {
            // Both flows for 2024-11, then a later file of imports only (December): the page must not open on a month
            // whose exports are simply not loaded.
            var csv = "period,flow,province,value_usd\n2024-11,export,18,400000000\n2024-11,import,18,300000000\n";
            Assert.Equal(ImportOutcome.Imported, (await new TradeImporter(db).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "both.csv", new ImportOptions())).Outcome);
            csv = "period,flow,province,value_usd\n2024-12,import,18,250000000\n";
            Assert.Equal(ImportOutcome.Imported, (await new TradeImporter(db).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "imports.csv", new ImportOptions())).Outcome);
        }

        using var client = factory.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        var december = WebUtility.HtmlDecode(await client.GetStringAsync("/?period=2024-12"));

        Assert.Contains("<option value=\"2024-11\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("US$ 400.000.000,00", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"demo-banner\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"missing-flow\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"missing-flow\"", december, StringComparison.Ordinal);
        Assert.Contains("Ekspor belum dimuat untuk Desember 2024", december, StringComparison.Ordinal);
    }
}
