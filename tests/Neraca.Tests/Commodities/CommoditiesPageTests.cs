using System.Net;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Trade;
using Neraca.Tests.Web;

namespace Neraca.Tests.Commodities;

/// <summary>`/commodities` rendered by the real app in both languages (server-side; the chart is drawn by commodities.js).</summary>
public class CommoditiesPageTests
{
    [Theory]
    [InlineData(false, "Pantauan persaingan impor", "Nonmigas", "Bahan baku/penolong", "500,00")]
    [InlineData(true, "Import-competition watch", "Non-oil and gas", "Raw and auxiliary materials", "500.00")]
    public async Task Get_LoadedData_TablesChartAndWatchInLanguage(bool english, string watchTitle, string sectorLabel, string endUse, string amount)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        await TradeTestData.LoadAsync(factory.Database, TradeTestData.Lines(
            TradeTestData.Fact('M', 2024, 1, "151110", "CHINA", "PANJANG", 500m, 18),
            TradeTestData.Fact('X', 2024, 1, "151110", "INDIA", "PANJANG", 200m, 18)));
        using var client = factory.CreateClient();
        if (english)
        {
            client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);
        }

        using var response = await client.GetAsync(new Uri("/commodities?province=18&period=2024-01", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(watchTitle, html, StringComparison.Ordinal);
        Assert.Contains(sectorLabel, html, StringComparison.Ordinal);
        Assert.Contains(endUse, html, StringComparison.Ordinal);
        Assert.Contains(amount, html, StringComparison.Ordinal);
        Assert.Contains("id=\"raw-processed-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("/js/commodities.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("[commodities.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_BadPeriod_ErrorNoticeNotException()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/commodities?province=18&period=2024-13", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("YYYY-MM", html.Replace("TTTT-BB", "YYYY-MM", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
