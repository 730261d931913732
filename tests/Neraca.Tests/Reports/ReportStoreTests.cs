using Neraca.Demo;
using Neraca.Reports;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Trade;
using Neraca.Trade;

namespace Neraca.Tests.Reports;

/// <summary>
/// Stored report versions: owed by an import that completes a month and written by <see cref="ReportStore.WriteOwedAsync"/>
/// (the server's background writer, the CLI after its import), a new version after a revision, the old one kept.
/// </summary>
public class ReportStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_SecondFlowCompletesMonth_ReportStoredWithBothBatches(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var exports = await TradeTestData.LoadAsync(database, TradeTestData.Lines(TradeTestData.Fact('X', 2020, 1, "090111", "JAPAN", "PANJANG", 3_000_000m, 18)));
        await using (var db = database.NewContext())
        {
            Assert.Empty(await new ReportStore(db).ListAsync(18)); // exports alone do not complete the month
        }

        var imports = await TradeTestData.LoadAsync(database, TradeTestData.Lines(TradeTestData.Fact('M', 2020, 1, "170114", "THAILAND", "PANJANG", 1_000_000m, 18)));
        await using (var db = database.NewContext())
        {
            Assert.Empty(await new ReportStore(db).ListAsync(18)); // the import only owes it
            Assert.True(await ReportStore.AnyOwedAsync(db));
            var owed = await new ReportStore(db).WriteOwedAsync();
            Assert.Equal((2, 1, 0), (owed.Batches, owed.Written.Count, owed.Errors.Count));
            Assert.False(await ReportStore.AnyOwedAsync(db));
            Assert.Equal((0, 0), ((await new ReportStore(db).WriteOwedAsync()).Batches, (await new ReportStore(db).ListAsync(18)).Count - 1)); // nothing owed twice
        }

        await using var check = database.NewContext();
        var version = Assert.Single(await new ReportStore(check).ListAsync(18));
        Assert.Equal(("2020-01", 1, ReportStore.Import), (version.Period, version.Version, version.Trigger));
        Assert.Equal([exports.BatchId!.Value, imports.BatchId!.Value], version.BatchIds);
        var (_, report) = (await new ReportStore(check).ReadAsync(version.Id, "id"))!.Value;
        Assert.Contains("Neraca perdagangan Lampung Januari 2020 surplus US$2,00 juta.", report.Headline);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportReplace_RevisedMonth_NewVersionAndOldVersionKept(Engine engine)
    {
        await using var database = await MonthlyReportTests.DemoDatabaseAsync(engine);
        await using (var db = database.NewContext())
        {
            var first = Assert.Single(await new ReportStore(db).ListAsync(LampungPublished.Province));
            Assert.Equal(("2020-01", 1), (first.Period, first.Version)); // the demo load wrote its newest month's report
        }

        // A BPS revision of January 2020 coffee exports, imported with --replace.
        var revision = await TradeTestData.LoadAsync(database, TradeTestData.Fact('X', 2020, 1, "09011190", "UNITED STATES", "PANJANG", 50_000_000m, 18), replace: true);
        await using (var db = database.NewContext())
        {
            await new ReportStore(db).WriteOwedAsync();
        }

        await using var check = database.NewContext();
        var store = new ReportStore(check);
        var versions = await store.ListAsync(LampungPublished.Province);
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Contains(revision.BatchId!.Value, versions[0].BatchIds);
        Assert.DoesNotContain(revision.BatchId!.Value, versions[1].BatchIds);
        var (_, old) = (await store.ReadAsync(versions[1].Id, "id"))!.Value;
        var (_, revised) = (await store.ReadAsync(versions[0].Id, "en"))!.Value;
        Assert.Contains("US$206,31 juta", old.Headline[0], StringComparison.Ordinal);
        Assert.DoesNotContain("US$206.31 million", revised.Headline[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task GenerateAsync_SameBatches_NoSecondVersion(Engine engine)
    {
        await using var database = await MonthlyReportTests.DemoDatabaseAsync(engine);
        await using var db = database.NewContext();
        var store = new ReportStore(db);

        var (older, created) = await store.GenerateAsync(new YearMonth(2019, 12), LampungPublished.Province, ReportStore.Manual);
        var (again, createdAgain) = await store.GenerateAsync(new YearMonth(2019, 12), LampungPublished.Province, ReportStore.Manual);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(older.Id, again.Id);
        Assert.Equal(["2020-01", "2019-12"], (await store.ListAsync(LampungPublished.Province)).Select(v => v.Period));
    }
}
