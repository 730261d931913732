using System.Globalization;
using System.Net;
using System.Text.Json;
using Neraca.Commodities;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Imports.WebApi;
using Neraca.Reference;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Trade;
using Neraca.Tests.Web;
using Neraca.Trade;
using static Neraca.Tests.Commodities.CommodityFixtures;

namespace Neraca.Tests.Commodities;

/// <summary>
/// Issue 11, item 5 (docs/decisions/0031): figures at the level of the data. Unit values only from HS codes of 6 digits
/// or more; coarser data are refused with a reason, never a US$/kg of a whole chapter.
/// </summary>
public class CoarseDataTests
{
    [Fact]
    public void UnitValues_ChapterAndHs6Data_OnlyHs6RowsCoarseValueStated()
    {
        // Chapter 03 reported as HS2 (1000 US$, 400 kg: "all fish" 2.5 US$/kg) next to 090111 at HS6 (300 US$, 100 kg).
        var data = Data([X(2024, 0, "03", 1000m, kg: 400m), X(2024, 0, "090111", 300m, kg: 100m), X(2024, 0, "", 50m, kg: 5m)]);

        var all = CommodityCalculator.UnitValues(data, Flow.Export, new TradePeriod(2024, 0), Lampung, null, 100);
        var fish = CommodityCalculator.UnitValues(data, Flow.Export, new TradePeriod(2024, 0), Lampung, "0302", 100);
        var coffee = CommodityCalculator.UnitValues(data, Flow.Export, new TradePeriod(2024, 0), Lampung, "0901", 100);

        // 090111: 300 / 100 = 3 US$/kg; "03" is left out (value 1000 stated), "" (no code) is neither a row nor coarse
        Assert.Equal([("090111", (decimal?)3m)], all.Rows.Select(r => (r.Hs, r.UsdPerKg)));
        Assert.Equal((CommodityReasons.TooCoarse, (decimal?)1000m), (all.Reason, all.CoarseUsd));
        // --hs 0302 lies inside chapter 03, reported as a chapter only: refused with the reason, no row
        Assert.Empty(fish.Rows);
        Assert.Equal((CommodityReasons.TooCoarse, (decimal?)1000m), (fish.Reason, fish.CoarseUsd));
        // --hs 0901: only the HS6 data, nothing coarse under or above it
        Assert.Equal(((string?)null, (decimal?)null), (coffee.Reason, coffee.CoarseUsd));
    }

    [Fact]
    public void Build_OnlyTheChapterLoaded_TooCoarseNeverAChapterUnitValue()
    {
        // 2023: chapter 09 only (HS2); 2024: 090111 itself. 0901 asked directly (Build bypasses Codes): too coarse too.
        var data = Data([X(2023, 0, "09", 800m, kg: 100m), X(2024, 0, "090111", 50m, kg: 10m)]);

        var result = UnitValueTrend.Build(data, Flow.Export, UnitValueTrend.Range(new TradePeriod(2022, 0), new TradePeriod(2024, 0)), Lampung, ["090111", "0901"], null, Label);

        Assert.Equal([UnitValueFlag.NoData, UnitValueFlag.TooCoarse, UnitValueFlag.Ok], result.Series[0].Points.Select(p => p.Flag));
        Assert.Equal(((decimal?)null, (decimal?)null), (result.Series[0].Points[1].UsdPerKg, result.Series[0].Points[1].ValueUsd));
        Assert.Equal(5m, result.Series[0].Points[2].UsdPerKg); // 50 / 10
        Assert.Equal([UnitValueFlag.NoData, UnitValueFlag.TooCoarse, UnitValueFlag.TooCoarse], result.Series[1].Points.Select(p => p.Flag));
        Assert.Equal(CommodityReasons.TooCoarse, result.Reason);
    }

    [Theory]
    [InlineData("03")]
    [InlineData("0901")]
    [InlineData("090111,0902")]
    public void Codes_ChapterOrHeading_RefusedNamingHs(string text)
    {
        var ex = Assert.Throws<TradeArgumentException>(() => UnitValueTrend.Codes(text));

        Assert.Equal("hs", ex.Parameter);
        Assert.Contains("6–8 digits", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>The real national export XLSX (chapters 84/85 at HS2) and the WebAPI HS 03 file: no unit value at all.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task UnitValuesAsync_RealHs2Files_RefusedWithReason(Engine engine)
    {
        await using var database = await LikeForLikeTests.ImportAsync(engine);
        await using var db = database.NewContext();
        var analyses = new CommodityAnalyses(db);

        var unitValues = await analyses.UnitValuesAsync(Flow.Export, new TradePeriod(2024, 1), null, null, 100);
        var trend = await analyses.UnitValueTrendAsync(Flow.Export, new TradePeriod(2023, 12), new TradePeriod(2024, 1), null, "030389,847130", null, "en");

        Assert.Empty(unitValues.Rows); // before: US$/kg of chapters 03, 84 and 85
        Assert.Equal(CommodityReasons.TooCoarse, unitValues.Reason);
        Assert.True(unitValues.CoarseUsd > 0m);
        // 2023-12: 84/85 loaded, 03 not (the WebAPI file is 2024): 030389 no trade, 847130 too coarse; 2024-01: both too coarse
        Assert.Equal([UnitValueFlag.NoTrade, UnitValueFlag.TooCoarse], trend.Series[0].Points.Select(p => p.Flag));
        Assert.Equal([UnitValueFlag.TooCoarse, UnitValueFlag.TooCoarse], trend.Series[1].Points.Select(p => p.Flag));
        Assert.All(trend.Series.SelectMany(s => s.Points), p => Assert.Null(p.UsdPerKg));
    }

    [Fact]
    public void RcaAndConcentration_ChapterDataAtSixDigits_CoarserThanAskedStated()
    {
        var data = Data([X(2024, 0, "09", 300m), X(2024, 0, "84", 100m), X(2024, 0, "09", 500m, province: 31)]);

        var rca6 = CommodityCalculator.Rca(data, new TradePeriod(2024, 0), Lampung, 6, Label);
        var rca2 = CommodityCalculator.Rca(data, new TradePeriod(2024, 0), Lampung, 2, Label);
        var hhi6 = CommodityCalculator.Concentration(data, new TradePeriod(2024, 0), Lampung, 6);
        var hhi2 = CommodityCalculator.Concentration(data, new TradePeriod(2024, 0), Lampung, 2);

        Assert.Equal((2, CommodityReasons.CoarserThanAsked), (rca6.DataDigits, rca6.Reason));
        Assert.Equal((2, (string?)null), (rca2.DataDigits, rca2.Reason));
        Assert.Equal((2, CommodityReasons.CoarserThanAsked), (hhi6.DataDigits, hhi6.Reason));
        Assert.Null(hhi2.Reason);
        // Lampung's "products" at --digits 6 are two chapters 300/100: 0.75² + 0.25² = 0.625, stated as chapters
        Assert.Equal((2, 0.625m), (hhi6.Rows[^1].Products, hhi6.Rows[^1].ProductHhi));
        Assert.Contains("HS2 codes, not 6-digit products", CommodityReasons.Notes(hhi6, indonesian: false).Single(), StringComparison.Ordinal);
        Assert.Contains("kode HS2, bukan produk 6 digit", CommodityReasons.Notes(rca6, indonesian: true).Single(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The case on the real files: Lampung exports only HS 03 in 2024 (no Lampung port in the 84/85 XLSX), and
    /// RCA against the world compared it with the world's share of HS 03 in ALL goods (165.14). Like for like, the world
    /// side is of the chapters loaded (03, 84, 85) too.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RcaAsync_LampungHs03_2024_WorldOverTheSameChapters(Engine engine)
    {
        await using var database = await LikeForLikeTests.ImportAsync(engine);
        await using (var load = database.NewContext())
        {
            var world = await new ReferenceLoader(load).LoadFileAsync(RepoPaths.Shared("worldtrade", "baci2024_hs6_world.csv"), "test", year: 2024);
            Assert.True(world.Loaded, string.Join("; ", world.Errors));
        }

        await using var db = database.NewContext();
        var analyses = new CommodityAnalyses(db);
        var result = await analyses.RcaAsync(new TradePeriod(2024, 0), Lampung, 2, "en");
        var hhi = await analyses.ConcentrationAsync(new TradePeriod(2024, 0), Lampung, 6);

        // Independently: the world CSV is in US$ million per HS6; Lampung's share of 03 in its loaded exports is 1.
        var csv = File.ReadAllLines(RepoPaths.Shared("worldtrade", "baci2024_hs6_world.csv")).Skip(1).Select(l => l.Split(','))
            .Select(c => (Hs: c[0], Usd: decimal.Parse(c[1], CultureInfo.InvariantCulture) * 1_000_000m)).ToList();
        decimal World(params string[] chapters) => csv.Where(c => chapters.Any(h => c.Hs.StartsWith(h, StringComparison.Ordinal))).Sum(c => c.Usd);
        using var stream = File.OpenRead(RepoPaths.Shared("bps", "webapi", "trade_exp_monthly_03_2024.json"));
        var hs03 = new BpsWebApiReader().Read(stream, new ReadContext("m.json"))
            .Where(f => PortSeed.All.Any(p => p.PortName == f.Port && p.ProvinceCode == Lampung)).Sum(f => f.ValueUsd);
        var expected = Math.Round(1m / (World("03") / World("03", "84", "85")), 4, MidpointRounding.AwayFromZero);
        var before = Math.Round(1m / (World("03") / csv.Sum(c => c.Usd)), 2, MidpointRounding.AwayFromZero);

        Assert.Equal((165.14m, 45.44m), (before, Math.Round(expected, 2, MidpointRounding.AwayFromZero))); // the figures
        Assert.Equal((hs03, hs03), (result.ProvinceTotalUsd!.Value, result.WorldProvinceTotalUsd!.Value));
        Assert.Equal(expected, Assert.Single(result.Rows, r => r.Hs == "03").RcaWorld);
        Assert.Equal(World("03", "84", "85"), result.WorldTotalUsd);
        Assert.Equal(["03", "84", "85"], result.WorldBasisHs2!);
        // HHI at --digits 6 over HS2 data: said, not silently "high" over chapters
        Assert.Equal((2, CommodityReasons.CoarserThanAsked), (hhi.DataDigits, hhi.Reason));
    }

    [Theory]
    [InlineData(false, "Nilai satuan hanya dihitung dari kode HS 6 digit atau lebih", "Data kurang dari 6 digit HS: tidak dihitung")]
    [InlineData(true, "Unit values are computed from HS codes of 6 digits or more only", "Data under 6 HS digits: not computed")]
    public async Task Page_UnitValuesOnChapterData_NoteAndFlagInLanguage(bool english, string note, string flag)
    {
        var (status, html) = await ChapterClassificationTests.PageAsync(english, "09");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"uv-coarse\"", html, StringComparison.Ordinal);
        Assert.Contains(note, html, StringComparison.Ordinal);
        Assert.Contains(flag, html, StringComparison.Ordinal);
    }
}

/// <summary>The CLI side of <see cref="CoarseDataTests"/> (the console is shared: one collection).</summary>
[Collection(ConsoleCollection.Name)]
public class CoarseDataCliTests
{
    [Theory]
    [InlineData("id", "Nilai satuan hanya dihitung dari kode HS 6 digit atau lebih")]
    [InlineData("en", "Unit values are computed from HS codes of 6 digits or more only")]
    public async Task Cli_UnitValuesOnChapterData_ReasonInJsonAndNoteInLanguage(string language, string note)
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await TradeTestData.LoadAsync(database, TradeTestData.Lines(TradeTestData.Fact('X', 2024, 1, "03", "JAPAN", "PANJANG", 700m, 18)));

        var (exit, json, _) = await CliRunner.RunAsync(["commodities", "unit-values", "--province", "18", "--period", "2024-01", "--format", "json", "--db", database.ConnectionString]);
        var (tableExit, table, _) = await CliRunner.RunAsync(["commodities", "unit-values", "--province", "18", "--period", "2024-01", "--lang", language, "--db", database.ConnectionString]);

        Assert.Equal((0, 0), (exit, tableExit));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("too_coarse", doc.RootElement.GetProperty("reason").GetString());
        Assert.Equal(700m, doc.RootElement.GetProperty("coarse_usd").GetDecimal());
        Assert.Equal(0, doc.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Contains(note, string.Join(" ", table.Split('\n').Select(l => l.Trim(' ', '│', '|'))), StringComparison.Ordinal);
    }

    /// <summary>Commodity JSON follows the balance/top contract (docs/cli-json.md): percentages with 2 decimals, amounts without trailing zeros.</summary>
    [Fact]
    public async Task Cli_SectorJson_PercentTwoDecimalsAmountsExact()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await TradeTestData.LoadAsync(database, TradeTestData.Lines(
            TradeTestData.Fact('X', 2024, 1, "090111", "JAPAN", "PANJANG", 700m, 18), TradeTestData.Fact('X', 2024, 1, "151110", "JAPAN", "PANJANG", 300.5m, 18)));

        var (exit, json, _) = await CliRunner.RunAsync(["commodities", "sector", "--province", "18", "--period", "2024-01", "--format", "json", "--db", database.ConnectionString]);

        Assert.Equal(0, exit);
        // non-oil and gas = 700 + 300.5 = 1000.5, share 100.00; agriculture 700 / 1000.5 = 69.965… → 69.97
        Assert.Contains("\"total_usd\": 1000.5,", json, StringComparison.Ordinal);
        Assert.Contains("\"value_usd\": 700,", json, StringComparison.Ordinal);
        Assert.Contains("\"share_pct\": 100.00,", json, StringComparison.Ordinal);
        Assert.Contains("\"share_pct\": 69.97,", json, StringComparison.Ordinal);
        Assert.DoesNotContain(".000", json, StringComparison.Ordinal);
    }
}
