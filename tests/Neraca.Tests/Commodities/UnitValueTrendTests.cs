using System.Text;
using Neraca.Commodities;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;
using static Neraca.Tests.Commodities.CommodityFixtures;

namespace Neraca.Tests.Commodities;

/// <summary>Unit values over a range: per HS code × partner and period, flagged instead of divided by zero or nothing.</summary>
public class UnitValueTrendTests
{
    [Fact]
    public void Build_MonthlyGreenVsRoasted_SeriesWithFlags()
    {
        var data = Data(
        [
            X(2024, 1, "090111", 1000m, "US", kg: 250m), X(2024, 1, "090111", 600m, "JP", kg: 100m), X(2024, 1, "090121", 900m, "US", kg: 60m),
            X(2024, 2, "090111", 400m, "US", kg: 100m), X(2024, 2, "090121", 50m, "US", kg: 0m),
            X(2024, 4, "090111", 10m, "US", missing: true), X(2024, 4, "090121", 30m, "US", kg: 2m),
        ]);
        var periods = UnitValueTrend.Range(new TradePeriod(2024, 1), new TradePeriod(2024, 4));

        var all = UnitValueTrend.Build(data, Flow.Export, periods, Lampung, ["090111", "090121"], null, Label);
        var us = UnitValueTrend.Build(data, Flow.Export, periods, Lampung, ["090111"], "US", Label);

        var green = all.Series[0].Points;
        var roasted = all.Series[1].Points;
        Assert.Equal(["2024-01", "2024-02", "2024-03", "2024-04"], green.Select(p => p.Period));
        // January: (1000 + 600) / (250 + 100) = 4.5714; roasted 900 / 60 = 15
        Assert.Equal((4.5714m, UnitValueFlag.Ok), (green[0].UsdPerKg!.Value, green[0].Flag));
        Assert.Equal(15m, roasted[0].UsdPerKg);
        Assert.Equal((4m, (decimal?)null, UnitValueFlag.ZeroWeight), (green[1].UsdPerKg!.Value, roasted[1].UsdPerKg, roasted[1].Flag));
        // March is not loaded at all; April: green has a fact without weight, roasted 30 / 2
        Assert.Equal((UnitValueFlag.NoData, (decimal?)null), (green[2].Flag, green[2].ValueUsd));
        Assert.Equal((UnitValueFlag.MissingWeight, (decimal?)null, (decimal?)null), (green[3].Flag, green[3].UsdPerKg, green[3].WeightKg));
        Assert.Equal(15m, roasted[3].UsdPerKg);
        Assert.Equal(4m, us.Series[0].Points[0].UsdPerKg); // US only: 1000 / 250
        Assert.Equal(("month", "2024-01", "2024-04"), (all.Granularity, all.From, all.Period));
    }

    [Fact]
    public void Build_LoadedPeriodWithoutTheCode_NoTradeNotZeroDivision()
    {
        var data = Data([X(2023, 0, "151110", 100m, kg: 10m), X(2024, 0, "090111", 50m, kg: 10m)]);

        var result = UnitValueTrend.Build(data, Flow.Export, UnitValueTrend.Range(new TradePeriod(2022, 0), new TradePeriod(2024, 0)), Lampung, ["090111"], null, Label);

        Assert.Equal([UnitValueFlag.NoData, UnitValueFlag.NoTrade, UnitValueFlag.Ok], result.Series[0].Points.Select(p => p.Flag));
        Assert.Equal(((decimal?)0m, (decimal?)null), (result.Series[0].Points[1].ValueUsd, result.Series[0].Points[1].UsdPerKg));
        Assert.Equal(5m, result.Series[0].Points[2].UsdPerKg);
    }

    [Theory]
    [InlineData("2024", "2024-03", "from")]
    [InlineData("2024-05", "2024-03", "from")]
    [InlineData("2010-01", "2024-03", "from")]
    public void Range_Invalid_ArgumentErrorNamingFrom(string from, string to, string parameter)
    {
        var ex = Assert.Throws<TradeArgumentException>(() => UnitValueTrend.Range(TradePeriod.Parse(from, "from"), TradePeriod.Parse(to, "period")));
        Assert.Equal(parameter, ex.Parameter);
    }

    [Theory]
    [InlineData("")]
    [InlineData("09x1")]
    [InlineData("1,2")]
    public void Codes_Invalid_ArgumentErrorNamingHs(string text) =>
        Assert.Equal("hs", Assert.Throws<TradeArgumentException>(() => UnitValueTrend.Codes(text)).Parameter);

    [Fact]
    public void DefaultFrom_YearAndMonth_FiveYearsOr24Months() =>
        Assert.Equal((new TradePeriod(2020, 0), new TradePeriod(2022, 2)),
            (UnitValueTrend.DefaultFrom(new TradePeriod(2024, 0)), UnitValueTrend.DefaultFrom(new TradePeriod(2024, 1))));

    /// <summary>Through the importer (flat CSV with weights) on both engines: the stored weights give the same series.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task UnitValueTrendAsync_ImportedCsv_SeriesFromStoredWeights(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await CsvAsync(database,
            "2024-01,export,18,090111,JP,PANJANG,1000,250",
            "2024-01,export,18,090121,US,PANJANG,900,60",
            "2024-02,export,18,090111,JP,PANJANG,400,",
            "2024-02,export,18,090121,US,PANJANG,50,0");
        await using var db = database.NewContext();

        var result = await new CommodityAnalyses(db).UnitValueTrendAsync(Flow.Export, new TradePeriod(2024, 1), new TradePeriod(2024, 3), 18, "090111,090121", null, "en");

        Assert.Equal([(4m, UnitValueFlag.Ok), (null, UnitValueFlag.MissingWeight), (null, UnitValueFlag.NoData)], result.Series[0].Points.Select(p => (p.UsdPerKg, p.Flag)));
        Assert.Equal([(15m, UnitValueFlag.Ok), (null, UnitValueFlag.ZeroWeight), (null, UnitValueFlag.NoData)], result.Series[1].Points.Select(p => (p.UsdPerKg, p.Flag)));
    }

    internal static async Task CsvAsync(TestDatabase database, params string[] rows)
    {
        var csv = "period,flow,province,hs_code,country,port,value_usd,netweight_kg\n" + string.Join("\n", rows) + "\n";
        await using var db = database.NewContext();
        var summary = await new TradeImporter(db).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), $"uv-{Guid.NewGuid():N}.csv", new ImportOptions());
        Assert.True(summary.Outcome == ImportOutcome.Imported, string.Join("; ", summary.Errors));
    }
}
