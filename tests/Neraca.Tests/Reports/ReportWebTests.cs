using System.Net;
using System.Text.Json;
using Neraca.Demo;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Reports;

/// <summary>`/reports` and `/api/reports/*` served by the real app over the demo data (the demo load writes January 2020's report).</summary>
public class ReportWebTests
{
    [Theory]
    [InlineData(false, "Laporan bulanan", "Nilai ekspor Lampung Januari 2020 mencapai US$206,31 juta, turun 27,03 persen dibanding Desember 2019.")]
    [InlineData(true, "Monthly reports", "Lampung&#39;s exports in January 2020 reached US$206.31 million, down 27.03 percent from December 2019.")]
    public async Task Get_DemoLoaded_LatestReportAndArchiveInLanguage(bool english, string title, string sentence)
    {
        await using var factory = await DemoFactoryAsync(Engine.Sqlite);
        using var client = factory.CreateClient();
        if (english)
        {
            client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);
        }

        using var response = await client.GetAsync(new Uri("/reports", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(sentence, html, StringComparison.Ordinal);
        Assert.Contains("id=\"reports-archive\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/reports\"", html, StringComparison.Ordinal); // menu entry
        Assert.DoesNotContain("[reports.", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Api_ListThenDownloadEveryFormat_SameReport(Engine engine)
    {
        await using var factory = await DemoFactoryAsync(engine);
        using var client = factory.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/reports?province=18", UriKind.Relative)));
        var version = list.RootElement[0];
        var id = version.GetProperty("id").GetInt32();
        Assert.Equal("2020-01", version.GetProperty("period").GetString());
        Assert.Equal(1, version.GetProperty("version").GetInt32());

        using var md = await client.GetAsync(new Uri($"/api/reports/{id}?format=md&lang=en", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, md.StatusCode);
        Assert.Equal("report-18-2020-01-v1-en.md", md.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("down 27.03 percent from December 2019", await md.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var html = await client.GetAsync(new Uri($"/api/reports/{id}?format=html", UriKind.Relative));
        Assert.Contains("<html lang=\"id\">", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var json = await client.GetStringAsync(new Uri($"/api/reports/{id}?format=json", UriKind.Relative));
        Assert.Contains("surplus US$61,53 juta", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/reports/999", HttpStatusCode.NotFound)]
    [InlineData("/api/reports/1?format=docx", HttpStatusCode.BadRequest)]
    [InlineData("/api/reports?province=77", HttpStatusCode.BadRequest)]
    [InlineData("/api/reports/monthly?period=2020-13&province=18", HttpStatusCode.BadRequest)]
    [InlineData("/api/reports/monthly?period=2031-01&province=18", HttpStatusCode.BadRequest)]
    [InlineData("/reports?id=999", HttpStatusCode.NotFound)]
    [InlineData("/reports?province=abc", HttpStatusCode.BadRequest)]
    public async Task Get_BadInput_ClearStatusNever500(string path, HttpStatusCode expected)
    {
        await using var factory = await DemoFactoryAsync(Engine.Sqlite);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Api_MonthlyLive_BuiltNowAsTheCli()
    {
        await using var factory = await DemoFactoryAsync(Engine.Sqlite);
        using var client = factory.CreateClient();

        var json = await client.GetStringAsync(new Uri("/api/reports/monthly?period=2019-12&province=18&lang=en", UriKind.Relative));

        var report = Neraca.Reports.ReportJson.Read(json);
        Assert.Equal("2019-12", report.Period);
        Assert.Contains(report.Headline, s => s.StartsWith("Lampung's exports in December 2019 reached US$282.74 million", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Server_ImportByAnotherProcessCompletesMonth_ReportWrittenWithinSeconds(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine, new() { ["Neraca:Reports:CheckSeconds"] = "0.2" });
        using var client = factory.CreateClient(); // starts the server and its background writer
        Assert.Equal("[]", await client.GetStringAsync(new Uri("/api/reports?province=18", UriKind.Relative)));

        await Neraca.Tests.Trade.TradeTestData.LoadAsync(factory.Database, Neraca.Tests.Trade.TradeTestData.Lines(
            Neraca.Tests.Trade.TradeTestData.Fact('X', 2020, 1, "090111", "JAPAN", "PANJANG", 3_000_000m, 18),
            Neraca.Tests.Trade.TradeTestData.Fact('M', 2020, 1, "170114", "THAILAND", "PANJANG", 1_000_000m, 18)));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        string list;
        do
        {
            await Task.Delay(100);
            list = await client.GetStringAsync(new Uri("/api/reports?province=18", UriKind.Relative));
        }
        while (list == "[]" && DateTime.UtcNow < deadline);

        using var versions = JsonDocument.Parse(list);
        var version = Assert.Single(versions.RootElement.EnumerateArray());
        Assert.Equal(("2020-01", "import"), (version.GetProperty("period").GetString(), version.GetProperty("trigger").GetString()));
        await using var db = factory.Database.NewContext();
        Assert.False(await Neraca.Reports.ReportStore.AnyOwedAsync(db));
    }

    private static async Task<NeracaWebFactory> DemoFactoryAsync(Engine engine)
    {
        var factory = await NeracaWebFactory.CreateAsync(engine);
        await using var db = factory.Database.NewContext();
        Assert.True((await DemoLoader.LoadAsync(db)).Loaded);
        return factory;
    }
}
