using Neraca.Demo;
using Neraca.Reports;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Trade;
using Neraca.Trade;

namespace Neraca.Tests.Reports;

/// <summary>The monthly report built from the figures engine on a real database: the demo month as BPS published it, and missing data.</summary>
public class MonthlyReportTests
{
    private static readonly YearMonth January2020 = new(2020, 1);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_LampungJanuary2020Demo_SentencesAsBpsPublished(Engine engine)
    {
        await using var database = await DemoDatabaseAsync(engine);
        await using var db = database.NewContext();
        var builder = new MonthlyReportBuilder(db);

        var id = await builder.BuildAsync(January2020, LampungPublished.Province, "id");
        var en = await builder.BuildAsync(January2020, LampungPublished.Province, "en");

        var idText = string.Join(" ", id.Headline);
        Assert.Contains("US$206,31 juta", idText, StringComparison.Ordinal);
        Assert.Contains("turun 27,03 persen", idText, StringComparison.Ordinal);
        Assert.Contains("surplus US$61,53 juta", idText, StringComparison.Ordinal);
        var enText = string.Join(" ", en.Headline);
        Assert.Contains("US$206.31 million", enText, StringComparison.Ordinal);
        Assert.Contains("down 27.03 percent from December 2019", enText, StringComparison.Ordinal);
        Assert.Contains("surplus of US$61.53 million", enText, StringComparison.Ordinal);
        Assert.NotEmpty(id.BatchIds);
        Assert.Equal(
            ["headline", "exports_hs2", "exports_country", "exports_group", "exports_port", "imports_hs2", "imports_country", "imports_end_use", "exports_sector", "trend"],
            id.Sections.Select(s => s.Key));
        Assert.All(id.Sections, s => Assert.True(s.Missing is null, $"{s.Key}: {s.Missing}"));
        Assert.Equal(13, id.Section("trend")!.Table!.Rows.Count);
    }

    /// <summary>The sentence's amounts are the table cells as printed: one number, one rounding.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_Demo_SentenceFiguresEqualTableCells(Engine engine)
    {
        await using var database = await DemoDatabaseAsync(engine);
        await using var db = database.NewContext();

        var report = await new MonthlyReportBuilder(db).BuildAsync(January2020, LampungPublished.Province, "id");

        var table = report.Section("headline")!.Table!;
        var w = ReportWords.Id;
        string Printed(int row, string column) => w.Cell(table.Rows[row][Column(table, column)], table.Columns[Column(table, column)].Kind);
        Assert.Contains($"mencapai US${Printed(0, "month")} juta, turun {Printed(0, "mom_pct").TrimStart('-')} persen", report.Headline[0], StringComparison.Ordinal);
        Assert.Contains($"surplus US${Printed(2, "month")} juta", string.Join(" ", report.Headline), StringComparison.Ordinal);
        var hs2 = report.Section("exports_hs2")!;
        var first = hs2.Table!.Rows[0];
        Assert.Contains($"(HS {first[0].Text}) senilai US${w.Cell(first[2], ColumnKind.MillionUsd)} juta atau {w.Cell(first[3], ColumnKind.Percent)} persen", hs2.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_ImportsNotLoaded_NoBalanceAndImportSectionsSayWhy(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await TradeTestData.LoadAsync(database, TradeTestData.Lines(
            TradeTestData.Fact('X', 2019, 12, "090111", "JAPAN", "PANJANG", 400m, 18),
            TradeTestData.Fact('M', 2019, 12, "170114", "THAILAND", "PANJANG", 100m, 18),
            TradeTestData.Fact('X', 2020, 1, "090111", "JAPAN", "PANJANG", 300m, 18)));
        await using var db = database.NewContext();

        var report = await new MonthlyReportBuilder(db).BuildAsync(January2020, 18, "id");

        Assert.Contains("Data impor Januari 2020 belum tersedia, sehingga neraca perdagangan belum dapat dihitung.", report.Headline);
        Assert.DoesNotContain(report.Headline, s => s.Contains("surplus", StringComparison.Ordinal) || s.Contains("defisit", StringComparison.Ordinal));
        Assert.Equal(2, report.Section("headline")!.Table!.Rows.Count); // exports and imports, no balance row
        Assert.Null(report.Section("headline")!.Table!.Rows[1][2].Number); // imports of the month: null, never 0
        Assert.Equal("Data impor Januari 2020 belum tersedia.", report.Section("imports_hs2")!.Missing);
        Assert.Null(report.Section("imports_hs2")!.Table);
        Assert.Contains("turun 25,00 persen dibanding Desember 2019", report.Headline[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_PublishedTotalsOnly_BreakdownsLeftOutWithReasonNotZero(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await TradeTestData.LoadAsync(database, TradeTestData.Lines(
            TradeTestData.Total('X', 2020, 1, 206_310_000m, 18),
            TradeTestData.Total('M', 2020, 1, 144_780_000m, 18)));
        await using var db = database.NewContext();

        var report = await new MonthlyReportBuilder(db).BuildAsync(January2020, 18, "en");

        Assert.Contains("showed a surplus of US$61.53 million", string.Join(" ", report.Headline), StringComparison.Ordinal);
        Assert.Equal("No breakdown of exports for January 2020 is loaded: only the published total is.", report.Section("exports_hs2")!.Missing);
        Assert.All(report.Sections.Where(s => s.Key != "headline" && s.Key != "trend"), s => Assert.NotNull(s.Missing));
        Assert.DoesNotContain(report.Headline, s => s.Contains("percent", StringComparison.Ordinal)); // no base month: no change
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_NothingLoaded_BadParameterWithReason(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();

        var error = await Assert.ThrowsAsync<TradeArgumentException>(() => new MonthlyReportBuilder(db).BuildAsync(January2020, 18, "id"));

        Assert.Contains("no exports or imports are loaded for Lampung in 2020-01", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportJson_RoundTrip_SameJson()
    {
        await using var database = await DemoDatabaseAsync(Engine.Sqlite);
        await using var db = database.NewContext();
        var report = await new MonthlyReportBuilder(db).BuildAsync(January2020, LampungPublished.Province, "id");

        var json = ReportJson.Write(report);

        Assert.Equal(json, ReportJson.Write(ReportJson.Read(json)));
        Assert.Contains("\"batch_ids\"", json, StringComparison.Ordinal);
    }

    internal static int Column(ReportTable table, string key) => table.Columns.ToList().FindIndex(c => c.Key == key);

    internal static async Task<TestDatabase> DemoDatabaseAsync(Engine engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        Assert.True((await DemoLoader.LoadAsync(db)).Loaded);
        return database;
    }
}
