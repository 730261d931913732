using Microsoft.EntityFrameworkCore;
using Neraca.DataStatus;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;
using static Neraca.Tests.Trade.TradeTestData;

namespace Neraca.Tests.DataStatus;

/// <summary>Issue 17, data status: what is loaded per flow × month, gaps, partial chapters, annual detail, revisions.</summary>
public class StatusMatrixTests
{
    private static readonly DateOnly June20 = new(2020, 6, 20);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ReadAsync_MixedLoads_EachMonthStateAndSourceShown(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(
            Total('X', 2020, 1, 100m, 18), Total('M', 2020, 1, 40m, 18),
            Fact('X', 2020, 1, "0901", "JP", "PANJANG", 60m, 18), Fact('X', 2020, 1, "0306", "US", "PANJANG", 30m, 18),
            Fact('X', 2020, 2, "0901", "JP", "PANJANG", 70m, 18),
            Fact('X', 2020, 4, "0901", "JP", "PANJANG", 50m, 18), Fact('X', 2020, 4, "0306", "US", "PANJANG", 5m, 18),
            Fact('X', 2019, 0, "0901", "JP", "PANJANG", 900m, 18)));
        await using var db = database.NewContext();

        var report = await StatusMatrix.ReadAsync(db, 18, June20);

        var jan = Cell(report, "2020-01", "export");
        Assert.Equal(MonthState.Loaded, jan.State);
        Assert.Equal(100m, jan.Published!.ValueUsd);
        Assert.Equal(90m, jan.Detail!.ValueUsd);
        Assert.Equal(["03", "09"], jan.Detail.Hs2);
        Assert.Equal("test-lines", Assert.Single(jan.Published.Sources).Format);
        Assert.Equal(MonthState.Partial, Cell(report, "2020-02", "export").State);
        var march = Cell(report, "2020-03", "export");
        Assert.Equal((MonthState.Overdue, true, new DateOnly(2020, 4, 15)), (march.State, march.Gap, march.ExpectedRelease));
        var may = Cell(report, "2020-05", "export");
        Assert.Equal((MonthState.Overdue, false), (may.State, may.Gap));
        Assert.Equal(MonthState.Overdue, Cell(report, "2020-02", "import").State);
        Assert.DoesNotContain(report.Months, m => m.Period == "2020-06");
        Assert.Equal(["2020-05", "2020-04", "2020-03", "2020-02"], report.Overdue);
        var annual = Assert.Single(report.Annual);
        Assert.Equal((2019, "export", 900m), (annual.Year, annual.Flow, annual.AnnualDetail.ValueUsd));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ReadAsync_RevisedTotal_VersionsAndPreviousValueShown(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(Total('X', 2020, 1, 100m, 18), Total('M', 2020, 1, 40m, 18)));
        await LoadAsync(database, Lines(Total('X', 2020, 1, 120.5m, 18)), replace: true);
        await using var db = database.NewContext();

        var report = await StatusMatrix.ReadAsync(db, 18, June20);

        var jan = Cell(report, "2020-01", "export").Published!;
        Assert.Equal((120.5m, 2, 100m, true), (jan.ValueUsd, jan.Versions, jan.PreviousUsd, jan.Revised));
        Assert.False(Cell(report, "2020-01", "import").Published!.Revised);
        Assert.Equal(["2020-01"], report.Revised);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ReadAsync_NationalFileWithoutTheProvince_ZeroFromThatFile(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var national = await LoadAsync(database, Lines(
            Fact('X', 2020, 1, "0901", "JP", "PANJANG", 60m, 16), Fact('X', 2020, 1, "0901", "JP", "TANJUNG PRIOK", 80m, 31)));
        await using var db = database.NewContext();

        var lampung = await StatusMatrix.ReadAsync(db, 18, June20);
        var indonesia = await StatusMatrix.ReadAsync(db, 0, June20);

        var jan = Cell(lampung, "2020-01", "export");
        Assert.Equal((MonthState.Loaded, 0m, true), (jan.State, jan.Detail!.ValueUsd, jan.Detail.FromNationalFile));
        Assert.Equal(national.BatchId, Assert.Single(jan.Detail.Sources).BatchId);
        Assert.Equal(140m, Cell(indonesia, "2020-01", "export").Detail!.ValueUsd);
        Assert.Equal(MonthState.Overdue, Cell(indonesia, "2020-01", "import").State);
    }

    [Fact]
    public async Task ReadAsync_NothingLoaded_NoMonths()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();

        var report = await StatusMatrix.ReadAsync(db, 18, June20);

        Assert.Empty(report.Months);
        Assert.Empty(report.Overdue);
    }

    private static StatusCell Cell(StatusReport report, string period, string flow) =>
        Assert.Single(report.Months, m => m.Period == period && m.Flow == flow);
}
