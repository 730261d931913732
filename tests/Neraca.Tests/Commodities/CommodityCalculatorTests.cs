using Neraca.Commodities;
using Neraca.Common;
using Neraca.Trade;
using static Neraca.Tests.Commodities.CommodityFixtures;

namespace Neraca.Tests.Commodities;

public class CommodityCalculatorTests
{
    private static readonly CommodityClassifier Rules = CommodityClassifier.BuiltIn;

    [Fact]
    public void Sectors_MonthWithOilGas_SharesChangesAndCumulative()
    {
        var data = Data(
        [
            X(2024, 2, "270900", 100m), X(2024, 2, "090111", 300m), X(2024, 2, "151110", 500m), X(2024, 2, "260300", 100m),
            X(2024, 1, "270900", 50m), X(2024, 1, "090111", 200m), X(2024, 1, "151110", 500m), X(2024, 1, "260300", 250m),
            X(2023, 2, "090111", 150m),
        ]);

        var result = CommodityCalculator.Sectors(data, Rules, new TradePeriod(2024, 2), Lampung);
        var rows = result.Rows.ToDictionary(r => r.Category);

        Assert.Equal(1000m, result.TotalUsd);
        Assert.Equal((100m, 10.00m, 100.00m, (decimal?)null, 150m), Tuple(rows[Category.OilGas]));
        // non-oil & gas: 900 vs 950 the month before; a year earlier only chapter 09 is loaded, so like for like
        // (decision 0014) 300 vs 150 = +100 %, not 900 vs 150 = +500 %
        Assert.Equal((900m, 90.00m, -5.26m, 100.00m, 1850m), Tuple(rows[Category.NonOilGas]));
        Assert.Equal(["09"], result.YoyBasisHs2!);
        Assert.Null(result.MomBasisHs2);
        Assert.True(rows[Category.NonOilGas].Subtotal);
        Assert.Equal((300m, 30.00m, 50.00m, 100.00m, 500m), Tuple(rows[Category.Agriculture]));
        // a zero base (not exported a year earlier) gives null, never infinity
        Assert.Equal((500m, 50.00m, 0.00m, (decimal?)null, 1000m), Tuple(rows[Category.Manufacturing]));
        Assert.Equal((100m, 10.00m, -60.00m, (decimal?)null, 350m), Tuple(rows[Category.MiningOther]));
        // January 2023 is not loaded: no cumulative year-on-year
        Assert.All(result.Rows, r => Assert.Null(r.CumYoyPct));
        Assert.Equal([2022], result.HsEditions);
        Assert.False(result.SpansHsEditions);
    }

    [Fact]
    public void HsEditions_Year2022_SpansHs2017AndHs2022()
    {
        Assert.Equal([2017, 2022], HsEditions.For([new TradePeriod(2022, 0)]));
        Assert.Equal([2017], HsEditions.For([new TradePeriod(2022, 3)]));
        Assert.True(CommodityCalculator.Sectors(Data([]), Rules, new TradePeriod(2022, 5), Lampung).SpansHsEditions);
    }

    [Fact]
    public void Sectors_NothingLoaded_NullValuesNotZero()
    {
        var result = CommodityCalculator.Sectors(Data([]), Rules, new TradePeriod(2024, 0), Lampung);

        Assert.Null(result.TotalUsd);
        Assert.All(result.Rows, r => Assert.Null(r.ValueUsd));
    }

    /// <summary>Files with detail for Jakarta (31) and Jawa Barat (32) only, not one national file: Lampung has no data, not zero.</summary>
    [Fact]
    public void Sectors_ProvinceAbsentFromProvinceFiles_NoDataNotZero()
    {
        var data = Data([X(2024, 3, "090111", 100m, province: 31), X(2024, 3, "851712", 50m, province: 32)]);

        var lampung = CommodityCalculator.Sectors(data, Rules, new TradePeriod(2024, 3), Lampung);
        var indonesia = CommodityCalculator.Sectors(data, Rules, new TradePeriod(2024, 3), null);
        var rca = CommodityCalculator.Rca(data, new TradePeriod(2024, 3), Lampung, 2, Label);

        Assert.Null(lampung.TotalUsd);
        Assert.Equal(150m, indonesia.TotalUsd);
        Assert.Null(rca.ProvinceTotalUsd);
        Assert.Empty(rca.Rows);
    }

    /// <summary>The same facts from one national file (built from all ports): Lampung traded zero, so RCA is 0 where Indonesia exported.</summary>
    [Fact]
    public void Sectors_ProvinceAbsentFromNationalFile_Zero()
    {
        CommodityFact[] facts = [X(2024, 3, "090111", 100m, province: 31), X(2024, 3, "851712", 50m, province: 32)];
        var coverage = new DetailCoverage([(Flow.Export, 2024, 3, (short)31), (Flow.Export, 2024, 3, (short)32)], [(Flow.Export, 2024, 3, "09"), (Flow.Export, 2024, 3, "85")]);
        var data = new CommodityData(facts, coverage);

        var lampung = CommodityCalculator.Sectors(data, Rules, new TradePeriod(2024, 3), Lampung);
        var rca = CommodityCalculator.Rca(data, new TradePeriod(2024, 3), Lampung, 2, Label);

        Assert.Equal(0m, lampung.TotalUsd);
        Assert.Equal((0m, 150m), (rca.ProvinceTotalUsd!.Value, rca.NationalTotalUsd!.Value));
        Assert.All(rca.Rows, r => Assert.Null(r.Rca)); // X_p = 0: undefined
        Assert.False(coverage.Has(Flow.Import, 2024, 3, Lampung));
    }

    [Fact]
    public void Sectors_LoadedMonthWithZeroTotal_ZeroValuesNullShares()
    {
        var data = Data([], (Flow.Export, 2024, 3, Lampung));

        var result = CommodityCalculator.Sectors(data, Rules, new TradePeriod(2024, 3), Lampung);

        Assert.Equal(0m, result.TotalUsd);
        Assert.All(result.Rows, r => Assert.Equal(0m, r.ValueUsd));
        Assert.All(result.Rows, r => Assert.Null(r.SharePct));
    }

    [Fact]
    public void EndUses_AnnualImports_SharesIncludingUnspecified()
    {
        var data = Data([M(2024, 0, "842952", 600m), M(2024, 0, "610910", 100m), M(2024, 0, "310210", 250m), M(2024, 0, "", 50m)]);

        var result = CommodityCalculator.EndUses(data, Rules, new TradePeriod(2024, 0), Lampung);
        var rows = result.Rows.ToDictionary(r => r.Category, r => (r.ValueUsd, r.SharePct, r.YoyPct));

        Assert.Equal("import", result.Flow);
        Assert.Equal((600m, 60.00m, (decimal?)null), rows[Category.Capital]);
        Assert.Equal((100m, 10.00m, (decimal?)null), rows[Category.Consumption]);
        Assert.Equal((250m, 25.00m, (decimal?)null), rows[Category.RawAuxiliary]);
        Assert.Equal((50m, 5.00m, (decimal?)null), rows[Category.Unspecified]);
    }

    [Fact]
    public void Select_YearWithElevenMonths_UsesAnnualNeverAddsBoth()
    {
        var facts = Enumerable.Range(1, 11).Select(m => X(2024, m, "090111", 10m)).Append(X(2024, 0, "090111", 500m));
        var data = Data(facts);

        var year = data.Select(Flow.Export, new TradePeriod(2024, 0), Lampung)!;

        Assert.Equal(500m, year.Sum(f => f.ValueUsd));
        Assert.Null(data.Cumulative(Flow.Export, new TradePeriod(2024, 12), Lampung));
        Assert.Equal(110m, data.Cumulative(Flow.Export, new TradePeriod(2024, 11), Lampung)!.Sum(f => f.ValueUsd));
    }

    [Fact]
    public void RawProcessed_Year_SharesAndMovers()
    {
        var data = Data(
        [
            X(2024, 0, "090111", 400m), X(2024, 0, "090121", 100m), X(2024, 0, "151110", 450m), X(2024, 0, "", 50m),
            X(2023, 0, "090111", 500m), X(2023, 0, "151110", 300m),
        ]);

        var result = CommodityCalculator.RawProcessed(data, Rules, new TradePeriod(2024, 0), Lampung, Label);

        Assert.Equal(["2020", "2021", "2022", "2023", "2024"], result.Rows.Select(r => r.Period));
        Assert.Null(result.Rows[0].TotalUsd);
        var y2024 = result.Rows[4];
        Assert.Equal((400m, 550m, 50m, 1000m, 40.00m, 55.00m), (y2024.RawUsd, y2024.ProcessedUsd, y2024.UnspecifiedUsd, y2024.TotalUsd, y2024.RawSharePct, y2024.ProcessedSharePct));
        var y2023 = result.Rows[3];
        Assert.Equal((62.50m, 37.50m), (y2023.RawSharePct, y2023.ProcessedSharePct));
        // "" (no HS code) is not loaded in 2023: no mover (decision 0014), the value stays in the 2024 row
        Assert.Equal(["151110", "090111", "090121"], result.Movers.Select(m => m.Hs));
        Assert.Equal(["09", "15"], result.YoyBasisHs2!);
        Assert.Equal((150m, 50.00m), (result.Movers[0].ChangeUsd, result.Movers[0].ChangePct));
        Assert.Equal((-100m, -20.00m), (result.Movers[1].ChangeUsd, result.Movers[1].ChangePct));
        Assert.Equal((100m, (decimal?)null), (result.Movers[2].ChangeUsd, result.Movers[2].ChangePct));
        Assert.Equal(Category.Processed, result.Movers[2].Processing);
    }

    [Fact]
    public void UnitValues_ZeroAndMissingWeight_FlaggedNeverDivided()
    {
        var data = Data(
        [
            X(2024, 0, "090111", 1000m, "US", kg: 200m), X(2024, 0, "090111", 300m, "JP", kg: 0m),
            X(2024, 0, "090121", 40m, "US", kg: 5m), X(2024, 0, "090121", 10m, "US", missing: true),
            X(2023, 0, "090111", 800m, "US", kg: 200m),
        ]);

        var result = CommodityCalculator.UnitValues(data, Flow.Export, new TradePeriod(2024, 0), Lampung, "0901", 100);
        var rows = result.Rows.ToDictionary(r => (r.Hs, r.Partner));

        Assert.Equal((5m, UnitValueFlag.Ok, 4m, 25.00m), (rows[("090111", "US")].UsdPerKg, rows[("090111", "US")].Flag, rows[("090111", "US")].YearAgoUsdPerKg, rows[("090111", "US")].ChangePct));
        Assert.Equal(((decimal?)null, UnitValueFlag.ZeroWeight), (rows[("090111", "JP")].UsdPerKg, rows[("090111", "JP")].Flag));
        Assert.Equal(((decimal?)null, UnitValueFlag.MissingWeight, (decimal?)null), (rows[("090121", "US")].UsdPerKg, rows[("090121", "US")].Flag, rows[("090121", "US")].WeightKg));
        Assert.Equal("090111", result.Rows[0].Hs);
    }

    [Fact]
    public void Rca_ProvinceAgainstIndonesia_HandComputed()
    {
        var data = Data(
        [
            X(2024, 0, "8429", 50m), X(2024, 0, "0901", 150m),
            X(2024, 0, "8429", 50m, province: 31), X(2024, 0, "8517", 300m, province: 31), X(2024, 0, "0901", 450m, province: 31),
        ]);

        var result = CommodityCalculator.Rca(data, new TradePeriod(2024, 0), Lampung, 2, Label);

        Assert.Equal((200m, 1000m), (result.ProvinceTotalUsd, result.NationalTotalUsd));
        // 84: (50/200)/(100/1000) = 2.5; 09: (150/200)/(600/1000) = 1.25; 85: 0
        Assert.Equal([("84", 2.5m), ("09", 1.25m), ("85", 0m)], result.Rows.Select(r => (r.Hs, r.Rca!.Value)));
        Assert.Equal([true, true, false], result.Rows.Select(r => r.Advantage!.Value));
        Assert.Equal((25.00m, 10.00m), (result.Rows[0].ProvinceSharePct, result.Rows[0].NationalSharePct));
    }

    [Fact]
    public void Rca_NothingLoaded_NoRowsNullTotals()
    {
        var result = CommodityCalculator.Rca(Data([]), new TradePeriod(2024, 0), Lampung, 2, Label);

        Assert.Empty(result.Rows);
        Assert.Null(result.ProvinceTotalUsd);
    }

    [Fact]
    public void Concentration_ProductsAndMarkets_HhiExcludesUnspecified()
    {
        var data = Data([X(2024, 0, "090111", 60m, "US"), X(2024, 0, "090111", 20m, "JP"), X(2024, 0, "151110", 20m, "US"), X(2024, 0, "", 100m, "")]);

        var result = CommodityCalculator.Concentration(data, new TradePeriod(2024, 0), Lampung, 6);
        var row = result.Rows[^1];

        // products 80/20 and markets 80/20: 0.8² + 0.2² = 0.68
        Assert.Equal((200m, 2, 2, 0.68m, ConcentrationLevel.High, 0.68m), (row.ExportUsd, row.Products, row.Markets, row.ProductHhi, row.ProductLevel, row.MarketHhi));
        Assert.Null(result.Rows[0].Products);
    }

    [Fact]
    public void ImportWatch_ImportsAlsoExported_RankedWithEvidence()
    {
        var data = Data(
        [
            M(2024, 0, "151110", 500m), M(2024, 0, "090111", 200m, "VN"), M(2024, 0, "842952", 1000m, "JP"), M(2024, 0, "", 50m),
            X(2024, 0, "151110", 300m, "US"), X(2024, 0, "151110", 100m, "IN"), X(2024, 0, "090111", 50m, "US"),
            M(2023, 0, "151110", 250m), M(2023, 0, "842952", 100m),
        ]);

        var result = CommodityCalculator.ImportWatch(data, Rules, new TradePeriod(2024, 0), Lampung, 6, byGrowth: false, Label);

        Assert.Equal(["151110", "090111"], result.Rows.Select(r => r.Hs));
        var palm = result.Rows[0];
        Assert.Equal((1, 500m, 250m, 100.00m, 400m, Category.RawAuxiliary), (palm.Rank, palm.ImportUsd, palm.ImportYearAgoUsd, palm.ImportYoyPct, palm.ExportUsd, palm.EndUse));
        Assert.Equal([new ExportEvidence("US", 300m), new ExportEvidence("IN", 100m)], palm.Evidence);
        Assert.Null(result.Rows[1].ImportYoyPct);
        Assert.Equal((1750m, 700m), (result.ImportTotalUsd, result.WatchedImportUsd));
        Assert.Equal([new EndUseTotal(Category.RawAuxiliary, 700m)], result.ByEndUse);
    }

    /// <summary>Registered products are evidence next to export flows: a code imported but not exported is watched when a local business makes it.</summary>
    [Fact]
    public void ImportWatch_LocalProducts_MatchByPrefixCountedAndNamed()
    {
        var data = Data([M(2024, 0, "090111", 700m), M(2024, 0, "151110", 500m), M(2024, 0, "847130", 300m), X(2024, 0, "151110", 200m, "IN")]);
        LocalProduct[] local =
        [
            new(1, "Kopi Tani", "Kopi biji", "0901"),            // coarser than HS6: matches 090111
            new(2, "Sawit Jaya", "Minyak goreng", "15111000"),    // finer (BTKI): matches 151110
            new(2, "Sawit Jaya", "Minyak sawit mentah", "151110"),
            new(3, "Roaster", "Kopi sangrai", "090121"),          // not imported: no row
        ];

        var result = CommodityCalculator.ImportWatch(data, Rules, new TradePeriod(2024, 0), Lampung, 6, byGrowth: false, Label, local);

        Assert.Equal(["090111", "151110"], result.Rows.Select(r => r.Hs));
        var coffee = result.Rows[0];
        Assert.Equal((0m, 1, 1), (coffee.ExportUsd, coffee.LocalBusinesses, coffee.LocalProducts));
        Assert.Empty(coffee.Evidence);
        Assert.Equal(new LocalEvidence("Kopi Tani", "Kopi biji", "0901"), Assert.Single(coffee.LocalEvidence));
        var palm = result.Rows[1];
        Assert.Equal((200m, 1, 2), (palm.ExportUsd, palm.LocalBusinesses, palm.LocalProducts));
        Assert.Equal((4, 1200m), (result.RegistryProducts, result.WatchedImportUsd!.Value));

        var anonymous = result.WithoutLocalNames();
        Assert.False(anonymous.LocalNamesShown);
        Assert.All(anonymous.Rows, r => Assert.Empty(r.LocalEvidence));
        Assert.Equal((1, 2), (anonymous.Rows[1].LocalBusinesses, anonymous.Rows[1].LocalProducts));
    }

    [Theory]
    [InlineData("0901", "090111", true)]
    [InlineData("09011110", "090111", true)]
    [InlineData("090121", "090111", false)]
    [InlineData("09", "0901", true)]
    [InlineData("", "0901", false)]
    public void LocalProductMatches_PrefixEitherWay(string product, string imported, bool expected) =>
        Assert.Equal(expected, LocalProduct.Matches(product, imported));

    [Fact]
    public void ImportWatch_NoExportsLoaded_NoRowsImportsTotalledAndNoted()
    {
        var data = Data([M(2024, 0, "151110", 500m)]);

        var result = CommodityCalculator.ImportWatch(data, Rules, new TradePeriod(2024, 0), Lampung, 6, byGrowth: true, Label);

        Assert.Empty(result.Rows);
        Assert.Equal((500m, 0m), (result.ImportTotalUsd!.Value, result.WatchedImportUsd!.Value));
        Assert.Contains("no export detail loaded", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportWatch_NothingLoaded_NullTotals()
    {
        var result = CommodityCalculator.ImportWatch(Data([]), Rules, new TradePeriod(2024, 0), Lampung, 6, byGrowth: false, Label, [new(1, "B", "P", "1511")]);

        Assert.Empty(result.Rows);
        Assert.Null(result.ImportTotalUsd);
    }

    private static (decimal?, decimal?, decimal?, decimal?, decimal?) Tuple(CategoryRow r) => (r.ValueUsd, r.SharePct, r.MomPct, r.YoyPct, r.CumUsd);
}
