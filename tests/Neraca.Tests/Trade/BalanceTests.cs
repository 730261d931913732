using Neraca.Tests.Infrastructure;
using Neraca.Trade;
using static Neraca.Tests.Trade.TradeTestData;

namespace Neraca.Tests.Trade;

public class BalanceTests
{
    private const short Lampung = 18;

    private static async Task<IReadOnlyList<BalanceRow>> BalanceAsync(TestDatabase database, short? province, string from, string to, Granularity granularity = Granularity.Month)
    {
        await using var db = database.NewContext();
        return await new TradeFigures(db).BalanceAsync(province, YearMonth.Parse(from, "from"), YearMonth.Parse(to, "to"), granularity);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MonthlyBalanceAsync_LampungJanuary2020Totals_BalanceExact(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(Total('X', 2020, 1, 206_310_000m, Lampung), Total('M', 2020, 1, 144_780_000m, Lampung)));

        await using var db = database.NewContext();
        var rows = await new TradeFigures(db).MonthlyBalanceAsync(Lampung, new YearMonth(2020, 1), new YearMonth(2020, 1));

        var jan = Assert.Single(rows);
        Assert.Equal("2020-01", jan.Period);
        Assert.Equal(206_310_000m, jan.ExportsUsd);
        Assert.Equal(144_780_000m, jan.ImportsUsd);
        Assert.Equal(61_530_000m, jan.BalanceUsd);
        Assert.Equal(FigureSource.Published, jan.ExportsSource);
        Assert.Equal(FigureSource.Published, jan.ImportsSource);
        Assert.Null(jan.ExportsMomPct); // December 2019 is not loaded: no data, not zero
        Assert.Null(jan.ExportsYoyPct);
        Assert.Equal(206_310_000m, jan.ExportsCumUsd); // January alone is the whole January–January cumulation
        Assert.Equal(17.53m, jan.BalanceRatioPct); // 61.53 / 351.09 = 0.175254...
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MonthlyBalanceAsync_MissingMonth_ChangesAndCumulativeNull(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(
            Total('X', 2019, 1, 80m, Lampung), Total('X', 2019, 2, 90m, Lampung), Total('X', 2019, 3, 100m, Lampung),
            Total('X', 2020, 1, 100m, Lampung), Total('X', 2020, 3, 120m, Lampung),
            Total('M', 2020, 1, 50m, Lampung), Total('M', 2020, 2, 40m, Lampung), Total('M', 2020, 3, 50m, Lampung)));

        var rows = await BalanceAsync(database, Lampung, "2020-01", "2020-03");

        Assert.Equal(["2020-01", "2020-02", "2020-03"], rows.Select(r => r.Period));
        var (jan, feb, mar) = (rows[0], rows[1], rows[2]);
        Assert.Equal(25m, jan.ExportsYoyPct); // 100 / 80
        Assert.Equal(100m, jan.ExportsCumUsd);
        Assert.Equal(25m, jan.ExportsCumYoyPct);
        Assert.Null(feb.ExportsUsd); // no active scope: "no data"
        Assert.Null(feb.BalanceUsd); // a balance needs both flows
        Assert.Null(feb.ExportsYoyPct);
        Assert.Null(feb.ExportsCumUsd);
        Assert.Null(feb.BalanceRatioPct);
        Assert.Equal(40m, feb.ImportsUsd);
        Assert.Equal(-20m, feb.ImportsMomPct);
        Assert.Equal(-10m, feb.ImportsMomChangeUsd);
        Assert.Null(mar.ExportsMomPct); // base month February missing
        Assert.Null(mar.ExportsMomChangeUsd);
        Assert.Equal(20m, mar.ExportsYoyPct); // 120 / 100
        Assert.Null(mar.ExportsCumUsd); // Jan–Mar needs February
        Assert.Null(mar.ExportsCumYoyPct);
        Assert.Equal(25m, mar.ImportsMomPct);
        Assert.Equal(140m, mar.ImportsCumUsd);
        Assert.Null(mar.ImportsCumYoyPct); // 2019 imports not loaded
        Assert.Equal(70m, mar.BalanceUsd);
        Assert.Equal(41.18m, mar.BalanceRatioPct); // 70 / 170 = 0.411764...
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MonthlyBalanceAsync_ZeroBase_ChangeNull(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(Total('X', 2020, 1, 0m, Lampung), Total('X', 2020, 2, 100m, Lampung)));

        var rows = await BalanceAsync(database, Lampung, "2020-01", "2020-02");

        Assert.Equal(0m, rows[0].ExportsUsd); // a loaded zero is a zero...
        Assert.Null(rows[1].ExportsMomPct); // ...but a change against it is n/a, never infinity
        Assert.Equal(100m, rows[1].ExportsMomChangeUsd);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MonthlyBalanceAsync_PublishedAndDetail_PublishedWinsAndSourceStated(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(
            Fact('X', 2020, 1, "0901", "JAPAN", "PANJANG", 100m, Lampung),
            Fact('X', 2020, 1, "1511", "INDIA", "PANJANG", 200m, Lampung),
            Fact('X', 2020, 2, "0901", "JAPAN", "PANJANG", 110m, Lampung),
            Fact('X', 2020, 2, "", "INDIA", "PANJANG", 5m, Lampung)));
        await LoadAsync(database, Total('X', 2020, 1, 1000m, Lampung));

        var rows = await BalanceAsync(database, Lampung, "2020-01", "2020-02");

        Assert.Equal(1000m, rows[0].ExportsUsd); // not 1300: the two granularities are never added
        Assert.Equal(FigureSource.Published, rows[0].ExportsSource);
        Assert.Null(rows[0].ExportsHs2Covered);
        Assert.Equal(115m, rows[1].ExportsUsd);
        Assert.Equal(FigureSource.Detail, rows[1].ExportsSource);
        Assert.Equal(["09", "unspecified"], rows[1].ExportsHs2Covered!);
        // 115 of detail vs a published 1000 is not like for like (decision 0014): n/a with the reason, not −88.50 %.
        Assert.Equal((null, LikeForLike.BasisDiffers), (rows[1].ExportsMomPct, rows[1].ExportsMomReason));
        Assert.Null(rows[0].ImportsSource); // no import data at all
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MonthlyBalanceAsync_SupersededScope_Ignored(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(Total('X', 2020, 1, 100m, Lampung), Total('X', 2020, 2, 300m, Lampung)));
        await LoadAsync(database, Total('X', 2020, 1, 150m, Lampung), replace: true);

        var rows = await BalanceAsync(database, Lampung, "2020-01", "2020-02");

        Assert.Equal(150m, rows[0].ExportsUsd);
        Assert.Equal(100m, rows[1].ExportsMomPct); // 300 vs the revised 150
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BalanceAsync_Year_AnnualNeverSummedWithMonths(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var lines = new List<string> { Total('X', 2019, 0, 5000m, Lampung), Total('X', 2020, 0, 9999m, Lampung), Total('M', 2020, 0, 700m, Lampung) };
        lines.AddRange(Enumerable.Range(1, 11).Select(m => Total('X', 2019, m, 400m, Lampung))); // 2019: December missing
        lines.AddRange(Enumerable.Range(1, 12).Select(m => Total('X', 2020, m, 500m, Lampung))); // 2020: complete
        await LoadAsync(database, Lines([.. lines]));

        var rows = await BalanceAsync(database, Lampung, "2019-01", "2020-12", Granularity.Year);

        Assert.Equal(["2019", "2020"], rows.Select(r => r.Period));
        Assert.Equal(5000m, rows[0].ExportsUsd); // 11 months → the annual figure, never 4400 + 5000
        Assert.Equal(6000m, rows[1].ExportsUsd); // 12 months → their sum, the annual 9999 is not added
        Assert.Equal(20m, rows[1].ExportsYoyPct); // 6000 vs 5000
        Assert.Null(rows[1].ExportsMomPct); // a year has no month-on-month
        Assert.Equal(700m, rows[1].ImportsUsd); // no import months at all → the annual figure
        Assert.Equal(5300m, rows[1].BalanceUsd);
        Assert.Equal(6000m, rows[1].ExportsCumUsd);

        var months = await BalanceAsync(database, Lampung, "2019-11", "2019-12");
        Assert.Null(months[1].ExportsUsd); // the annual figure never stands in for a month
        Assert.Null(months[1].ExportsCumUsd);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BalanceAsync_Quarter_SumsMonthsAndComparesPreviousQuarter(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var lines = Enumerable.Range(1, 6).Select(m => Total('X', 2020, m, 100m * m, Lampung))
            .Concat(Enumerable.Range(1, 3).Select(m => Total('X', 2019, m, 50m, Lampung)));
        await LoadAsync(database, Lines([.. lines]));

        var rows = await BalanceAsync(database, Lampung, "2020-02", "2020-06", Granularity.Quarter);

        Assert.Equal(["2020-Q1", "2020-Q2"], rows.Select(r => r.Period));
        Assert.Equal(600m, rows[0].ExportsUsd);
        Assert.Equal(300m, rows[0].ExportsYoyPct); // 600 vs 150
        Assert.Null(rows[0].ExportsMomPct); // Q4 2019 not loaded
        Assert.Equal(1500m, rows[1].ExportsUsd);
        Assert.Equal(150m, rows[1].ExportsMomPct); // 1500 vs 600
        Assert.Equal(2100m, rows[1].ExportsCumUsd);
        Assert.Null(rows[1].ExportsYoyPct); // Q2 2019 not loaded
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MonthlyBalanceAsync_National_PublishedNationalElseDetailOfAllProvinces(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(
            Fact('X', 2020, 1, "0901", "JAPAN", "PANJANG", 100m, Lampung),
            Fact('X', 2020, 1, "0901", "JAPAN", "", 50m, 99),
            Fact('X', 2020, 2, "0901", "JAPAN", "PANJANG", 100m, Lampung),
            Total('X', 2020, 1, 999m, Lampung),
            Total('X', 2020, 2, 15000m, 0)));

        var rows = await BalanceAsync(database, null, "2020-01", "2020-02");
        var sameAsZero = await BalanceAsync(database, 0, "2020-01", "2020-02");

        Assert.Equal(150m, rows[0].ExportsUsd); // detail of every province, 99 included; Lampung's published total is not national
        Assert.Equal(FigureSource.Detail, rows[0].ExportsSource);
        Assert.Equal(50m, rows[0].ExportsUnspecifiedProvinceUsd);
        Assert.Equal(15000m, rows[1].ExportsUsd); // the published national total
        Assert.Equal(FigureSource.Published, rows[1].ExportsSource);
        Assert.Equal(rows.Select(r => r.ExportsUsd), sameAsZero.Select(r => r.ExportsUsd));
    }

    [Theory]
    [InlineData("2020-03", "2020-01", null)]
    [InlineData("2020-01", "2020-02", (short)77)]
    public async Task BalanceAsync_BadParameters_Throws(string from, string to, short? province)
    {
        await using var db = Neraca.Storage.DbFactory.Create("Data Source=:memory:");

        await Assert.ThrowsAsync<TradeArgumentException>(() =>
            new TradeFigures(db).BalanceAsync(province, YearMonth.Parse(from, "from"), YearMonth.Parse(to, "to"), Granularity.Month));
    }

    [Theory]
    [InlineData("2020-13")]
    [InlineData("2020-1")]
    [InlineData("20-01")]
    [InlineData("")]
    public void YearMonthParse_Malformed_Throws(string text) =>
        Assert.Throws<TradeArgumentException>(() => YearMonth.Parse(text, "--from"));
}
