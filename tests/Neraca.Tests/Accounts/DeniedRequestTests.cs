using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;
using Neraca.Web.Features.Accounts;

namespace Neraca.Tests.Accounts;

public class DeniedRequestTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AnonymousDenied_ManyRequests_AreCountedNotAuditedOneByOne(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        using var anonymous = factory.CreateHttpsClient();
        await using var db = factory.Database.NewContext();
        var before = await db.AuditEntries.CountAsync();

        // Concurrent, as a scanner sends them: the per-minute counter must not lose increments or fail on the race.
        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => anonymous.GetAsync(i % 2 == 0 ? "/import" : "/api/imports")));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, r.StatusCode.ToString()));
        Assert.Equal(before, await db.AuditEntries.CountAsync());
        var counts = await db.DeniedRequests.AsNoTracking().ToListAsync();
        Assert.Equal(30, counts.Sum(c => c.Requests));
        Assert.True(counts.Count <= 2, $"{counts.Count} rows"); // one per minute (two if the test crossed a minute)
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SignedInDenied_EachRequest_KeepsItsAuditRow(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (client, user) = await factory.SignInAsync(Roles.Analyst);
        using (client)
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/users")).StatusCode);
            }
        }

        await using var db = factory.Database.NewContext();
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.AccessDenied && a.Actor == "web:" + user.Email));
        Assert.Equal(0, await db.DeniedRequests.CountAsync());
    }

    /// <summary>Issue 12, security 3: the counts are removed after the retention period, by the worker, on a fake clock.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task DeniedRequestCleanup_FakeClock_RemovesCountsOlderThanTheRetention(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var now = new DateTime(2026, 12, 8, 1, 0, 0, DateTimeKind.Utc);
        await using (var db = database.NewContext())
        {
            foreach (var days in new[] { 100, 90.5, 89, 0 })
            {
                await DeniedRequests.RecordAsync(db, "203.0.113.7", now.AddDays(-days));
            }
        }

        var clock = new FakeTimeProvider(now);
        var services = new ServiceCollection().AddScoped(_ => database.NewContext()).BuildServiceProvider();
        using var cleanup = new DeniedRequestCleanup(
            services.GetRequiredService<IServiceScopeFactory>(),
            Microsoft.Extensions.Options.Options.Create(new SecurityOptions()), clock,
            NullLogger<DeniedRequestCleanup>.Instance);

        await cleanup.StartAsync(CancellationToken.None); // the first run, at start
        await WaitForAsync(database, 2);
        Assert.Equal([now.AddDays(-89), now], await MinutesAsync(database));

        clock.Advance(TimeSpan.FromDays(1) + DeniedRequestCleanup.Interval); // the 89-day count is now past 90
        await WaitForAsync(database, 1);
        await cleanup.StopAsync(CancellationToken.None);
        Assert.Equal([now], await MinutesAsync(database));
    }

    [Theory]
    [InlineData(30, 1)]
    [InlineData(120, 4)]
    public async Task DeniedRequestCleanup_RetentionSetting_IsApplied(int days, int kept)
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        var now = new DateTime(2026, 12, 8, 1, 0, 0, DateTimeKind.Utc);
        await using (var db = database.NewContext())
        {
            foreach (var ago in new[] { 100, 60, 31, 0 })
            {
                await DeniedRequests.RecordAsync(db, "203.0.113.8", now.AddDays(-ago));
            }
        }

        var services = new ServiceCollection().AddScoped(_ => database.NewContext()).BuildServiceProvider();
        using var cleanup = new DeniedRequestCleanup(
            services.GetRequiredService<IServiceScopeFactory>(),
            Microsoft.Extensions.Options.Options.Create(new SecurityOptions { DeniedRequestRetentionDays = days }),
            new FakeTimeProvider(now), NullLogger<DeniedRequestCleanup>.Instance);

        await cleanup.RunOnceAsync(CancellationToken.None);

        Assert.Equal(kept, (await MinutesAsync(database)).Count);
    }

    private static async Task<List<DateTime>> MinutesAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var minutes = await db.DeniedRequests.OrderBy(d => d.MinuteUtc).Select(d => d.MinuteUtc).ToListAsync();
        return [.. minutes.Select(m => DateTime.SpecifyKind(m, DateTimeKind.Utc))];
    }

    private static async Task WaitForAsync(TestDatabase database, int rows)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await MinutesAsync(database)).Count > rows && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }
}
