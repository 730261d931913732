using System.Text.Json;
using Neraca.Common;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;
using static Neraca.Tests.Trade.TradeTestData;

namespace Neraca.Tests.Trade;

/// <summary>Cached figures must equal freshly computed ones, and a committed import must be seen at the next call.</summary>
public class FiguresCacheTests
{
    private const short Lampung = 18;

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task CachedFigures_AfterImport_EqualUncachedAndSeeNewData(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(
            Fact('X', 2020, 1, "0901", "JAPAN", "PANJANG", 100m, Lampung),
            Fact('X', 2020, 2, "0901", "JAPAN", "PANJANG", 110m, Lampung)));
        await using var db = database.NewContext();
        var (from, to) = (new YearMonth(2020, 1), new YearMonth(2020, 3));

        var first = await Snapshot(new TradeFigures(db), from, to);
        Assert.Equal(first, await Snapshot(new TradeFigures(db), from, to)); // served from the cache
        Assert.Equal(first, await Snapshot(new TradeFigures(db, cache: false), from, to));

        await LoadAsync(database, Lines(Fact('X', 2020, 3, "1511", "INDIA", "PANJANG", 70m, Lampung)));
        var after = await Snapshot(new TradeFigures(db), from, to);

        Assert.NotEqual(first, after);
        Assert.Equal(after, await Snapshot(new TradeFigures(db, cache: false), from, to));
        var march = (await new TradeFigures(db).MonthlyBalanceAsync(Lampung, from, to))[2];
        Assert.Equal(70m, march.ExportsUsd);
    }

    private static async Task<string> Snapshot(TradeFigures figures, YearMonth from, YearMonth to)
    {
        var balance = await figures.MonthlyBalanceAsync(Lampung, from, to);
        var provinces = await figures.BalanceByProvinceAsync(from, to, Granularity.Month);
        var partners = await figures.TopAsync(TopBy.Country, Flow.Export, new TradePeriod(2020, 2), Lampung);
        var chapters = await figures.TopAsync(TopBy.Hs2, Flow.Export, new TradePeriod(2020, 3), null);
        return JsonSerializer.Serialize(new object[] { balance, provinces, partners, chapters }, TradeFormat.Json);
    }
}
