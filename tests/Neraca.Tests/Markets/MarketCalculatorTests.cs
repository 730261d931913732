using System.Globalization;
using Neraca.Common;
using Neraca.Markets;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;
using static Neraca.Tests.Commodities.CommodityFixtures;

namespace Neraca.Tests.Markets;

/// <summary>The market score from its parts (docs/decisions/0023), hand-computed for coffee 090111 with the shared BACI 2024 rows.</summary>
public class MarketCalculatorTests
{
    private static readonly DateOnly EndOf2024 = new(2024, 12, 31);

    /// <summary>The top-6 importers of 090111 in 2024 from the shared BACI file (US$ million): USA 6,165, DEU 4,351, ITA 2,581, BEL 2,460, JPN 1,605, ESP 1,103.</summary>
    internal static List<WorldImport> CoffeeImports2024()
    {
        var rows = File.ReadLines(RepoPaths.Shared("worldtrade", "baci2024_hs6_top_importers.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(c => c[0] == "090111").ToList();
        var iso2 = new Dictionary<string, string> { ["USA"] = "US", ["DEU"] = "DE", ["ITA"] = "IT", ["BEL"] = "BE", ["JPN"] = "JP", ["ESP"] = "ES" };
        return [.. rows.Select(c => new WorldImport
        {
            Year = 2024, Hs = "090111", Importer = iso2[c[2]], ValueMilli = Money.ToMilli(decimal.Parse(c[3], CultureInfo.InvariantCulture) * 1_000_000m), Source = "baci_top_importers",
        })];
    }

    /// <summary>
    /// World exports of 2024 from the shared BACI world table: every HS6 code of chapters 09 (coffee; 090111 is US$ 33,675
    /// million) and 27 (coal), the two chapters the data hold, and a world total.
    /// </summary>
    private static List<WorldExport> World2024() =>
    [
        .. WorldRows().Where(c => c[0].StartsWith("09", StringComparison.Ordinal) || c[0].StartsWith("27", StringComparison.Ordinal))
            .Select(c => new WorldExport { Year = 2024, Hs = c[0], ValueMilli = Money.ToMilli(decimal.Parse(c[1], CultureInfo.InvariantCulture) * 1_000_000m) }),
        new() { Year = 2024, Hs = WorldExport.Total, ValueMilli = Money.ToMilli(22_940_000m * 1_000_000m) },
    ];

    private static IEnumerable<string[]> WorldRows() =>
        File.ReadLines(RepoPaths.Shared("worldtrade", "baci2024_hs6_world.csv")).Skip(1).Select(l => l.Split(','));

    // Lampung exports coffee to the US 300 and Japan 100 (and coal 600); province 31 coffee to the US 500, Germany 200, Egypt 100 (and coal 1100).
    private static MarketInputs Coffee(IReadOnlyList<MarketBusiness>? businesses = null, IReadOnlyList<WorldImport>? imports = null) => new()
    {
        Hs = "090111",
        Province = Lampung,
        Year = 2024,
        Date = EndOf2024,
        Language = "en",
        Data = Data(
        [
            X(2024, 0, "09011190", 300m, "US"), X(2024, 0, "09011190", 100m, "JP"), X(2024, 0, "27011210", 600m, "CN"),
            X(2024, 0, "09011190", 500m, "US", province: 31), X(2024, 0, "09011190", 200m, "DE", province: 31),
            X(2024, 0, "09011190", 100m, "EG", province: 31), X(2024, 0, "27011210", 1100m, "CN", province: 31),
        ]),
        Imports = imports ?? CoffeeImports2024(),
        WorldExports = World2024(),
        Businesses = businesses ?? [],
    };

    [Fact]
    public void Rank_Coffee090111_HandComputedScoreFromParts()
    {
        var result = MarketCalculator.Rank(Coffee());

        // Order by score: US 60, JP 29.32, DE 28.45, IT 14.65, BE 13.97, ES 6.26, EG 1.88.
        Assert.Equal(["US", "JP", "DE", "IT", "BE", "ES", "EG"], result.Markets.Select(m => m.Country));
        var us = result.Markets[0];
        // US: imports 6,165 m of 33,675 m = 18.31 %, the largest → 35; Indonesia 800 of largest 800 → 15; Lampung 300 of 300 → 10;
        // no agreement → 0; FDA registration and HACCP, none held → 0; growth missing (2024 only) → 0.
        Assert.Equal((60m, 6_165_000_000m, 18.31m, 800m, 300m), (us.Score, us.DemandUsd!.Value, us.DemandSharePct!.Value, us.IndonesiaExportsUsd!.Value, us.ProvinceExportsUsd!.Value));
        Assert.Equal([35m, 0m, 15m, 10m, 0m, 0m], us.Parts.Select(p => p.Points));
        Assert.Equal(["fda_food_facility", "haccp"], us.Requirements.Select(r => r.Code));
        Assert.Null(us.DemandGrowthPct);
        Assert.Contains("growth needs two years", Assert.Single(us.Parts, p => p.Part == MarketScore.DemandGrowth).MissingReason, StringComparison.Ordinal);

        // JP: 35 × 1,605/6,165 = 9.1119; 15 × 100/800 = 1.875; 10 × 100/300 = 3.3333; IJEPA, AJCEP, RCEP in force → 15. Sum 29.3203.
        var jp = result.Markets[1];
        Assert.Equal((29.32m, 4.77m), (jp.Score, jp.DemandSharePct!.Value));
        Assert.Equal(["IJEPA", "AJCEP", "RCEP"], jp.Agreements);
        Assert.Equal([9.11m, 0m, 1.88m, 3.33m, 15m, 0m], jp.Parts.Select(p => p.Points));

        // DE: 35 × 4,351/6,165 = 24.7015; 15 × 200/800 = 3.75; Lampung exported nothing there (loaded: 0, not missing).
        var de = result.Markets[2];
        Assert.Equal((28.45m, 0m), (de.Score, de.ProvinceExportsUsd!.Value));
        Assert.Equal(["eu_labelling", "eu_residues", "eudr", "haccp"], de.Requirements.Select(r => r.Code));

        // EG: not among the top-6 importers: demand missing with its reason, not zero; 15 × 100/800 = 1.875.
        var eg = result.Markets[^1];
        Assert.Equal((1.88m, (decimal?)null), (eg.Score, eg.DemandUsd));
        Assert.Contains("not listed among the importers of HS 090111 in 2024", Assert.Single(eg.Parts, p => p.Part == MarketScore.DemandShare).MissingReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_Coffee090111_SupplyWithRcaHandComputed()
    {
        var supply = MarketCalculator.Rank(Coffee([new MarketBusiness(1, 20m, "ton", [CertificationType.Haccp]), new MarketBusiness(2, 5m, "ton", [CertificationType.Haccp, CertificationType.Halal])])).Supply;

        // x_pj 400 of X_p 1,000; x_nj 1,200 of X_n 2,900: (0.4)/(1,200/2,900) = 0.9667. World over the same chapters (09 and
        // 27, decision 0031): X_p = 400 + 600 = 1,000; X_w = 73,495 + 3,015,822 = 3,089,317 million (BACI HS6 rows of the two
        // chapters); 0.4 / (33,675/3,089,317) = 36.6957. Against the world's total of all goods it was 272.4870.
        var worldChapters = WorldRows().Where(c => c[0].StartsWith("09", StringComparison.Ordinal) || c[0].StartsWith("27", StringComparison.Ordinal))
            .Sum(c => decimal.Parse(c[1], CultureInfo.InvariantCulture));
        Assert.Equal(3_089_317m, worldChapters);
        Assert.Equal((400m, 0.9667m, 36.6957m, 2), (supply.ProvinceExportsUsd!.Value, supply.Rca!.Value, supply.RcaWorld!.Value, supply.Businesses));
        Assert.Equal([(2022, (decimal?)null), (2023, null), (2024, 400m)], supply.Trend.Select(t => (t.Year, t.ValueUsd)));
        Assert.Equal(["25 ton/month"], supply.Capacity);
        Assert.Equal(["Halal (1)", "Haccp (2)"], supply.Certifications);
    }

    [Fact]
    public void Rank_CertificationHeld_RequirementMetAddsPoints()
    {
        var us = MarketCalculator.Rank(Coffee([new MarketBusiness(1, 20m, "ton", [CertificationType.Haccp])])).Markets[0];

        // HACCP met, FDA registration not: 15 × 1/2 = 7.5 more than without.
        Assert.Equal((67.5m, 7.5m), (us.Score, us.Parts[^1].Points));
        Assert.Equal([false, true], us.Requirements.Select(r => r.Met));
    }

    [Fact]
    public void Rank_NoWorldOrTradeData_PartsMissingWithReasons()
    {
        var input = Coffee(imports: []) with { Data = Data([]), WorldExports = [] };

        var result = MarketCalculator.Rank(input);

        Assert.Empty(result.Markets);
        Assert.Contains(result.Notes, n => n.StartsWith("no world imports loaded for 2024", StringComparison.Ordinal));
        Assert.Null(result.Supply.ProvinceExportsUsd);
        Assert.Contains(result.Supply.Notes, n => n.Contains("no export detail of the province loaded for 2024", StringComparison.Ordinal));
    }

    [Fact]
    public void Rank_WorldOnlyNoTradeFacts_TradePartsMissingNotZero()
    {
        var us = MarketCalculator.Rank(Coffee() with { Data = Data([]) }).Markets[0];

        Assert.Equal((35m, (decimal?)null, (decimal?)null), (us.Score, us.IndonesiaExportsUsd, us.ProvinceExportsUsd));
        Assert.Equal(["no export detail of Indonesia loaded for 2024", "no export detail of province 18 loaded for 2024"],
            us.Parts.Where(p => p.Part is MarketScore.IndonesiaExports or MarketScore.ProvinceExports).Select(p => p.MissingReason));
    }

    [Fact]
    public void Rank_TwoOrThreeYears_GrowthIsCompoundAnnual()
    {
        // JP 100 (2022) → 121 (2024): (121/100)^(1/2) − 1 = 10 % → (10+20)/40 = 0.75 → 7.5 points.
        // KR listed from 2023 only: 200 → 180 = −10 % → 0.25 → 2.5 points. CN listed 2024 only: missing.
        List<WorldImport> imports =
        [
            Import(2022, "JP", 100m), Import(2024, "JP", 121m), Import(2023, "KR", 200m), Import(2024, "KR", 180m), Import(2024, "CN", 50m),
        ];

        var markets = MarketCalculator.Rank(Coffee(imports: imports) with { Data = Data([]) }).Markets.ToDictionary(m => m.Country);

        Assert.Equal((10m, 7.5m), (markets["JP"].DemandGrowthPct!.Value, markets["JP"].Parts[1].Points));
        Assert.Equal((-10m, 2.5m), (markets["KR"].DemandGrowthPct!.Value, markets["KR"].Parts[1].Points));
        Assert.Null(markets["CN"].DemandGrowthPct);
        Assert.Equal("the market is not listed in the earlier years or this year", markets["CN"].Parts[1].MissingReason);
    }

    [Fact]
    public void WorldDemand_EightDigitsAndHeadings_NearestLevelLoaded()
    {
        List<WorldImport> imports = [Import(2024, "US", 6m, "090111"), Import(2024, "US", 4m, "090121"), Import(2024, "DE", 3m, "090121"), Import(2024, "CN", 9m, "2701")];

        Assert.Equal(("090111", 6m, false), Level(MarketCalculator.WorldDemand(imports, "09011190", 2024), "US"));
        Assert.Equal(("0901", 10m, true), Level(MarketCalculator.WorldDemand(imports, "0901", 2024), "US"));   // HS6 rows summed
        Assert.Equal(("2701", 9m, false), Level(MarketCalculator.WorldDemand(imports, "270112", 2024), "CN"));  // rolled up to HS4
    }

    [Fact]
    public void Rank_Indonesian_ReasonsInIndonesian()
    {
        var eg = MarketCalculator.Rank(Coffee() with { Language = "id" }).Markets[^1];

        Assert.Equal("Mesir", eg.Label);
        Assert.Contains("tidak tercantum di antara importir HS 090111", eg.Notes[0], StringComparison.Ordinal);
    }

    private static (string, decimal, bool) Level((string WorldHs, Dictionary<string, decimal> Demand, bool Complete, bool Summed) r, string market) =>
        (r.WorldHs, r.Demand[market], r.Summed);

    private static WorldImport Import(int year, string market, decimal usd, string hs = "090111") =>
        new() { Year = (short)year, Hs = hs, Importer = market, ValueMilli = Money.ToMilli(usd) };
}
