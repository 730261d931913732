using Neraca.Commodities;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Imports.Xlsx;
using Neraca.Reference;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;

namespace Neraca.Tests.Commodities;

/// <summary>
/// The real national BPS samples imported through the pipeline (ports → provinces, PANJANG → Lampung 18); RCA and the
/// import watch checked against values derived here straight from the reader's facts and the port seed.
/// </summary>
public class CommodityRealDataTests
{
    private const short Lampung = 18;
    private static readonly TradePeriod Year2024 = new(2024, 0);

    /// <summary>Lampung exported HS 84 and 85 in 2023 (PANJANG): the RCA in each against Indonesia.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RcaAsync_Lampung2023_Hs84And85MatchIndependentComputation(Engine engine)
    {
        await using var database = await ImportSamplesAsync(engine);
        await using var db = database.NewContext();

        var result = await new CommodityAnalyses(db).RcaAsync(new TradePeriod(2023, 0), Lampung, 2, "en");

        var exports = ReaderFacts("exim_ekspor_2020_2024.xlsx").Where(f => f.Year == 2023).ToList();
        var xn = exports.Sum(f => f.ValueUsd);
        var xp = exports.Where(IsLampung).Sum(f => f.ValueUsd);
        Assert.True(xp > 0m);
        Assert.Equal((xp, xn), (result.ProvinceTotalUsd, result.NationalTotalUsd));
        Assert.Contains("84, 85 only", result.Note, StringComparison.Ordinal);
        foreach (var chapter in new[] { "84", "85" })
        {
            var xnj = exports.Where(f => f.HsCode.StartsWith(chapter, StringComparison.Ordinal)).Sum(f => f.ValueUsd);
            var xpj = exports.Where(f => IsLampung(f) && f.HsCode.StartsWith(chapter, StringComparison.Ordinal)).Sum(f => f.ValueUsd);
            Assert.True(xpj > 0m && xnj > 0m);
            var expected = Math.Round(xpj / xp / (xnj / xn), 4, MidpointRounding.AwayFromZero);
            var row = Assert.Single(result.Rows, r => r.Hs == chapter);
            Assert.Equal((xpj, xnj, expected), (row.ProvinceUsd, row.NationalUsd, row.Rca!.Value));
        }
    }

    /// <summary>
    /// No Lampung port appears in the 2024 national export file: one coverage rule (DetailCoverage) makes that a zero
    /// (the file is built from all ports) in the figures engine and in the commodity analyses alike.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RcaAndBalance_Lampung2024AbsentFromNationalFile_ZeroInBothEngines(Engine engine)
    {
        await using var database = await ImportSamplesAsync(engine);
        await using var db = database.NewContext();
        var exports = ReaderFacts("exim_ekspor_2020_2024.xlsx").Where(f => f.Year == 2024).ToList();
        Assert.DoesNotContain(exports, IsLampung);
        Assert.NotEmpty(exports);

        var rca = await new CommodityAnalyses(db).RcaAsync(Year2024, Lampung, 2, "en");
        var sectors = await new CommodityAnalyses(db).SectorsAsync(Year2024, Lampung);
        var balance = await new TradeFigures(db).BalanceAsync(Lampung, new YearMonth(2024, 1), new YearMonth(2024, 12), Granularity.Year);
        var top = await new TradeFigures(db).TopAsync(TopBy.Hs2, Flow.Export, Year2024, Lampung);

        Assert.Equal((0m, exports.Sum(f => f.ValueUsd)), (rca.ProvinceTotalUsd!.Value, rca.NationalTotalUsd!.Value));
        foreach (var chapter in new[] { "84", "85" })
        {
            var row = Assert.Single(rca.Rows, r => r.Hs == chapter);
            Assert.Equal((0m, exports.Where(f => f.HsCode.StartsWith(chapter, StringComparison.Ordinal)).Sum(f => f.ValueUsd), (decimal?)null), (row.ProvinceUsd, row.NationalUsd, row.Rca));
        }

        Assert.Equal(0m, sectors.TotalUsd);
        var year = Assert.Single(balance);
        Assert.Equal(0m, year.ExportsUsd);
        Assert.Equal(["84", "85"], year.ExportsHs2Covered);
        Assert.Equal(0m, top.TotalUsd);
        Assert.Empty(top.Rows);

        // Indonesia as a whole is loaded: the same rule covers it.
        var national = await new CommodityAnalyses(db).SectorsAsync(Year2024, null);
        Assert.Equal(exports.Sum(f => f.ValueUsd), national.TotalUsd);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportWatchAsync_Lampung2020And2024_MatchIndependentList(Engine engine)
    {
        await using var database = await ImportSamplesAsync(engine);
        await using var db = database.NewContext();
        var allExports = ReaderFacts("exim_ekspor_2020_2024.xlsx");
        var nonEmpty = 0;
        foreach (var (year, importFile) in new[] { (2020, "exim_impor_2020.xlsx"), (2024, "exim_impor_2024.xlsx") })
        {
            var result = await new CommodityAnalyses(db).ImportWatchAsync(new TradePeriod(year, 0), Lampung, 2, byGrowth: false, "id", localNames: true);

            var imports = ReaderFacts(importFile).Where(f => f.Year == year && IsLampung(f) && f.HsCode.Length > 0)
                .GroupBy(f => f.HsCode[..2]).ToDictionary(g => g.Key, g => g.Sum(f => f.ValueUsd));
            var exports = allExports.Where(f => f.Year == year && IsLampung(f) && f.HsCode.Length > 0)
                .GroupBy(f => f.HsCode[..2]).ToDictionary(g => g.Key, g => g.Sum(f => f.ValueUsd));
            var expected = imports.Where(kv => kv.Value > 0m && exports.GetValueOrDefault(kv.Key) > 0m)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => (kv.Key, kv.Value, exports[kv.Key])).ToList();
            nonEmpty += expected.Count;
            Assert.Equal(expected, result.Rows.Select(r => (r.Hs, r.ImportUsd, r.ExportUsd)));
            Assert.All(result.Rows, r => Assert.Equal(r.ExportUsd, r.Evidence.Sum(e => e.ValueUsd)));
            Assert.All(result.Rows, r => Assert.Null(r.ImportYoyPct)); // the year before is not loaded
            Assert.Equal(imports.Values.Sum(), result.ImportTotalUsd);
            Assert.Equal(result.Rows.Sum(r => r.ImportUsd), result.ByEndUse.Sum(e => e.ImportUsd));
        }

        Assert.True(nonEmpty > 0, "at least one year has imported chapters that Lampung also exports");
    }

    private static bool IsLampung(RawFact f) => PortSeed.All.Any(p => p.PortName == f.Port && p.ProvinceCode == Lampung);

    private static List<RawFact> ReaderFacts(string file)
    {
        var path = RepoPaths.Shared("bps", file);
        using var stream = File.OpenRead(path);
        return [.. new BpsPivotXlsxReader().Read(stream, new ReadContext(file))];
    }

    private static async Task<TestDatabase> ImportSamplesAsync(Engine engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        foreach (var sample in new[] { "exim_ekspor_2020_2024.xlsx", "exim_impor_2020.xlsx", "exim_impor_2024.xlsx" })
        {
            await using var db = database.NewContext();
            var summary = await new TradeImporter(db).ImportFileAsync(RepoPaths.Shared("bps", sample), new ImportOptions());
            Assert.True(summary.Outcome == ImportOutcome.Imported, string.Join("; ", summary.Errors));
        }

        return database;
    }
}
