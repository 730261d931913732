using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Neraca.Common;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;

namespace Neraca.Tests.Web;

/// <summary>`/api/trade/*` and `/dashboard/download` through the real pipeline on both engines, with the demo dataset loaded at start-up.</summary>
public class TradeApiTests
{
    internal static Task<NeracaWebFactory> DemoAsync(Engine engine) =>
        NeracaWebFactory.CreateAsync(engine, new Dictionary<string, string?> { ["Neraca:Demo"] = "true" });

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Balance_DemoData_ReturnsTheCliJsonOfTheEngine(Engine engine)
    {
        await using var factory = await DemoAsync(engine);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/trade/balance?from=2019-12&to=2020-01&province=18");
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var jan = json.RootElement[1];
        Assert.Equal("2020-01", jan.GetProperty("period").GetString());
        Assert.Equal("206310000", jan.GetProperty("exports_usd").GetRawText());
        Assert.Equal("144780000", jan.GetProperty("imports_usd").GetRawText());
        Assert.Equal("61530000", jan.GetProperty("balance_usd").GetRawText());
        Assert.Equal("-27.03", jan.GetProperty("exports_mom_pct").GetRawText());
        Assert.Equal("-22.27", jan.GetProperty("exports_yoy_pct").GetRawText());
        Assert.Equal("detail", jan.GetProperty("exports_source").GetString());
        await using var db = factory.Database.NewContext();
        var engineRows = await new TradeFigures(db).MonthlyBalanceAsync(18, new YearMonth(2019, 12), new YearMonth(2020, 1));
        AssertSameJson(JsonSerializer.Serialize(engineRows, TradeFormat.Json), body);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Balance_QuarterAndYear_Granularity(Engine engine)
    {
        await using var factory = await DemoAsync(engine);
        using var client = factory.CreateClient();

        using var quarters = JsonDocument.Parse(await client.GetStringAsync("/api/trade/balance?from=2019-01&to=2019-12&province=18&granularity=quarter"));
        using var years = JsonDocument.Parse(await client.GetStringAsync("/api/trade/balance?from=2019-01&to=2019-12&province=18&granularity=year"));

        Assert.Equal(["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4"], quarters.RootElement.EnumerateArray().Select(r => r.GetProperty("period").GetString()));
        var year = years.RootElement.EnumerateArray().Single();
        Assert.Equal("2019", year.GetProperty("period").GetString());
        var sum = quarters.RootElement.EnumerateArray().Sum(r => r.GetProperty("exports_usd").GetDecimal());
        Assert.Equal(sum, year.GetProperty("exports_usd").GetDecimal());
        Assert.Equal(JsonValueKind.Null, year.GetProperty("exports_mom_pct").ValueKind);
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "/api/trade/balance?from=2020-02&to=2020-01&province=18", "from" },
        { "/api/trade/balance?from=2020-01&to=2020-01&province=77", "province" },
        { "/api/trade/balance?from=2020-1&to=2020-01", "from" },
        { "/api/trade/balance?to=2020-01", "from" },
        { "/api/trade/balance?from=2020-01&to=2020-13", "to" },
        { "/api/trade/balance?from=2020-01&to=2020-01&granularity=week", "granularity" },
        { "/api/trade/balance?from=2020-01&to=2020-01&province=abc", "province" },
        { "/api/trade/top?by=hs3&flow=export&period=2020-01", "by" },
        { "/api/trade/top?by=hs2&flow=both&period=2020-01", "flow" },
        { "/api/trade/top?by=hs2&flow=export&period=20-01", "period" },
        { "/api/trade/top?by=hs2&flow=export", "period" },
        { "/api/trade/top?by=hs2&flow=export&period=2020-01&n=0", "n" },
        { "/api/trade/top?by=hs2&flow=export&period=2020-01&n=1001", "n" },
        { "/api/trade/top?by=hs2&flow=export&period=2020-01&lang=fr", "lang" },
        { "/api/trade/top?by=hs2&flow=export&period=2020-01&province=98", "province" },
        { "/dashboard/download?table=nope&format=csv", "table" },
        { "/dashboard/download?table=top-hs2&format=pdf", "format" },
        { "/dashboard/download?table=top-hs2&format=csv&period=2020", "period" },
        { "/dashboard/download?table=top-hs2&format=csv&province=77", "province" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Endpoints_BadParameter_Return400ProblemNamingIt(string url, string parameter)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), body);
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Endpoints_BadParameterOnPostgres_Return400Too()
    {
        await using var factory = await NeracaWebFactory.CreateAsync(Engine.Postgres);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/trade/balance?from=2020-02&to=2020-01&province=18");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Top_DemoData_ReturnsTheEngineResultWithSharesAddingUp(Engine engine)
    {
        await using var factory = await DemoAsync(engine);
        using var client = factory.CreateClient();

        var body = await client.GetStringAsync("/api/trade/top?by=country&flow=export&period=2020-01&province=18&n=5&lang=en");

        await using var db = factory.Database.NewContext();
        var expected = await new TradeFigures(db).TopAsync(TopBy.Country, Flow.Export, new TradePeriod(2020, 1), 18, 5, "en");
        AssertSameJson(JsonSerializer.Serialize(expected, TradeFormat.Json), body);
        using var json = JsonDocument.Parse(body);
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal(5, rows.GetArrayLength());
        Assert.Equal("United States", rows.EnumerateArray().Single(r => r.GetProperty("key").GetString() == "US").GetProperty("label").GetString());
        Assert.Equal("206310000", json.RootElement.GetProperty("total_usd").GetRawText());
        Assert.Equal(100m, json.RootElement.GetProperty("top_share_pct").GetDecimal() + json.RootElement.GetProperty("rest_share_pct").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Coverage_DemoData_ListsDetailMonthsAndDemoFlag(Engine engine)
    {
        await using var factory = await DemoAsync(engine);
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/trade/coverage"));

        Assert.True(json.RootElement.GetProperty("demo").GetBoolean());
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(25 * 2, entries.Count);
        Assert.All(entries, e => Assert.Equal("detail", e.GetProperty("source").GetString()));
        Assert.All(entries, e => Assert.Equal(18, e.GetProperty("province").GetInt32()));
        var jan = entries.Single(e => e.GetProperty("period").GetString() == "2020-01" && e.GetProperty("flow").GetString() == "export");
        Assert.Equal(206_310_000m, jan.GetProperty("value_usd").GetDecimal());
    }

    [Fact]
    public async Task Coverage_EmptyDatabase_NoEntriesNotDemo()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/trade/coverage"));

        Assert.False(json.RootElement.GetProperty("demo").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_ListsTheTradeEndpoints()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        var doc = await client.GetStringAsync("/api/openapi/v1.json");

        Assert.Contains("/api/trade/balance", doc, StringComparison.Ordinal);
        Assert.Contains("/api/trade/top", doc, StringComparison.Ordinal);
        Assert.Contains("/api/trade/coverage", doc, StringComparison.Ordinal);
        Assert.Contains("TradeBalance", doc, StringComparison.Ordinal);
    }

    /// <summary>Scalar opens only the first group: the order must not follow endpoint registration (see ApiDocsEndpoints.TagOrder).</summary>
    [Fact]
    public async Task OpenApi_TagsInFixedOrderAndCatalogDescribed()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/openapi/v1.json"));

        // The fixed order first; groups added later (Programs…) follow by name.
        var tags = doc.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Trade figures", "Commodities", "Imports", "Business registry"], tags.Take(4));
        Assert.Contains("Programs", tags);
        Assert.True(doc.RootElement.GetProperty("paths").TryGetProperty("/api/catalog", out _));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Download_TopHs2Csv_SameNumbersAsTheApi(Engine engine)
    {
        await using var factory = await DemoAsync(engine);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/dashboard/download?table=top-hs2&format=csv&province=18&period=2020-01&flow=export&lang=id");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var csv = System.Text.Encoding.UTF8.GetString(bytes);
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/trade/top?by=hs2&flow=export&period=2020-01&province=18&n=10&lang=id"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("neraca-top-hs2-18-2020-01-export.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = csv.TrimStart('\uFEFF').TrimEnd('\n').Split('\n');
        Assert.Equal("Peringkat;Kode;Uraian;Nilai (US$);Pangsa (%);Perubahan m-t-m (%);Perubahan y-o-y (%);Tidak dirinci", lines[0]);
        var rows = api.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(rows.Count, lines.Length - 1);
        for (var i = 0; i < rows.Count; i++)
        {
            // Indonesian dialect: `;` between fields, decimal comma (what Excel in an Indonesian locale expects).
            var fields = lines[i + 1].Split(';');
            Assert.Equal(rows[i].GetProperty("key").GetString(), fields[1]);
            Assert.Equal(rows[i].GetProperty("value_usd").GetRawText().Replace('.', ','), fields[3]);
            Assert.Equal(rows[i].GetProperty("share_pct").GetRawText().Replace('.', ','), fields[4]);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Download_TopCountryXlsx_SheetHoldsTheApiNumbers(Engine engine)
    {
        await using var factory = await DemoAsync(engine);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/dashboard/download?table=top-country&format=xlsx&province=18&period=2020-01&flow=import&lang=en");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/trade/top?by=country&flow=import&period=2020-01&province=18&n=10&lang=en"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var sheet = ReadSheet(bytes);
        Assert.Equal("Imports of LAMPUNG (18) by country", sheet[0][0]);
        Assert.Equal("Period: 2020-01", sheet[1][0]);
        var header = sheet.FindIndex(r => r.Length > 0 && r[0] == "Rank");
        Assert.Equal(["Rank", "Code", "Description", "Value (US$)", "Share (%)", "Change m-o-m (%)", "Change y-o-y (%)", "Unspecified"], sheet[header]);
        var rows = api.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(rows.Count, sheet.Count - header - 1);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = sheet[header + i + 1];
            Assert.Equal(rows[i].GetProperty("key").GetString(), row[1]);
            Assert.Equal(rows[i].GetProperty("label").GetString(), row[2]);
            Assert.Equal(rows[i].GetProperty("value_usd").GetDecimal(), decimal.Parse(row[3], NumberStyles.Float, CultureInfo.InvariantCulture));
            Assert.Equal(rows[i].GetProperty("share_pct").GetDecimal(), decimal.Parse(row[4], NumberStyles.Float, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Download_BalanceXlsx_TwentyFourMonthsWithTotals()
    {
        await using var factory = await DemoAsync(Engine.Sqlite);
        using var client = factory.CreateClient();

        var bytes = await client.GetByteArrayAsync("/dashboard/download?table=balance&format=xlsx&province=18");

        var sheet = ReadSheet(bytes);
        Assert.Equal("Neraca perdagangan LAMPUNG (18)", sheet[0][0]);
        Assert.Equal("Periode: 2018-02 – 2020-01", sheet[1][0]);
        var header = sheet.FindIndex(r => r.Length > 0 && r[0] == "Periode");
        Assert.Equal(24, sheet.Count - header - 1);
        Assert.Equal("2018-02", sheet[header + 1][0]);
        Assert.Equal("2020-01", sheet[header + 24][0]);
        Assert.Equal(206_310_000m, decimal.Parse(sheet[header + 24][1], NumberStyles.Float, CultureInfo.InvariantCulture));
        Assert.Equal(61_530_000m, decimal.Parse(sheet[header + 24][3], NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    /// <summary>The first sheet's cells as text (shared or inline strings resolved), read straight from the zip.</summary>
    internal static List<string[]> ReadSheet(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } s
            ? XDocument.Load(s.Open()).Descendants(ns + "si").Select(si => string.Concat(si.Descendants(ns + "t").Select(t => t.Value))).ToList()
            : [];
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return [.. sheet.Descendants(ns + "row").Select(row => row.Elements(ns + "c").Select(c =>
        {
            var type = (string?)c.Attribute("t");
            return type switch
            {
                "s" => shared[int.Parse(c.Element(ns + "v")!.Value, CultureInfo.InvariantCulture)],
                "inlineStr" => string.Concat(c.Descendants(ns + "t").Select(t => t.Value)),
                "b" => c.Element(ns + "v")!.Value == "1" ? "true" : "false",
                _ => c.Element(ns + "v")?.Value ?? "",
            };
        }).ToArray())];
    }

    /// <summary>The `t` (type) attribute of each cell of the first sheet: null for a number, "s"/"inlineStr"/"str" for text.</summary>
    internal static List<string?[]> CellTypes(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return [.. sheet.Descendants(ns + "row").Select(row => row.Elements(ns + "c").Select(c => (string?)c.Attribute("t")).ToArray())];
    }

    /// <summary>One CSV line's fields (RFC 4180 quoting).</summary>
    internal static List<string> CsvFields(string line, char separator = ',')
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static void AssertSameJson(string expected, string actual)
    {
        using var a = JsonDocument.Parse(expected);
        using var b = JsonDocument.Parse(actual);
        Assert.Equal(JsonSerializer.Serialize(a.RootElement), JsonSerializer.Serialize(b.RootElement));
    }
}
