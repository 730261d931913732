using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Neraca.Commodities;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Imports.Xlsx;
using Neraca.Reference;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;
using static Neraca.Tests.Commodities.CommodityFixtures;

namespace Neraca.Tests.Commodities;

/// <summary>RCA against the world (docs/decisions/0012): the world_export reference table and RCA_world = (x_pj/X_p)/(x_wj/X_w).</summary>
public class WorldRcaTests
{
    private static readonly TradePeriod Year2024 = new(2024, 0);

    private static WorldExport W(int year, string hs, decimal usd) => new() { Year = (short)year, Hs = hs, ValueMilli = Money.ToMilli(usd) };

    [Fact]
    public void Rca_WithWorldData_HandComputedNextToIndonesia()
    {
        // Lampung: coffee 300, machines 100 (X_p = 400); Indonesia: coffee 500, machines 1500 (X_n = 2000).
        // World 2024: 0901xx 1000 + 8471xx 9000 of X_w = 20000; an HS4 row 0901 = 999 must not be added to the HS6 rows.
        var data = Data(
        [
            X(2024, 0, "090111", 300m), X(2024, 0, "847130", 100m),
            X(2024, 0, "090111", 200m, province: 31), X(2024, 0, "847130", 1400m, province: 31),
        ]);
        var world = new WorldReference(2024, [W(2024, "090111", 600m), W(2024, "090121", 400m), W(2024, "0901", 999m), W(2024, "847130", 9000m), W(2024, "TOTAL", 20000m), W(2023, "TOTAL", 1m)]);

        var result = CommodityCalculator.Rca(data, Year2024, Lampung, 4, Label, world);
        var coffee = Assert.Single(result.Rows, r => r.Hs == "0901");
        var machines = Assert.Single(result.Rows, r => r.Hs == "8471");

        // Only chapters 09 and 84 are loaded, so the world side is of those chapters too (decision 0031), not the TOTAL 20000:
        // x_w,09 = 600 + 400 = 1000 (the HS4 row is not added), x_w,84 = 9000, X_w = 10000; X_p over 09 + 84 = 400.
        // coffee: vs Indonesia (300/400)/(500/2000) = 3; vs world (300/400)/(1000/10000) = 0.75/0.1 = 7.5, share 10.00 %
        Assert.Equal((3m, true, 1000m, 10.00m, 7.5m, true), (coffee.Rca, coffee.Advantage, coffee.WorldUsd, coffee.WorldSharePct, coffee.RcaWorld, coffee.AdvantageWorld));
        // machines: (100/400)/(1500/2000) = 0.3333; vs world (100/400)/(9000/10000) = 0.25/0.9 = 0.27777… → 0.2778
        Assert.Equal((0.3333m, 0.2778m, false), (machines.Rca, machines.RcaWorld, machines.AdvantageWorld));
        Assert.Equal((2024, 10000m, 400m), (result.WorldYear, result.WorldTotalUsd, result.WorldProvinceTotalUsd));
        Assert.Equal(["09", "84"], result.WorldBasisHs2!);
        Assert.Contains("HS chapters 09, 84 only", result.WorldNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Rca_WorldDataAbsentOrWithoutTotal_WorldColumnsNull()
    {
        var data = Data([X(2024, 0, "090111", 300m), X(2024, 0, "090111", 200m, province: 31), X(2024, 0, "270112", 50m, province: 31)]);

        var none = CommodityCalculator.Rca(data, Year2024, Lampung, 6, Label, new WorldReference(2024, [W(2023, "TOTAL", 5m)]));
        var noTotal = CommodityCalculator.Rca(data, Year2024, Lampung, 6, Label, new WorldReference(2024, [W(2024, "090111", 5m)]));
        var partial = CommodityCalculator.Rca(data, Year2024, Lampung, 6, Label, new WorldReference(2024, [W(2024, "090111", 5m), W(2024, "TOTAL", 50m)]));

        Assert.All(none.Rows, r => Assert.Equal(((decimal?)null, (decimal?)null), (r.WorldUsd, r.RcaWorld)));
        Assert.Contains("no world exports loaded for 2024", none.WorldNote, StringComparison.Ordinal);
        Assert.Null(none.WorldYear);
        Assert.All(noTotal.Rows, r => Assert.Null(r.RcaWorld));
        Assert.Contains("no world total", noTotal.WorldNote, StringComparison.Ordinal);
        // coal 270112 has no world row: null, not 0 or infinity, and chapter 27 is left out of both sides. The basis is
        // chapter 09 alone: X_p = 300 (Lampung's coffee), X_w = 5 (the world's 09, not the TOTAL 50): (300/300)/(5/5) = 1
        Assert.Equal((decimal?)null, Assert.Single(partial.Rows, r => r.Hs == "270112").RcaWorld);
        Assert.Equal(1m, Assert.Single(partial.Rows, r => r.Hs == "090111").RcaWorld);
        Assert.Equal(["09"], partial.WorldBasisHs2!);
        Assert.Equal(5m, partial.WorldTotalUsd);
    }

    [Fact]
    public void WorldReference_FinestRowsUnderCode_NeverMixesLevels()
    {
        var world = new WorldReference(2024, [W(2024, "2601", 100m), W(2024, "260111", 30m), W(2024, "260112", 50m), W(2024, "2603", 7m)]);

        Assert.Equal(80m, world.Value("26"));    // HS6 rows only, the HS4 2601 and 2603 rows are not added to them
        Assert.Equal(80m, world.Value("2601"));
        Assert.Equal(7m, world.Value("2603"));   // nothing finer: the HS4 row itself
        Assert.Null(world.Value("26011100"));    // 8 digits: world tables stop at HS6
        Assert.Null(world.Value(""));
        Assert.Null(world.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_GenericWorldTable_ReplacesOnlyItsYearsAndLevels(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        var loader = new ReferenceLoader(db);

        var first = await loader.LoadAsync(Bytes("year,hs,world_export_usd", "2024,0901,1000.5", "2024,090111,600", "2024,TOTAL,20000", "2023,TOTAL,18000"), "w1.csv", "test");
        var second = await loader.LoadAsync(Bytes("year,hs,world_export_usd", "2024,090111,700", "2024,090121,300"), "w2.csv", "test");

        Assert.True(first.Loaded && second.Loaded, string.Join("; ", first.Errors.Concat(second.Errors)));
        Assert.Equal(("world_export", 2), (second.Table, second.Version));
        var rows = await db.WorldExports.OrderBy(w => w.Year).ThenBy(w => w.Hs).Select(w => $"{w.Year} {w.Hs} {w.ValueMilli}").ToListAsync();
        Assert.Equal(["2023 TOTAL 18000000", "2024 0901 1000500", "2024 090111 700000", "2024 090121 300000", "2024 TOTAL 20000000"], rows);
    }

    [Theory]
    [InlineData("2024,090111,-5", 2, "world_export_usd")]
    [InlineData("2024,09011,5", 2, "hs")]
    [InlineData("20x4,090111,5", 2, "year")]
    public async Task LoadAsync_BadWorldRow_RejectedWithRowAndColumnNothingWritten(string badLine, int row, string column)
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();

        var summary = await new ReferenceLoader(db).LoadAsync(Bytes("year,hs,world_export_usd", badLine, "2024,TOTAL,9"), "bad.csv", "test");

        Assert.False(summary.Loaded);
        var error = Assert.Single(summary.Errors);
        Assert.Equal((row, column), (error.Row, error.Column));
        Assert.Equal(0, await db.WorldExports.CountAsync());
    }

    [Fact]
    public async Task LoadFileAsync_BaciHs6WithoutYear_RejectedAskingForYear()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();

        var summary = await new ReferenceLoader(db).LoadFileAsync(RepoPaths.Shared("worldtrade", "baci2024_hs6_world.csv"), "test");

        Assert.False(summary.Loaded);
        Assert.Equal((1, "year"), (Assert.Single(summary.Errors).Row, summary.Errors[0].Column));
        Assert.Equal(0, await db.WorldExports.CountAsync());
    }

    /// <summary>
    /// The real BACI 2024 HS6 world table (--year 2024) and the real national export sample: RCA against the world of
    /// the province exporting most in 2024, for chapters 84 and 85, against values computed here from the CSV itself.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RcaAsync_RealBaciWorldTable_MatchesIndependentComputation(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using (var db = database.NewContext())
        {
            var summary = await new TradeImporter(db).ImportFileAsync(RepoPaths.Shared("bps", "exim_ekspor_2020_2024.xlsx"), new ImportOptions());
            Assert.Equal(ImportOutcome.Imported, summary.Outcome);
            var world = await new ReferenceLoader(db).LoadFileAsync(RepoPaths.Shared("worldtrade", "baci2024_hs6_world.csv"), "test", year: 2024);
            Assert.True(world.Loaded, string.Join("; ", world.Errors));
        }

        var csv = File.ReadAllLines(RepoPaths.Shared("worldtrade", "baci2024_hs6_world.csv")).Skip(1)
            .Select(l => l.Split(',')).Select(c => (Hs: c[0], Usd: decimal.Parse(c[1], CultureInfo.InvariantCulture) * 1_000_000m)).ToList();
        // Only chapters 84 and 85 are loaded: X_w is the world's exports of those chapters (same chapters on both sides,
        // decision 0031), not of all goods; X_p (the province's 84 + 85) is its whole export, the file has nothing else.
        var xw = csv.Where(c => c.Hs.StartsWith("84", StringComparison.Ordinal) || c.Hs.StartsWith("85", StringComparison.Ordinal)).Sum(c => c.Usd);
        var exports = ReaderFacts().Where(f => f.Year == 2024).ToList();
        var province = exports.GroupBy(ProvinceOf).Where(g => g.Key is not null).OrderByDescending(g => g.Sum(f => f.ValueUsd)).First().Key!.Value;
        var own = exports.Where(f => ProvinceOf(f) == province).ToList();
        var xp = own.Sum(f => f.ValueUsd);

        await using var check = database.NewContext();
        var result = await new CommodityAnalyses(check).RcaAsync(Year2024, province, 2, "en");

        Assert.Equal((2024, xw, xp), (result.WorldYear, result.WorldTotalUsd!.Value, result.WorldProvinceTotalUsd!.Value));
        Assert.Equal(["84", "85"], result.WorldBasisHs2!);
        Assert.Equal(5606 + 1, await check.WorldExports.CountAsync(w => w.Year == 2024));
        foreach (var chapter in new[] { "84", "85" })
        {
            var xpj = own.Where(f => f.HsCode.StartsWith(chapter, StringComparison.Ordinal)).Sum(f => f.ValueUsd);
            var xwj = csv.Where(c => c.Hs.StartsWith(chapter, StringComparison.Ordinal)).Sum(c => c.Usd);
            var expected = Math.Round(xpj / xp / (xwj / xw), 4, MidpointRounding.AwayFromZero);
            var row = Assert.Single(result.Rows, r => r.Hs == chapter);
            Assert.Equal((xwj, expected), (row.WorldUsd!.Value, row.RcaWorld!.Value));
        }
    }

    private static short? ProvinceOf(RawFact f) => PortSeed.All.FirstOrDefault(p => p.PortName == f.Port)?.ProvinceCode;

    private static List<RawFact> ReaderFacts()
    {
        using var stream = File.OpenRead(RepoPaths.Shared("bps", "exim_ekspor_2020_2024.xlsx"));
        return [.. new BpsPivotXlsxReader().Read(stream, new ReadContext("exim_ekspor_2020_2024.xlsx"))];
    }

    private static byte[] Bytes(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
}
