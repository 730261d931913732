using System.Net;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

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
}
