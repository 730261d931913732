using System.Net;
using System.Text.Json;
using Neraca.Accounts;
using Neraca.Registry;
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

    /// <summary>
    /// Registered products of the province (not rejected, not another province) are evidence in the import watch; the
    /// counts are public, business and product names only for office staff of the province.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportWatch_LocalBusinesses_CountsPublicNamesForProvinceStaffOnly(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        await TradeTestData.LoadAsync(factory.Database, TradeTestData.Lines(
            TradeTestData.Fact('M', 2024, 1, "090111", "BRAZIL", "PANJANG", 700m, 18),
            TradeTestData.Fact('X', 2024, 1, "151110", "INDIA", "PANJANG", 200m, 18)));
        await using (var db = factory.Database.NewContext())
        {
            db.Businesses.AddRange(
                Business("Kopi Tani Makmur", "9120000000001", 18, Verification.Verified, "0901"),
                Business("Kopi Ditolak", "9120000000002", 18, Verification.Rejected, "090111"),
                Business("Kopi Jakarta", "9120000000003", 31, Verification.Verified, "090111"));
            await db.SaveChangesAsync();
        }

        const string url = "/api/commodities/import-watch?province=18&period=2024-01";
        using var anonymous = factory.CreateClient();
        var (officer, _) = await factory.SignInAsync(Roles.Officer, 18);
        var (otherOfficer, _) = await factory.SignInAsync(Roles.Officer, 31);
        var (business, _) = await factory.SignInAsync(Roles.Business);

        var open = await RowAsync(anonymous, url);
        Assert.Equal(("090111", 1, 1, 0, false), open);
        Assert.Equal(("090111", 1, 1, 1, true), await RowAsync(officer, url));
        Assert.Equal(open, await RowAsync(otherOfficer, url));
        Assert.Equal(open, await RowAsync(business, url));
        var csv = await officer.GetStringAsync(new Uri(url + "&format=csv", UriKind.Relative));
        Assert.Contains("Kopi Tani Makmur: Kopi (0901)", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Kopi Tani Makmur", await anonymous.GetStringAsync(new Uri(url + "&format=csv", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static Business Business(string name, string nib, short province, Verification verification, string hs) => new()
    {
        Name = name,
        Nib = nib,
        ProvinceCode = province,
        RegencyCode = (short)(province * 100 + 1),
        Verification = verification,
        OwnerName = "Pemilik Rahasia",
        Phone = "0812",
        CreatedAtUtc = DateTime.UtcNow,
        Products = [new Product { NameId = "Kopi", NameEn = "Coffee", HsCode = hs }],
    };

    private static async Task<(string Hs, int Businesses, int Products, int Names, bool Shown)> RowAsync(HttpClient client, string url)
    {
        var body = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.DoesNotContain("Pemilik Rahasia", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        return (row.GetProperty("hs").GetString()!, row.GetProperty("local_businesses").GetInt32(), row.GetProperty("local_products").GetInt32(),
            row.GetProperty("local_evidence").GetArrayLength(), json.RootElement.GetProperty("local_names_shown").GetBoolean());
    }

    [Fact]
    public async Task Sector_Csv_DownloadWithHeader()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/commodities/sector?province=18&period=2024&format=csv&lang=en", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var body = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("\uFEFFCategory code,Description,Value (US$),Share (%),Change m-o-m (%),Change y-o-y (%),Year to date (US$),Year to date y-o-y (%)\noil_gas,Oil and gas,", body, StringComparison.Ordinal);
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
        Assert.Contains("Value (US$)", xml, StringComparison.Ordinal);
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
