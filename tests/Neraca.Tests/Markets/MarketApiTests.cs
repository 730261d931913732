using System.Net;
using System.Text.Json;
using Neraca.Accounts;
using Neraca.Reference;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Trade;
using Neraca.Tests.Web;

namespace Neraca.Tests.Markets;

/// <summary>`GET /api/markets` and `/markets` through the real pipeline, on both engines.</summary>
public class MarketApiTests
{
    private static async Task<NeracaWebFactory> CoffeeAsync(Engine engine)
    {
        var factory = await NeracaWebFactory.CreateAsync(engine);
        await using (var db = factory.Database.NewContext())
        {
            // World value of 090111 and its top-6 importers in 2024 (US$ million), rows of the shared BACI files.
            var loader = new ReferenceLoader(db);
            Assert.True((await loader.LoadAsync("hs6,world_value_usd_million\n090111,33675\n"u8.ToArray(), "world.csv", "test", year: 2024)).Loaded);
            Assert.True((await loader.LoadAsync("hs6,rank,importer_iso3,value_usd_million\n090111,1,USA,6165\n090111,2,DEU,4351\n090111,5,JPN,1605\n"u8.ToArray(), "importers.csv", "test", year: 2024)).Loaded);
        }

        await TradeTestData.LoadAsync(factory.Database, TradeTestData.Lines(
            TradeTestData.Fact('X', 2024, 0, "09011190", "UNITED STATES", "PANJANG", 300m, 18),
            TradeTestData.Fact('X', 2024, 0, "09011190", "JAPAN", "PANJANG", 100m, 18)));
        return factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Get_Staff_ArrayLikeTheCli(Engine engine)
    {
        await using var factory = await CoffeeAsync(engine);
        var (client, _) = await factory.SignInAsync(Roles.Analyst);

        using var response = await client.GetAsync(new Uri("/api/markets?hs=090111&province=18&year=2024&date=2024-12-31&lang=en", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var markets = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
        Assert.Equal(["US", "JP", "DE"], markets.Select(m => m.GetProperty("country").GetString()));
        // US: demand 35 (largest) + Indonesia 15 + Lampung 10 = 60; 6,165 of 33,675 = 18.31 %.
        Assert.Equal((60m, 18.31m), (markets[0].GetProperty("score").GetDecimal(), markets[0].GetProperty("demand_share_pct").GetDecimal()));
        Assert.Equal(6, markets[0].GetProperty("parts").GetArrayLength());
    }

    [Fact]
    public async Task Get_Full_SupplyWeightsAndNotes()
    {
        await using var factory = await CoffeeAsync(Engine.Sqlite);
        var (client, _) = await factory.SignInAsync(Roles.Officer, 18);

        using var response = await client.GetAsync(new Uri("/api/markets?hs=090111&province=18&year=2024&full=true&lang=en", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(400m, json.RootElement.GetProperty("supply").GetProperty("province_exports_usd").GetDecimal());
        Assert.Equal(100m, json.RootElement.GetProperty("weights").EnumerateObject().Sum(w => w.Value.GetDecimal()));
        Assert.Equal("090111", json.RootElement.GetProperty("world_hs").GetString());
    }

    [Theory]
    [InlineData("hs=09x&province=18&year=2024", "hs")]
    [InlineData("hs=090111&year=2024", "province")]
    [InlineData("hs=090111&province=18&year=20x4", "year")]
    [InlineData("hs=090111&province=18&year=2024&n=0", "n")]
    [InlineData("hs=090111&province=18&year=2024&date=31-12-2024", "date")]
    public async Task Get_BadParameter_400NamingIt(string query, string parameter)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, _) = await factory.SignInAsync(Roles.Analyst);

        using var response = await client.GetAsync(new Uri("/api/markets?" + query, UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Get_AnonymousOrBusiness_Refused()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var anonymous = factory.CreateClient();
        var (business, _) = await factory.SignInAsync(Roles.Business);

        using var a = await anonymous.GetAsync(new Uri("/api/markets?hs=090111&province=18&year=2024", UriKind.Relative));
        using var b = await business.GetAsync(new Uri("/api/markets?hs=090111&province=18&year=2024", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden), (a.StatusCode, b.StatusCode));
    }

    [Theory]
    [InlineData(false, "Amerika Serikat", "Rumus skor", "60,00")]
    [InlineData(true, "United States", "Score formula", "60.00")]
    public async Task Page_Officer_TablePartsChartInLanguage(bool english, string country, string formula, string score)
    {
        await using var factory = await CoffeeAsync(Engine.Sqlite);
        var (client, _) = await factory.SignInAsync(Roles.Officer, 18);
        if (english)
        {
            client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);
        }

        using var response = await client.GetAsync(new Uri("/markets?hs=090111&province=18&year=2024", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(country, html, StringComparison.Ordinal);
        Assert.Contains(formula, html, StringComparison.Ordinal);
        Assert.Contains(score, html, StringComparison.Ordinal);
        Assert.Contains("id=\"markets-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("/js/markets.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("[markets.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_BadHs_ErrorNotFiveHundred()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, _) = await factory.SignInAsync(Roles.Officer, 18);

        using var response = await client.GetAsync(new Uri("/markets?hs=abc&province=18&year=2024", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hs harus kode HS 4, 6 atau 8 digit", html, StringComparison.Ordinal);
    }
}
