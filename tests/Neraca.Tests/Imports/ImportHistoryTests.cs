using System.Text;
using Neraca.Accounts;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Imports;

/// <summary>What reached each province, and the import history on `/import` (issue 13 item 14).</summary>
public class ImportHistoryTests
{
    private const string Header = "period,flow,province,hs_code,country,port,value_usd\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_TwoProvinces_SummaryTotalsPerProvinceFlowAndPeriod(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();

        var summary = await ImportAsync(db, "two.csv",
            "2020-01,export,18,0901,JP,PANJANG,100\n2020-01,export,18,0902,US,PANJANG,50.5\n2020-01,import,18,1701,TH,PANJANG,7\n2020-02,export,31,0901,JP,,30\n");

        Assert.Equal(ImportOutcome.Imported, summary.Outcome);
        Assert.Equal(
            [(18, Flow.Export, "2020-01", 2L, 150.5m), (18, Flow.Import, "2020-01", 1L, 7m), (31, Flow.Export, "2020-02", 1L, 30m)],
            summary.ProvinceTotals.Select(p => ((int)p.Province, p.Flow, p.Period, p.Facts, p.ValueUsd)).ToList());
        Assert.All(summary.ProvinceTotals, p => Assert.Equal(Basis.Detail, p.Basis));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RecentAsync_Revision_NewestFirstWithReplacedAndSupersededLinks(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        var first = await ImportAsync(db, "first.csv", "2020-01,export,18,0901,JP,PANJANG,100\n2020-01,import,18,1701,TH,PANJANG,7\n");
        var other = await ImportAsync(db, "other.csv", "2020-02,export,31,0901,JP,,30\n");
        var revised = await ImportAsync(db, "revised.csv", "2020-01,export,18,0901,JP,PANJANG,120\n", replace: true);

        var history = await ImportHistory.RecentAsync(db, 10, CancellationToken.None);

        Assert.Equal([revised.BatchId!.Value, other.BatchId!.Value, first.BatchId!.Value], history.Select(h => h.Id).ToList());
        var newest = history[0];
        Assert.Equal(("revised.csv", "csv", BatchStanding.Active, 1L), (newest.FileName, newest.Format, newest.Standing, newest.FactCount));
        Assert.Equal([first.BatchId.Value], newest.Replaced);
        Assert.Empty(newest.SupersededBy);
        var old = history[2];
        Assert.Equal(BatchStanding.PartlySuperseded, old.Standing);
        Assert.Equal([revised.BatchId.Value], old.SupersededBy);
        Assert.Equal([(Flow.Export, 100m), (Flow.Import, 7m)], old.Totals.Select(t => (t.Flow, t.ValueUsd)).ToList());
        Assert.Equal(("2020-01", "2020-01"), (old.FirstPeriod, old.LastPeriod));
        Assert.Equal([(short)18], old.Provinces);
        Assert.Equal([(short)31], history[1].Provinces);
        Assert.Equal("tests", old.ImportedBy);
        Assert.Single(await ImportHistory.RecentAsync(db, 1, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportPage_AfterImport_ShowsProvinceTotalsLinkAndHistoryInThePageLanguage(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        using var _client = client;

        var token = HttpHelpers.FormToken(await client.GetStringAsync("/import"));
        using var form = HttpHelpers.Upload("lampung.csv", Header + "2020-01,export,18,0901,JP,PANJANG,100\n", ("__RequestVerificationToken", token));
        using var response = await client.PostAsync("/import", form);
        var posted = await response.Content.ReadAsStringAsync();
        var page = await client.GetStringAsync("/import");
        client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);
        var english = await client.GetStringAsync("/import");

        Assert.Contains("Yang masuk ke tiap provinsi", posted, StringComparison.Ordinal);
        Assert.Contains("href=\"/?province=18&amp;period=2020-01\"", posted, StringComparison.Ordinal);
        Assert.Contains("18 · Lampung", posted, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Riwayat impor", page, StringComparison.Ordinal);
        Assert.Contains("lampung.csv", page, StringComparison.Ordinal);
        Assert.Contains("data-standing=\"Active\"", page, StringComparison.Ordinal);
        Assert.Contains(">Aktif<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Import history", page, StringComparison.Ordinal);
        Assert.Contains("Import history", english, StringComparison.Ordinal);
        Assert.Contains(">Active<", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_HtmxUpload_RefreshesTheHistoryOutOfBand()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        using var _client = client;
        var token = HttpHelpers.FormToken(await client.GetStringAsync("/import"));

        using var form = HttpHelpers.Upload("htmx.csv", Header + "2020-01,export,18,0901,JP,PANJANG,100\n", ("__RequestVerificationToken", token));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/import") { Content = form };
        request.Headers.Add("HX-Request", "true");
        using var response = await client.SendAsync(request);
        var partial = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<h1>", partial, StringComparison.Ordinal);
        Assert.Contains("id=\"import-history\" class=\"card\" hx-swap-oob=\"true\"", partial, StringComparison.Ordinal);
        Assert.Contains("htmx.csv", partial[partial.IndexOf("hx-swap-oob", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_NoBatches_SaysSoInsteadOfAnEmptyTable()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        using var _client = client;

        var page = await client.GetStringAsync("/import");

        Assert.Contains("Belum ada berkas yang diimpor.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"data history\"", page, StringComparison.Ordinal);
    }

    private static async Task<ImportSummary> ImportAsync(Storage.NeracaDb db, string name, string rows, bool replace = false)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Header + rows));
        var summary = await new TradeImporter(db).ImportAsync(stream, name, new ImportOptions { Replace = replace, Actor = "tests" });
        Assert.True(summary.Outcome == ImportOutcome.Imported, string.Join("\n", summary.Errors));
        return summary;
    }
}
