using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Tests.Imports;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;
using static Neraca.Tests.Trade.TradeTestData;

namespace Neraca.Tests.Trade;

/// <summary>
/// month_total (what the balance reads) must always equal the active scopes summed per flow × month × basis × province,
/// and month_country_total (what partner rankings read) the active detail's partner totals, whatever the sequence of
/// imports, revisions and rejected files.
/// </summary>
public class MonthTotalTests
{
    private const short Lampung = 18;
    private const short Jakarta = 31;

    private static readonly string FirstFile = Lines(
        Fact('X', 2020, 1, "0901", "JAPAN", "PANJANG", 100m, Lampung),
        Fact('X', 2020, 1, "1511", "INDIA", "PANJANG", 50.5m, Lampung),
        Fact('X', 2020, 1, "", "JAPAN", "PANJANG", 7m, Lampung),
        Fact('X', 2020, 1, "8703", "JAPAN", "TANJUNG PRIOK", 900m, Jakarta),
        Fact('M', 2020, 1, "1701", "THAILAND", "PANJANG", 40m, Lampung),
        Fact('X', 2020, 2, "0901", "JAPAN", "PANJANG", 110m, Lampung),
        Fact('X', 2020, 0, "0901", "JAPAN", "PANJANG", 1_300m, Lampung),
        Total('X', 2020, 1, 160m, Lampung),
        Total('X', 2020, 1, 5_000m, 0));

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_MonthTotalsEqualActiveScopes(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        await LoadAsync(database, FirstFile);

        await AssertMatchesActiveScopesAsync(database);
        await using var db = database.NewContext();
        var jan = await db.MonthTotals.SingleAsync(t => t.Flow == Flow.Export && t.Year == 2020 && t.Month == 1
            && t.Basis == Basis.Detail && t.ProvinceCode == Lampung);
        Assert.Equal(Money.ToMilli(157.5m), jan.ValueMilli);
        Assert.Equal(",09,15", jan.Hs2Covered); // "" (no HS code) sorts first
        Assert.Equal(3, jan.ScopeCount);
        var national = await db.NationalDetails.SingleAsync();
        Assert.Equal((Flow.Export, (short)2020, (byte)1, ",09,15,87"), (national.Flow, national.Year, national.Month, national.Hs2Covered));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportWithReplace_RecomputedFromScopesStillActive(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, FirstFile);

        // Revises chapter 09 of Lampung's January exports only; chapter 15 and the unspecified chapter of the first batch stay active.
        await LoadAsync(database, Lines(Fact('X', 2020, 1, "0902", "JAPAN", "PANJANG", 999m, Lampung)), replace: true);

        await AssertMatchesActiveScopesAsync(database);
        await using var db = database.NewContext();
        var jan = await db.MonthTotals.SingleAsync(t => t.Flow == Flow.Export && t.Year == 2020 && t.Month == 1
            && t.Basis == Basis.Detail && t.ProvinceCode == Lampung);
        Assert.Equal(Money.ToMilli(999m + 50.5m + 7m), jan.ValueMilli);
        var figures = await new TradeFigures(db).MonthlyBalanceAsync(Lampung, new YearMonth(2020, 1), new YearMonth(2020, 2));
        Assert.Equal(160m, figures[0].ExportsUsd); // the published total still wins over the detail
        var partners = await new TradeFigures(db).TopAsync(TopBy.Country, Flow.Export, new TradePeriod(2020, 1), Lampung);
        Assert.Equal(999m + 7m, partners.Rows.Single(r => r.Key == "JP").ValueUsd); // the revised 0901 (100) is gone
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportWithReplace_NationalFileLosesItsOtherProvince_MonthNoLongerNational(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, FirstFile);

        // Jakarta's only January export chapter is revised by a Jakarta-only file: the first batch keeps Lampung alone.
        await LoadAsync(database, Lines(Fact('X', 2020, 1, "8704", "JAPAN", "TANJUNG PRIOK", 800m, Jakarta)), replace: true);

        await AssertMatchesActiveScopesAsync(database);
        await using var db = database.NewContext();
        Assert.Empty(await db.NationalDetails.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LaterImportsAndRejectedFiles_KeepMonthTotalsEqualToActiveScopes(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, FirstFile);

        await LoadAsync(database, Lines(
            Fact('X', 2020, 1, "2709", "CHINA", "PANJANG", 300m, Lampung), // a new chapter in a loaded month
            Fact('X', 2020, 3, "0901", "JAPAN", "PANJANG", 120m, Lampung)));
        await using (var db = database.NewContext())
        {
            var rejected = await new Neraca.Imports.TradeImporter(db).ImportAsync(
                new MemoryStream("X|2020|3|0901|JAPAN|PANJANG|5\n"u8.ToArray()), "revision-without-replace.txt",
                new Neraca.Imports.ImportOptions(), new Neraca.Tests.Imports.LinesReader());
            Assert.Equal(Neraca.Imports.ImportOutcome.Rejected, rejected.Outcome);
        }

        await AssertMatchesActiveScopesAsync(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BalanceByProvince_EqualsBalanceOfEachProvince(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, FirstFile);
        await LoadAsync(database, Lines(Fact('M', 2019, 12, "1701", "THAILAND", "TANJUNG PRIOK", 10m, Jakarta)));
        var (from, to) = (new YearMonth(2019, 12), new YearMonth(2020, 3));

        await using var db = database.NewContext();
        var figures = new TradeFigures(db);
        var all = await figures.BalanceByProvinceAsync(from, to, Granularity.Month);

        Assert.Equal(Provinces.All.Where(p => p.Code != Province.Indonesia).Select(p => p.Code), all.Select(p => p.Province));
        foreach (var province in all)
        {
            var one = await figures.BalanceAsync(province.Province, from, to, Granularity.Month);
            Assert.Equal(JsonSerializer.Serialize(one, TradeFormat.Json), JsonSerializer.Serialize(province.Rows, TradeFormat.Json));
        }

        Assert.Equal(900m, all.Single(p => p.Province == Jakarta).Rows[1].ExportsUsd);
    }

    private static async Task AssertMatchesActiveScopesAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var scopes = await db.BatchScopes.AsNoTracking().Where(s => s.IsActive).ToListAsync();
        await AggregateAssert.MonthTotalsMatchActiveScopesAsync(db, scopes);
        await AggregateAssert.CountryMonthTotalsMatchFactsAsync(db);
    }
}
