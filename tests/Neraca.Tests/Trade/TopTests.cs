using Neraca.Common;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;
using static Neraca.Tests.Trade.TradeTestData;

namespace Neraca.Tests.Trade;

public class TopTests
{
    private const short Lampung = 18;

    private static async Task<TopResult> TopAsync(TestDatabase database, TopBy by, string period, short? province = Lampung, int n = 10, Flow flow = Flow.Export)
    {
        await using var db = database.NewContext();
        return await new TradeFigures(db).TopAsync(by, flow, TradePeriod.Parse(period, "period"), province, n, "id");
    }

    private static readonly string[] January2020 =
    [
        Fact('X', 2020, 1, "09011100", "JAPAN", "PANJANG", 400m, Lampung),
        Fact('X', 2020, 1, "09011200", "UNITED STATES", "PANJANG", 100m, Lampung),
        Fact('X', 2020, 1, "151110", "INDIA", "PANJANG", 300m, Lampung),
        Fact('X', 2020, 1, "1513", "INDIA", "BAKAUHENI", 50m, Lampung),
        Fact('X', 2020, 1, "15", "MALAYSIA", "", 20m, Lampung),
        Fact('X', 2020, 1, "2701", "", "PANJANG", 130m, Lampung),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TopAsync_ByHs2_TopAndRestAddUpToTotal(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(January2020));

        var top = await TopAsync(database, TopBy.Hs2, "2020-01", n: 2);

        Assert.Equal(["09", "15"], top.Rows.Select(r => r.Key));
        Assert.Equal([500m, 370m], top.Rows.Select(r => r.ValueUsd!.Value));
        Assert.Equal(1000m, top.TotalUsd);
        Assert.Equal(870m, top.TopUsd);
        Assert.Equal(130m, top.RestUsd);
        Assert.Equal(top.TotalUsd, top.TopUsd + top.RestUsd);
        Assert.Equal([50m, 37m], top.Rows.Select(r => r.SharePct!.Value));
        Assert.Equal(87m, top.TopSharePct);
        Assert.Equal(100m, top.TopSharePct + top.RestSharePct);
        Assert.Equal(FigureSource.Detail, top.Source);
        Assert.Equal("monthly", top.Basis);
        Assert.Equal("Kopi, teh, dan rempah-rempah", top.Rows[0].LabelId);
        Assert.Equal("Coffee, tea, mate and spices", top.Rows[0].LabelEn);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TopAsync_AllRows_SharesAddUpTo100WithinRounding(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(
            Fact('X', 2020, 1, "0901", "JAPAN", "PANJANG", 1m, Lampung),
            Fact('X', 2020, 1, "1511", "JAPAN", "PANJANG", 1m, Lampung),
            Fact('X', 2020, 1, "2701", "JAPAN", "PANJANG", 1m, Lampung)));

        var top = await TopAsync(database, TopBy.Hs2, "2020-01", n: 3);

        Assert.Equal([33.33m, 33.33m, 33.33m], top.Rows.Select(r => r.SharePct!.Value));
        Assert.Equal(100m, top.TopSharePct); // from the unrounded sum, not the sum of rounded shares
        Assert.Equal(0m, top.RestSharePct);
        Assert.Equal(0m, top.RestUsd);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TopAsync_ByCountry_ChangesAndUnspecified(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines([.. January2020,
            Fact('X', 2019, 12, "0901", "JAPAN", "PANJANG", 500m, Lampung),
            Fact('X', 2019, 12, "0901", "INDIA", "PANJANG", 0.001m, Lampung),
            Fact('X', 2019, 1, "0901", "JAPAN", "PANJANG", 320m, Lampung)]));

        var top = await TopAsync(database, TopBy.Country, "2020-01");

        Assert.Equal(["JP", "IN", "", "US", "MY"], top.Rows.Select(r => r.Key));
        var japan = top.Rows[0];
        Assert.Equal("Jepang", japan.LabelId);
        Assert.Equal("Japan", japan.LabelEn);
        Assert.Equal(-20m, japan.MomPct); // 400 vs 500
        Assert.Equal(25m, japan.YoyPct); // 400 vs 320
        Assert.Null(top.Rows[3].MomPct); // the US had no December trade: change against zero is n/a
        Assert.Null(top.Rows[3].YoyPct); // January 2019 loaded, no US trade in it
        var unspecified = top.Rows[2];
        Assert.True(unspecified.Unspecified);
        Assert.Equal("Tidak dirinci", unspecified.Label);
        Assert.Equal("Unspecified", unspecified.LabelEn);
        Assert.Equal(130m, top.UnspecifiedUsd);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TopAsync_ByPortAndHs4_GroupsAndFlagsShortCodes(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(January2020));

        var ports = await TopAsync(database, TopBy.Port, "2020-01");
        var hs4 = await TopAsync(database, TopBy.Hs4, "2020-01");
        var hs6 = await TopAsync(database, TopBy.Hs6, "2020-01", n: 3);

        Assert.Equal([("PANJANG", 930m), ("BAKAUHENI", 50m), ("", 20m)], ports.Rows.Select(r => (r.Key, r.ValueUsd!.Value)));
        Assert.True(ports.Rows[2].Unspecified);
        Assert.Equal([("0901", 500m), ("1511", 300m), ("2701", 130m), ("1513", 50m), ("15", 20m)], hs4.Rows.Select(r => (r.Key, r.ValueUsd!.Value)));
        Assert.True(hs4.Rows[4].Unspecified); // reported at chapter level only
        Assert.Equal(20m, hs4.UnspecifiedUsd);
        Assert.Equal([("090111", 400m), ("151110", 300m), ("2701", 130m)], hs6.Rows.Select(r => (r.Key, r.ValueUsd!.Value)));
        Assert.Equal(1000m, hs6.TotalUsd);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TopAsync_ByGroup_UkInEuOnlyBeforeFebruary2020(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(
            Fact('X', 2020, 1, "0901", "UNITED KINGDOM", "PANJANG", 100m, Lampung),
            Fact('X', 2020, 1, "0901", "GERMANY", "PANJANG", 50m, Lampung),
            Fact('X', 2020, 2, "0901", "UNITED KINGDOM", "PANJANG", 100m, Lampung),
            Fact('X', 2020, 2, "0901", "GERMANY", "PANJANG", 50m, Lampung)));

        var january = await TopAsync(database, TopBy.Group, "2020-01");
        var february = await TopAsync(database, TopBy.Group, "2020-02");

        Assert.Equal(150m, january.Rows.Single(r => r.Key == "EU").ValueUsd);
        Assert.Equal("Uni Eropa", january.Rows.Single(r => r.Key == "EU").Label);
        Assert.Equal(50m, february.Rows.Single(r => r.Key == "EU").ValueUsd);
        // Like for like (decision 0014): January counted with February's members (EU27) too: 50 vs 50, not 50 vs 150 (−66.67).
        Assert.Equal(0m, february.Rows.Single(r => r.Key == "EU").MomPct);
        Assert.Equal("2020-02", february.GroupMembership);
        Assert.Equal(150m, february.Rows.Single(r => r.Key == "G20").ValueUsd); // the UK stays in the G20
        Assert.Equal(150m, february.TopUsd); // the union of the groups listed, each country once
        Assert.Equal(100m, february.TopSharePct);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TopAsync_ByGroup_TimorLesteInAseanFromOctober2025(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(
            Fact('X', 2025, 9, "0901", "EAST TIMOR", "PANJANG", 10m, Lampung),
            Fact('X', 2025, 9, "0901", "MALAYSIA", "PANJANG", 90m, Lampung),
            Fact('X', 2025, 10, "0901", "EAST TIMOR", "PANJANG", 10m, Lampung),
            Fact('X', 2025, 10, "0901", "MALAYSIA", "PANJANG", 90m, Lampung)));

        var september = await TopAsync(database, TopBy.Group, "2025-09");
        var october = await TopAsync(database, TopBy.Group, "2025-10"); // joined 2025-10-26: a member at the month's end

        Assert.Equal(90m, september.Rows.Single(r => r.Key == "ASEAN").ValueUsd);
        Assert.Equal(90m, september.Rows.Single(r => r.Key == "ASEAN").SharePct);
        Assert.Equal(100m, october.Rows.Single(r => r.Key == "ASEAN").ValueUsd);
        Assert.Equal(100m, october.Rows.Single(r => r.Key == "ASEAN").SharePct);
        Assert.Equal(10m, september.RestUsd); // Timor-Leste was in no group yet
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TopAsync_YearPeriod_SumsTwelveMonthsMomNull(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var lines = Enumerable.Range(1, 12).SelectMany(m => new[]
        {
            Fact('X', 2020, m, "0901", "JAPAN", "PANJANG", 10m, Lampung),
            Fact('X', 2019, m, "0901", "JAPAN", "PANJANG", 8m, Lampung),
        }).Append(Fact('X', 2021, 1, "0901", "JAPAN", "PANJANG", 10m, Lampung));
        await LoadAsync(database, Lines([.. lines]));

        var year = await TopAsync(database, TopBy.Country, "2020");
        var partial = await TopAsync(database, TopBy.Country, "2021");

        var japan = Assert.Single(year.Rows);
        Assert.Equal(120m, japan.ValueUsd);
        Assert.Null(japan.MomPct);
        Assert.Equal(25m, japan.YoyPct); // 120 vs 96
        Assert.Equal("monthly", year.Basis);
        Assert.Empty(partial.Rows); // one month is not a year, and no annual figure is loaded
        Assert.Null(partial.TotalUsd);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TopAsync_PublishedTotalsOnly_NoRowsNullTotals(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Total('X', 2020, 1, 206_310_000m, Lampung));

        var top = await TopAsync(database, TopBy.Hs2, "2020-01");

        Assert.Empty(top.Rows);
        Assert.Null(top.TotalUsd);
        Assert.Null(top.TopSharePct);
        Assert.Null(top.Source);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TopAsync_SupersededScope_Ignored(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(Fact('X', 2020, 1, "0901", "JAPAN", "PANJANG", 100m, Lampung)));
        await LoadAsync(database, Lines(Fact('X', 2020, 1, "0901", "INDIA", "PANJANG", 70m, Lampung)), replace: true);

        var top = await TopAsync(database, TopBy.Country, "2020-01", province: null);

        Assert.Equal([("IN", 70m)], top.Rows.Select(r => (r.Key, r.ValueUsd!.Value)));
    }
}
