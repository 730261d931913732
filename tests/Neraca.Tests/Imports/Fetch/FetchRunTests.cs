using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Imports.Fetch;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports.Fetch;

/// <summary>
/// Issue 17: the real fetch client against a local server replaying the recorded BPS WebAPI responses — data lands
/// once through the importer, errors land nowhere and are reported, the key never appears in what is stored.
/// </summary>
public class FetchRunTests
{
    private const string Key = "SECRET-bps-key-0042";

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_RecordedMonthlyResponse_LandsOnceAndASecondRunSkipsIt(Engine engine)
    {
        await using var server = await ReplayServer.StartAsync(new() { ["03"] = [Replay.Data] });
        await using var database = await TestDatabase.CreateAsync(engine);

        var first = await RunAsync(database, server, ["03"]);
        var second = await RunAsync(database, server, ["03"]);

        var line = Assert.Single(first.Lines);
        Assert.Equal((FetchOutcomes.Imported, true), (line.Outcome, first.Succeeded));
        Assert.Equal((1, 1, 0), (second.Planned, second.Skipped, second.Lines.Count));
        Assert.Equal(1, server.AttemptsOf("03"));
        await using var db = database.NewContext();
        var batch = await db.ImportBatches.SingleAsync();
        Assert.Equal(line.BatchId, batch.Id);
        Assert.Equal(3_995_628_247_491L, await db.BatchScopes.Where(s => s.IsActive && s.Flow == Flow.Export && s.Year == 2024).SumAsync(s => s.ValueMilli));
        Assert.StartsWith("Mozilla/5.0", server.UserAgents.First(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_EveryErrorRecording_NothingLandsEachReported(Engine engine)
    {
        await using var server = await ReplayServer.StartAsync(new()
        {
            ["01"] = [Replay.Cut, Replay.ServerError, Replay.Data],
            ["02"] = [Replay.Slow],
            ["04"] = [Replay.NoData],
            ["05"] = [Replay.MissingTh],
            ["06"] = [Replay.BadKey],
            ["07"] = [Replay.Data],
        });
        await using var database = await TestDatabase.CreateAsync(engine);

        var report = await RunAsync(database, server, ["01", "02", "04", "05", "06", "07"]);

        Assert.Equal(
            [FetchOutcomes.Imported, FetchOutcomes.Failed, FetchOutcomes.NoData, FetchOutcomes.ApiError, FetchOutcomes.BadKey],
            report.Lines.Select(l => l.Outcome));
        Assert.Equal(3, server.AttemptsOf("01"));
        Assert.Equal(0, server.AttemptsOf("07"));
        Assert.Contains("check NERACA_BPS_KEY", report.StoppedBecause, StringComparison.Ordinal);
        Assert.Contains("'th' parameter is required", report.Lines[3].Message, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.ImportBatches.CountAsync());
        Assert.Equal(5, await db.FetchLog.CountAsync());
        Assert.Equal(1, await db.FetchLog.CountAsync(e => e.BodyGzip != null));
    }

    [Fact]
    public async Task RunAsync_FirewallPage_StopsAndNamesIt()
    {
        await using var server = await ReplayServer.StartAsync(new() { ["01"] = [Replay.WafBlock], ["02"] = [Replay.Data] });
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);

        var report = await RunAsync(database, server, ["01", "02"]);

        Assert.Equal(FetchOutcomes.Blocked, Assert.Single(report.Lines).Outcome);
        Assert.Contains("Perimeter WAF Block", report.StoppedBecause, StringComparison.Ordinal);
        Assert.Equal(1, server.AttemptsOf("01"));
    }

    [Fact]
    public async Task RunAsync_BudgetSpent_StopsThenResumes()
    {
        await using var server = await ReplayServer.StartAsync(new() { ["01"] = [Replay.ServerError, Replay.NoData], ["03"] = [Replay.Data] });
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);

        var stopped = await RunAsync(database, server, ["01", "03"], budget: 2);
        var resumed = await RunAsync(database, server, ["01", "03"], budget: 10);

        Assert.Contains("budget (2) is spent", stopped.StoppedBecause, StringComparison.Ordinal);
        Assert.Equal([FetchOutcomes.NoData], stopped.Lines.Select(l => l.Outcome));
        Assert.Equal([FetchOutcomes.NoData, FetchOutcomes.Imported], resumed.Lines.Select(l => l.Outcome));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_KeyInEveryRequest_NeverStoredOrReported(Engine engine)
    {
        await using var server = await ReplayServer.StartAsync(new() { ["03"] = [Replay.Data], ["04"] = [Replay.Slow] });
        await using var database = await TestDatabase.CreateAsync(engine);

        var report = await RunAsync(database, server, ["03", "04"]);

        Assert.All(server.Queries, q => Assert.Contains("key=" + Key, q, StringComparison.Ordinal));
        Assert.All(report.Lines, l => Assert.DoesNotContain(Key, l.Url + l.Message, StringComparison.Ordinal));
        await using var db = database.NewContext();
        var stored = string.Join("\n", await db.FetchLog.Select(e => e.Url + e.Message).ToListAsync())
            + string.Join("\n", await db.ImportBatches.Select(b => b.FileName + b.SummaryJson).ToListAsync())
            + string.Join("\n", await db.AuditEntries.Select(a => a.EntityId + a.AfterJson).ToListAsync());
        Assert.DoesNotContain(Key, stored, StringComparison.Ordinal);
        Assert.Contains("key=***", stored, StringComparison.Ordinal);
    }

    private static async Task<FetchReport> RunAsync(TestDatabase database, ReplayServer server, string[] chapters, int budget = 50)
    {
        var settings = new FetchSettings(server.BaseUrl, Key)
        {
            RequestBudget = budget,
            MaxAttempts = 3,
            Timeout = TimeSpan.FromSeconds(1),
            FirstBackoff = TimeSpan.FromMilliseconds(10),
        };
        await using var db = database.NewContext();
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var plan = FetchRequest.Plan(new(2024, 1), new(2024, 12), [Flow.Export], monthly: true, hsLevel: 2, chapters);
        return await new FetchRun(db, new BpsWebApiClient(http, settings), settings, "test").RunAsync(plan, replace: false, null, CancellationToken.None);
    }
}
