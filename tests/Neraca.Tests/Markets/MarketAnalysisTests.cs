using Neraca.Demo;
using Neraca.Markets;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;

namespace Neraca.Tests.Markets;

/// <summary>The market ranking over a database: the demo's world imports, registry and built-in rules, on both engines.</summary>
public class MarketAnalysisTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RankAsync_DemoCoffee_UsaFirstTradePartsMissingWithReason(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        Assert.True((await DemoLoader.LoadAsync(db)).Loaded);

        var ranking = await new MarketAnalysis(db).RankAsync("090111", "18", 2024, 5, new DateOnly(2024, 12, 31), "en");

        // Without trade facts DE (35 × 4,351/6,165 = 24.70) passes JP (9.11 + 15 for IJEPA/AJCEP/RCEP = 24.11).
        Assert.Equal(["US", "DE", "JP", "IT", "BE"], ranking.Markets.Select(m => m.Country));
        Assert.Equal((6_165_000_000m, 33_675_000_000m), (ranking.Markets[0].DemandUsd!.Value, ranking.WorldUsd!.Value));
        // The demo's trade facts end in 2020: the trade parts of 2024 are missing, with the reason.
        Assert.Null(ranking.Markets[0].ProvinceExportsUsd);
        Assert.Contains("no export detail of province 18 loaded for 2024", ranking.Markets[0].Notes);
        // Green robusta (09011110): one sample business (with halal and P-IRT certificates) and the 24 businesses of the
        // demo coffee clinic's cohort, participants and comparisons (DemoPrograms).
        Assert.Equal(25, ranking.Supply.Businesses);
        Assert.Contains("Halal (1)", ranking.Supply.Certifications);
        Assert.Contains(ranking.Notes, n => n.Contains("built-in tables", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RankAsync_DemoCoal2019_TradePartsFromFactsWorldMissing(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        Assert.True((await DemoLoader.LoadAsync(db)).Loaded);

        var ranking = await new MarketAnalysis(db).RankAsync("2701", "18", 2019, 20, new DateOnly(2019, 12, 31), "en");

        // Demo coal goes to CN, IN, KR, MY, PH; no world imports for 2019 are loaded.
        Assert.Equal(["CN", "IN", "KR", "MY", "PH"], ranking.Markets.Select(m => m.Country).Order(StringComparer.Ordinal));
        Assert.All(ranking.Markets, m => Assert.NotNull(m.ProvinceExportsUsd));
        Assert.All(ranking.Markets, m => Assert.Null(m.DemandUsd));
        Assert.StartsWith("no world imports loaded for 2019", ranking.Notes[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("09x")]
    [InlineData("09011")]
    [InlineData("")]
    public void CheckHs_NotFourSixOrEightDigits_ReasonInBothLanguages(string hs)
    {
        var ex = Assert.Throws<TradeArgumentException>(() => MarketAnalysis.CheckHs(hs));

        Assert.Equal("hs", ex.Parameter);
        Assert.Contains("4, 6 atau 8 digit", ex.ReasonId, StringComparison.Ordinal);
    }
}
