using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Neraca.Imports.Fetch;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;
using Neraca.Web.Features.DataStatus;
using static Neraca.Tests.Trade.TradeTestData;

namespace Neraca.Tests.Imports.Fetch;

/// <summary>Issue 17: the scheduled fetch asks for the overdue months at the scheduled WIB time, not before, with a fake clock.</summary>
public class FetchSchedulerTests
{
    [Fact]
    public void Next_DefaultSchedule_TenInTheMorningWib() =>
        Assert.Equal(new DateTimeOffset(2020, 3, 16, 3, 0, 0, TimeSpan.Zero),
            new FetchSchedule(null).Next(new DateTimeOffset(2020, 3, 16, 2, 0, 0, TimeSpan.Zero))!.Value.ToUniversalTime());

    [Fact]
    public void FetchSchedule_NotCron_ClearError() =>
        Assert.Contains("is not a cron expression", Assert.Throws<Neraca.Trade.TradeArgumentException>(() => new FetchSchedule("daily")).Reason, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task PlanAsync_FebruaryOverdue_AsksForFebruaryOfBothFlows(Engine engine)
    {
        await using var database = await LoadedAsync(engine);
        await using var db = database.NewContext();

        var plan = await DueFetch.PlanAsync(db, 18, new DateOnly(2020, 3, 16), 2, ["03", "09"]);

        Assert.Equal(4, plan.Count);
        Assert.All(plan, r => Assert.Equal((2020, true, 2), (r.Year, r.Monthly, Assert.Single(r.Months))));
    }

    [Fact]
    public async Task ExecuteAsync_FakeClock_RunsAtTheScheduledTimeOnly()
    {
        await using var database = await LoadedAsync(Engine.Sqlite);
        await using var server = await ReplayServer.StartAsync(new() { ["1/03"] = [Replay.NoData], ["2/03"] = [Replay.NoData] });
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 3, 16, 2, 0, 0, TimeSpan.Zero)); // 09:00 WIB
        var services = new ServiceCollection().AddScoped(_ => database.NewContext()).BuildServiceProvider();
        var options = new FetchJobOptions("k-123", server.BaseUrl, new FetchSchedule(null), 2, ["03"], 50, 18);
        using var scheduler = new FetchScheduler(services.GetRequiredService<IServiceScopeFactory>(), options, clock, NullLogger<FetchScheduler>.Instance);
        await scheduler.StartAsync(CancellationToken.None);

        clock.Advance(TimeSpan.FromMinutes(59));
        await Task.Delay(300);
        var before = server.Queries.Count;
        clock.Advance(TimeSpan.FromMinutes(2));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await CountAsync(database) < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await scheduler.StopAsync(CancellationToken.None);
        Assert.Equal(0, before);
        Assert.Equal(2, server.Queries.Count);
        Assert.All(server.Queries, q => Assert.Contains("tahun=2020", q, StringComparison.Ordinal));
        await using var db = database.NewContext();
        Assert.All(await db.FetchLog.ToListAsync(), e => Assert.Equal((FetchScheduler.Actor, FetchOutcomes.NoData), (e.RequestedBy, e.Outcome)));
    }

    private static async Task<int> CountAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.FetchLog.CountAsync();
    }

    private static async Task<TestDatabase> LoadedAsync(Engine engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(Total('X', 2020, 1, 100m, 18), Total('M', 2020, 1, 40m, 18)));
        return database;
    }
}
