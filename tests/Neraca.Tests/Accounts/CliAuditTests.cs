using Microsoft.EntityFrameworkCore;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Accounts;

/// <summary>Changes made through the CLI are audited as the OS user who ran it (issue 12, security 11).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CliAuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task CliPortsSet_IsAuditedAsTheOsUser(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var (exit, _, _) = await CliRunner.RunAsync("ports", "set", "NEWPORT", "18", "--db", database.ConnectionString);

        Assert.Equal(0, exit);
        await using var db = database.NewContext();
        var row = await db.AuditEntries.Where(a => a.Entity == "port_province").OrderBy(a => a.Id).LastAsync();
        Assert.Equal("cli:" + Environment.UserName, row.Actor);
    }
}
