using Neraca.Commodities;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Imports.WebApi;
using Neraca.Imports.Xlsx;
using Neraca.Reference;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;

namespace Neraca.Tests.Trade;

/// <summary>
/// Issue 11, item 1: with the national export XLSX files (HS 84 and 85, 2020–2025) and the WebAPI monthly HS 03 file
/// (2024 only) loaded, every change compares the chapters loaded on both sides (decision 0014). Expected values are
/// recomputed here from the readers' raw facts, never from the engine.
/// </summary>
public class LikeForLikeTests
{
    private const short Lampung = 18;

    [Fact]
    public void Compare_ChapterMissingFromCurrent_ComparesCommonChaptersOnly()
    {
        var current = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["84"] = 110m, ["85"] = 0m };
        var yearAgo = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["03"] = 900m, ["84"] = 100m, ["85"] = 0m };

        var change = LikeForLike.Compare(current, yearAgo);

        // (110 + 0) vs (100 + 0): +10 %, not (110 − 1000) / 1000 = −89 %.
        Assert.Equal((10m, 10m, true, (string?)null), (change.Pct, change.ChangeUsd, change.Partial, change.Reason));
        Assert.Equal(["84", "85"], change.BasisHs2!);
    }

    [Fact]
    public void Compare_NoCommonChapter_NullWithReason()
    {
        var change = LikeForLike.Compare(
            new Dictionary<string, decimal>(StringComparer.Ordinal) { ["84"] = 1m },
            new Dictionary<string, decimal>(StringComparer.Ordinal) { ["03"] = 1m });

        Assert.Equal((null, LikeForLike.NoCommonChapters), (change.Pct, change.Reason));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BalanceAsync_IndonesiaJanuary2025And2024_YoyOverChapters84And85BothSides(Engine engine)
    {
        await using var database = await ImportAsync(engine);
        await using var db = database.NewContext();

        var rows = await new TradeFigures(db).BalanceAsync(null, new YearMonth(2024, 1), new YearMonth(2025, 1), Granularity.Month);

        // From the XLSX facts alone (chapters 84 and 85): January 2023, 2024 and 2025.
        var xlsx = XlsxFacts("exim_ekspor_2020_2024.xlsx").Concat(XlsxFacts("exim_ekspor_2025.xlsx")).ToList();
        decimal Jan(int year) => xlsx.Where(f => f.Year == year && f.Month == 1).Sum(f => f.ValueUsd);
        var expected2025 = Math.Round((Jan(2025) - Jan(2024)) / Jan(2024) * 100m, 2, MidpointRounding.AwayFromZero);
        var expected2024 = Math.Round((Jan(2024) - Jan(2023)) / Jan(2023) * 100m, 2, MidpointRounding.AwayFromZero);
        Assert.Equal((11.99m, -11.80m), (expected2025, expected2024)); // the figures (the engine said −8.12 and +7.51)

        var jan2025 = rows.Single(r => r.Period == "2025-01");
        var jan2024 = rows.Single(r => r.Period == "2024-01");
        Assert.Equal(expected2025, jan2025.ExportsYoyPct);
        Assert.Equal(Jan(2025) - Jan(2024), jan2025.ExportsYoyChangeUsd);
        Assert.Equal(["84", "85"], jan2025.ExportsYoyBasisHs2!);
        Assert.True(jan2025.Partial);
        Assert.Equal(expected2024, jan2024.ExportsYoyPct);
        Assert.Equal(expected2024, jan2024.ExportsCumYoyPct);
        Assert.Equal(["84", "85"], jan2024.ExportsYoyBasisHs2!);
        // The value shown stays everything loaded: 2024-01 includes HS 03 from the WebAPI file.
        var hs03 = WebApiFacts().Where(f => f.Month == 1).Sum(f => f.ValueUsd);
        Assert.Equal(Jan(2024) + hs03, jan2024.ExportsUsd);
        Assert.Equal(["03", "84", "85"], jan2024.ExportsHs2Covered!);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BalanceAsync_LampungJanuary2025WithoutHs03_NeverMinus100(Engine engine)
    {
        await using var database = await ImportAsync(engine);
        await using var db = database.NewContext();

        var rows = await new TradeFigures(db).BalanceAsync(Lampung, new YearMonth(2025, 1), new YearMonth(2025, 1), Granularity.Month);

        // Lampung's ports export no HS 84/85 in January 2024 nor 2025 (XLSX); its 2024 exports are HS 03 only, which is
        // not loaded for 2025. Like for like: 0 vs 0 over 84+85, a change from zero: n/a, not −100 %.
        var row = Assert.Single(rows);
        var lampung2025 = XlsxFacts("exim_ekspor_2025.xlsx").Where(f => f.Month == 1 && IsLampung(f)).Sum(f => f.ValueUsd);
        Assert.Equal(0m, lampung2025);
        Assert.Equal(0m, row.ExportsUsd);
        Assert.Equal((null, LikeForLike.ZeroBase), (row.ExportsYoyPct, row.ExportsYoyReason));
        Assert.Equal((null, LikeForLike.ZeroBase), (row.ExportsMomPct, row.ExportsMomReason));
        Assert.Equal(["84", "85"], row.ExportsYoyBasisHs2!);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TopAsync_CountriesJanuary2025_YoyOverCommonChapters(Engine engine)
    {
        await using var database = await ImportAsync(engine);
        await using var db = database.NewContext();

        var top = await new TradeFigures(db).TopAsync(TopBy.Country, Flow.Export, new TradePeriod(2025, 1), null, 5);

        var ago = XlsxFacts("exim_ekspor_2020_2024.xlsx").Where(f => f.Year == 2024 && f.Month == 1)
            .GroupBy(f => CountryNames.ResolveIso2(f.Country) ?? f.Country).ToDictionary(g => g.Key, g => g.Sum(f => f.ValueUsd));
        var now = XlsxFacts("exim_ekspor_2025.xlsx").Where(f => f.Month == 1)
            .GroupBy(f => CountryNames.ResolveIso2(f.Country) ?? f.Country).ToDictionary(g => g.Key, g => g.Sum(f => f.ValueUsd));
        Assert.Equal(["84", "85"], top.YoyBasisHs2!);
        Assert.True(top.Partial);
        Assert.NotEmpty(top.Rows);
        foreach (var row in top.Rows)
        {
            var expected = Math.Round((now[row.Key] - ago[row.Key]) / ago[row.Key] * 100m, 2, MidpointRounding.AwayFromZero);
            Assert.Equal(expected, row.YoyPct);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TopAsync_EuFebruary2020Mom_Eu27OnBothSides(Engine engine)
    {
        await using var database = await ImportAsync(engine);
        await using var db = database.NewContext();

        var top = await new TradeFigures(db).TopAsync(TopBy.Group, Flow.Export, new TradePeriod(2020, 2), null, 4);

        // February's members (the UK left on 2020-01-31) on both sides: −16.32 %, not EU27+UK in January (−22.05 %).
        var february = new DateOnly(2020, 2, 29);
        decimal Eu(int month) => XlsxFacts("exim_ekspor_2020_2024.xlsx").Where(f => f.Year == 2020 && f.Month == month)
            .Where(f => CountryNames.ResolveIso2(f.Country) is { } iso2 && CountryGroups.IsMember("EU", iso2, february)).Sum(f => f.ValueUsd);
        var expected = Math.Round((Eu(2) - Eu(1)) / Eu(1) * 100m, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(-16.32m, expected);
        Assert.Equal(expected, top.Rows.Single(r => r.Key == "EU").MomPct);
        Assert.Equal("2020-02", top.GroupMembership);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TopAsync_AseanOctober2025Mom_TimorLesteOnBothSides(Engine engine)
    {
        await using var database = await ImportAsync(engine);
        await using var db = database.NewContext();

        var top = await new TradeFigures(db).TopAsync(TopBy.Group, Flow.Export, new TradePeriod(2025, 10), null, 4);

        // Timor-Leste joined ASEAN on 2025-10-26. The rule (decision 0014): a month takes the members of its last day, on
        // both sides of a change, so October counts Timor-Leste for the whole month and September is re-counted with
        // it. Counting it in October only (the finding) would add its September exports to the growth.
        var october = new DateOnly(2025, 10, 31);
        var facts = XlsxFacts("exim_ekspor_2025.xlsx");
        decimal Asean(int month, DateOnly membership) => facts.Where(f => f.Month == month)
            .Where(f => CountryNames.ResolveIso2(f.Country) is { } iso2 && CountryGroups.IsMember("ASEAN", iso2, membership)).Sum(f => f.ValueUsd);
        decimal TimorLeste(int month) => facts.Where(f => f.Month == month && CountryNames.ResolveIso2(f.Country) == "TL").Sum(f => f.ValueUsd);
        Assert.True(TimorLeste(9) > 0m && TimorLeste(10) > 0m, "the file has exports to Timor-Leste in both months");
        var expected = Math.Round((Asean(10, october) - Asean(9, october)) / Asean(9, october) * 100m, 2, MidpointRounding.AwayFromZero);
        var oneSided = Math.Round((Asean(10, october) - Asean(9, new DateOnly(2025, 9, 30))) / Asean(9, new DateOnly(2025, 9, 30)) * 100m, 2, MidpointRounding.AwayFromZero);
        Assert.NotEqual(oneSided, expected);
        var row = top.Rows.Single(r => r.Key == "ASEAN");
        Assert.Equal(expected, row.MomPct);
        Assert.Equal(Asean(10, october), row.ValueUsd);
        Assert.Equal("2025-10", top.GroupMembership);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SectorsAsync_Lampung2024_NonOilGasYoyOverChapters84And85(Engine engine)
    {
        await using var database = await ImportAsync(engine);
        await using var db = database.NewContext();

        var sectors = await new CommodityAnalyses(db).SectorsAsync(new TradePeriod(2024, 0), Lampung);

        // 2024 holds HS 03 (WebAPI) + 84/85, 2023 only 84/85: the issue saw +577,135.88 %. Over 84+85 on both sides
        // Lampung went from its 2023 XLSX sum to 0 (no Lampung port in the 2024 file): a change of the data, −100 %.
        var xlsx = XlsxFacts("exim_ekspor_2020_2024.xlsx");
        var lampung2023 = xlsx.Where(f => f.Year == 2023 && IsLampung(f)).Sum(f => f.ValueUsd);
        var lampung2024 = xlsx.Where(f => f.Year == 2024 && IsLampung(f)).Sum(f => f.ValueUsd);
        Assert.Equal((8559.41m, 0m), (lampung2023, lampung2024));
        Assert.Equal(["84", "85"], sectors.YoyBasisHs2!);
        Assert.True(sectors.Partial);
        Assert.Equal(-100m, sectors.Rows.Single(r => r.Category == Category.NonOilGas).YoyPct);
        var hs03 = WebApiFacts().Where(IsLampung).Sum(f => f.ValueUsd);
        Assert.Equal(hs03 + lampung2024, sectors.TotalUsd); // the value shown is still everything loaded
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RawProcessedAsync_IndonesiaOctober2025_NoHs03Mover(Engine engine)
    {
        await using var database = await ImportAsync(engine);
        await using var db = database.NewContext();

        var result = await new CommodityAnalyses(db).RawProcessedAsync(new TradePeriod(2025, 10), null, "en");

        // HS 03 is loaded for October 2024 only: before, its products were movers at −100 %.
        Assert.NotEmpty(result.Movers);
        Assert.DoesNotContain(result.Movers, m => m.Hs.StartsWith("03", StringComparison.Ordinal));
        Assert.Equal(["84", "85"], result.YoyBasisHs2!);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BalanceAsync_Year2024MonthlyXlsxAndAnnualHs03_KeepsHs03FromAnnual(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        foreach (var file in new[] { "exim_ekspor_2020_2024.xlsx", Path.Combine("webapi", "trade_exp_annual_03_2024.json") })
        {
            await using var import = database.NewContext();
            var summary = await new TradeImporter(import).ImportFileAsync(RepoPaths.Shared("bps", file), new ImportOptions());
            Assert.True(summary.Outcome == ImportOutcome.Imported, file + ": " + string.Join("; ", summary.Errors));
        }

        await using var db = database.NewContext();
        var rows = await new TradeFigures(db).BalanceAsync(null, new YearMonth(2024, 1), new YearMonth(2024, 12), Granularity.Year);

        // 84/85: the 12 months of the XLSX; 03: the annual WebAPI file (README: sum(value) = 3995628247.491).
        var months = XlsxFacts("exim_ekspor_2020_2024.xlsx").Where(f => f.Year == 2024).Sum(f => f.ValueUsd);
        var year = Assert.Single(rows);
        Assert.Equal(months + 3995628247.491m, year.ExportsUsd);
        Assert.Equal(["03"], year.ExportsHs2Annual!);
        Assert.Equal(["03", "84", "85"], year.ExportsHs2Covered!);
        // 2023 has 84/85 only: the year-on-year change compares 84+85.
        var y2023 = XlsxFacts("exim_ekspor_2020_2024.xlsx").Where(f => f.Year == 2023).Sum(f => f.ValueUsd);
        Assert.Equal(Math.Round((months - y2023) / y2023 * 100m, 2, MidpointRounding.AwayFromZero), year.ExportsYoyPct);
        Assert.Equal(["84", "85"], year.ExportsYoyBasisHs2!);

        // The ranking of the year by chapter follows the same rule.
        var top = await new TradeFigures(db).TopAsync(TopBy.Hs2, Flow.Export, new TradePeriod(2024, 0), null);
        Assert.Equal("monthly+annual", top.Basis);
        Assert.Equal(3995628247.491m, top.Rows.Single(r => r.Key == "03").ValueUsd);
        Assert.Equal(year.ExportsUsd, top.TotalUsd);
        Assert.Null(top.Rows.Single(r => r.Key == "03").YoyPct); // HS 03 is not loaded for 2023
    }

    /// <summary>
    /// The walk of the "done when": every province (and Indonesia) × month from 2020-01 to 2025-12, MoM and YoY
    /// of exports, equal a recomputation from the three files' raw facts: a month's loaded chapters are those of the files
    /// holding it (each file is national, so a province without facts traded zero there), both sides summed over the
    /// common chapters. So no change is caused by coverage (no −100 % from a chapter missing on one side).
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BalanceByProvinceAsync_EveryMonth_EqualsIndependentLikeForLike(Engine engine)
    {
        await using var database = await ImportAsync(engine);
        await using var db = database.NewContext();
        var figures = new TradeFigures(db);
        var (from, to) = (new YearMonth(2020, 1), new YearMonth(2025, 12));
        var provinces = await figures.BalanceByProvinceAsync(from, to, Granularity.Month);
        var indonesia = await figures.BalanceAsync(null, from, to, Granularity.Month);

        var facts = XlsxFacts("exim_ekspor_2020_2024.xlsx").Concat(XlsxFacts("exim_ekspor_2025.xlsx")).Concat(WebApiFacts()).ToList();
        var ports = PortSeed.All.GroupBy(p => p.PortName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ProvinceCode, StringComparer.Ordinal);
        var loaded = facts.GroupBy(f => ((int)f.Year, (int)f.Month)).ToDictionary(g => g.Key, g => g.Select(Chapter).ToHashSet(StringComparer.Ordinal));
        var values = facts.GroupBy(f => ((int)f.Year, (int)f.Month, ports.GetValueOrDefault(f.Port, Province.Unspecified), Chapter(f)))
            .ToDictionary(g => g.Key, g => g.Sum(f => f.ValueUsd));
        decimal? Expected(short? province, YearMonth now, YearMonth then)
        {
            if (!loaded.TryGetValue((now.Year, now.Month), out var a) || !loaded.TryGetValue((then.Year, then.Month), out var b))
            {
                return null;
            }

            decimal Sum(YearMonth m) => a.Where(b.Contains).Sum(h => province is short p
                ? values.GetValueOrDefault((m.Year, m.Month, p, h))
                : values.Where(kv => kv.Key.Item1 == m.Year && kv.Key.Item2 == m.Month && kv.Key.Item4 == h).Sum(kv => kv.Value));
            var (x, y) = (Sum(now), Sum(then));
            return y == 0m ? null : Math.Round((x - y) / y * 100m, 2, MidpointRounding.AwayFromZero);
        }

        var checkedChanges = 0;
        foreach (var (code, rows) in provinces.Select(p => ((short?)p.Province, p.Rows)).Append((null, indonesia)))
        {
            foreach (var row in rows)
            {
                var month = YearMonth.Parse(row.Period, "period");
                Assert.True(Expected(code, month, month.AddMonths(-1)) == row.ExportsMomPct, $"{code} {row.Period} MoM {row.ExportsMomPct}");
                Assert.True(Expected(code, month, month.AddMonths(-12)) == row.ExportsYoyPct, $"{code} {row.Period} YoY {row.ExportsYoyPct}");
                checkedChanges += (row.ExportsMomPct is null ? 0 : 1) + (row.ExportsYoyPct is null ? 0 : 1);
            }
        }

        Assert.True(checkedChanges > 1000, checkedChanges.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Chapter(RawFact f) => f.HsCode.Length >= 2 ? f.HsCode[..2] : "";

    private static bool IsLampung(RawFact f) => PortSeed.All.Any(p => p.PortName == f.Port && p.ProvinceCode == Lampung);

    private static List<RawFact> XlsxFacts(string file)
    {
        using var stream = File.OpenRead(RepoPaths.Shared("bps", file));
        return [.. new BpsPivotXlsxReader().Read(stream, new ReadContext(file))];
    }

    private static List<RawFact> WebApiFacts()
    {
        using var stream = File.OpenRead(RepoPaths.Shared("bps", "webapi", "trade_exp_monthly_03_2024.json"));
        return [.. new BpsWebApiReader().Read(stream, new ReadContext("trade_exp_monthly_03_2024.json"))];
    }

    internal static async Task<TestDatabase> ImportAsync(Engine engine, params string[] extra)
    {
        var database = await TestDatabase.CreateAsync(engine);
        string[] files = ["exim_ekspor_2020_2024.xlsx", "exim_ekspor_2025.xlsx", Path.Combine("webapi", "trade_exp_monthly_03_2024.json"), .. extra];
        foreach (var file in files)
        {
            await using var db = database.NewContext();
            var summary = await new TradeImporter(db).ImportFileAsync(RepoPaths.Shared("bps", file), new ImportOptions());
            Assert.True(summary.Outcome == ImportOutcome.Imported, file + ": " + string.Join("; ", summary.Errors));
        }

        return database;
    }
}
