using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

/// <summary>Production logging, headers and key storage (issue 12, security 12).</summary>
public class HostingTests
{
    [Fact]
    public async Task Logging_OutsideDevelopment_FrameworkRequestsAreNotLoggedAtInformation()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var loggers = factory.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Microsoft.EntityFrameworkCore.Database.Command").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Warning));
        Assert.True(loggers.CreateLogger("Neraca.Web.Features.Shared.DatabaseStartup").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public async Task Kestrel_Responses_HaveNoServerHeader()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var address = factory.StartKestrel();
        using var client = new HttpClient { BaseAddress = address };

        using var response = await client.GetAsync("/health");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task DataProtectionKeys_AreKeptInTheDatabase_AndNotAudited(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        client.Dispose();

        await using var db = factory.Database.NewContext();
        Assert.True(await db.DataProtectionKeys.CountAsync() >= 1);
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Entity == "data_protection_key"));
    }
}
