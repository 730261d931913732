using System.Net;
using System.Text.Json;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Trade;
using Neraca.Tests.Web;

namespace Neraca.Tests.Commodities;

/// <summary>`GET /api/commodities/...` through the real pipeline.</summary>
public class CommodityApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportWatch_Json_RowWithEvidence(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        await TradeTestData.LoadAsync(factory.Database, TradeTestData.Lines(
            TradeTestData.Fact('M', 2024, 1, "151110", "CHINA", "PANJANG", 500m, 18),
            TradeTestData.Fact('X', 2024, 1, "151110", "INDIA", "PANJANG", 200m, 18)));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/commodities/import-watch?province=18&period=2024-01", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var row = json.RootElement.GetProperty("rows")[0];
        Assert.Equal("151110", row.GetProperty("hs").GetString());
        Assert.Equal(500m, row.GetProperty("import_usd").GetDecimal());
        Assert.Equal("IN", row.GetProperty("evidence")[0].GetProperty("partner").GetString());
    }

    [Fact]
    public async Task Sector_Csv_DownloadWithHeader()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/commodities/sector?province=18&period=2024&format=csv&lang=en", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("category,label,value_usd,share_pct,mom_pct,yoy_pct,cum_usd,cum_yoy_pct\noil_gas,Oil and gas,", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sector_Xlsx_SheetWithHeaderAndNumericCells()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/commodities/sector?province=18&period=2024&format=xlsx&lang=en", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("value_usd", xml, StringComparison.Ordinal);
        Assert.Contains("Oil and gas", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/commodities/rca?period=2024", "province")]
    [InlineData("/api/commodities/sector?province=18&period=2024-13", "period")]
    [InlineData("/api/commodities/import-watch?province=18&period=2024&sort=size", "sort")]
    public async Task BadParameter_400ProblemNamingIt(string url, string parameter)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), body);
    }
}
