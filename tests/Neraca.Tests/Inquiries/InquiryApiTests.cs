using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Markets;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Inquiries;

/// <summary>`/api/inquiries`: the officer workflow for scripts (API token), same rules as the pages.</summary>
public class InquiryApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Api_OfficerToken_ListsDetailsAndMoves(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        int id;
        await using (var db = factory.Database.NewContext())
        {
            (id, _) = await InquiryWorkflowTests.SeedAsync(db);
        }

        var (client, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        using (client)
        {
            using var list = JsonDocument.Parse(await client.GetStringAsync("/api/inquiries"));
            Assert.Equal(id, list.RootElement[0].GetProperty("id").GetInt32());
            Assert.Equal("New", list.RootElement[0].GetProperty("status").GetString());

            using var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/inquiries/{id}"));
            var match = detail.RootElement.GetProperty("matches")[0];
            Assert.Equal("Kopi Tani Makmur", match.GetProperty("name").GetString());
            Assert.True(match.GetProperty("reasons").GetArrayLength() == 5);

            using var moved = await client.PostAsJsonAsync($"/api/inquiries/{id}/moves", new { to = "forwarded", note = "by script" });
            Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
            using var bad = await client.PostAsJsonAsync($"/api/inquiries/{id}/moves", new { to = "closed" });
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("Give the reason for closing.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/inquiries/999999")).StatusCode);
        }

        var (other, _, _) = await factory.TokenClientAsync(Roles.Officer, 31);
        using (other)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/inquiries/{id}")).StatusCode);
        }

        var (analyst, _, _) = await factory.TokenClientAsync(Roles.Analyst);
        using (analyst)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/inquiries")).StatusCode);
        }

        await using var check = factory.Database.NewContext();
        Assert.Equal(InquiryStatus.Forwarded, (await check.Inquiries.SingleAsync()).Status);
    }
}
