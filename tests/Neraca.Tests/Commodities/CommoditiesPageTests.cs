using System.Net;
using Neraca.Accounts;
using Neraca.Registry;
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

    /// <summary>The import watch on the page: local businesses counted for everyone, named for staff of the province only.</summary>
    [Fact]
    public async Task Get_ImportWatchLocalBusinesses_NamedForProvinceStaffOnly()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        await TradeTestData.LoadAsync(factory.Database, TradeTestData.Lines(TradeTestData.Fact('M', 2024, 1, "151110", "CHINA", "PANJANG", 500m, 18)));
        await using (var db = factory.Database.NewContext())
        {
            db.Businesses.Add(new Business
            {
                Name = "Minyak Makan Lestari",
                Nib = "9120000000009",
                ProvinceCode = 18,
                RegencyCode = 1801,
                Verification = Verification.Pending,
                OwnerName = "Ibu Pemilik",
                CreatedAtUtc = DateTime.UtcNow,
                Products = [new Product { NameId = "Minyak sawit", HsCode = "1511" }],
            });
            await db.SaveChangesAsync();
        }

        using var anonymous = factory.CreateClient();
        var (officer, _) = await factory.SignInAsync(Roles.Officer, 18);
        const string url = "/commodities?province=18&period=2024-01";

        var open = await anonymous.GetStringAsync(new Uri(url, UriKind.Relative));
        var staff = await officer.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Contains("1 usaha, 1 produk", open, StringComparison.Ordinal);
        Assert.DoesNotContain("Minyak Makan Lestari", open, StringComparison.Ordinal);
        Assert.Contains("Minyak Makan Lestari: Minyak sawit (1511)", staff, StringComparison.Ordinal);
        Assert.DoesNotContain("Ibu Pemilik", staff, StringComparison.Ordinal);
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

    /// <summary>Without a period the page opens on the latest loaded data (here a single month), not on last calendar year.</summary>
    [Fact]
    public async Task Get_NoPeriod_OpensOnLatestLoadedPeriod()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        await TradeTestData.LoadAsync(factory.Database, TradeTestData.Lines(
            TradeTestData.Fact('X', 2019, 12, "151110", "INDIA", "PANJANG", 700m, 18),
            TradeTestData.Fact('X', 2020, 1, "151110", "INDIA", "PANJANG", 200m, 18)));
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/commodities?province=18", UriKind.Relative));

        Assert.Contains("value=\"2020-01\"", html, StringComparison.Ordinal);
        Assert.Contains("200,00", html, StringComparison.Ordinal);
    }
}
