using System.Text;
using Microsoft.EntityFrameworkCore;
using Neraca.Imports;
using Neraca.Storage;
using Neraca.Tests.Imports;
using Neraca.Tests.Infrastructure;
using Npgsql;
using static Neraca.Tests.Trade.TradeTestData;

namespace Neraca.Tests.Accounts;

/// <summary>
/// PostgreSQL: migrations by the owner role, the application on a role that does not own the tables (issue 12,
/// security 11; decision 0033). The application works, and cannot switch off or get around the audit guard.
/// </summary>
[Collection(ConsoleCollection.Name)]
public class RestrictedRoleTests
{
    [Fact]
    public async Task RestrictedRole_ImportAndRead_WorkButAuditGuardHolds()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Postgres);
        var role = $"neraca_app_{Guid.NewGuid():N}"[..24];
        await SuperuserAsync(database, $"CREATE ROLE {role} LOGIN PASSWORD 'restricted'");
        try
        {
            var (exit, output, error) = await CliRunner.RunAsync("db", "migrate", "--db", database.ConnectionString, "--grant", role);
            Assert.True(exit == 0, error);
            Assert.Contains(role, output, StringComparison.Ordinal);
            var app = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = role, Password = "restricted" }.ConnectionString;

            // The application's own start (no migration rights) and an import, then a read through the CLI.
            await using (var db = DbFactory.Create(app))
            {
                Assert.False(await DatabaseRoles.OwnsSchemaAsync(db, CancellationToken.None));
                await DatabaseSetup.MigrateAsync(db);
                var summary = await new TradeImporter(db).ImportAsync(
                    new MemoryStream(Encoding.UTF8.GetBytes(Lines(Total('X', 2020, 1, 206_310_000m, 18), Total('M', 2020, 1, 144_780_000m, 18)))),
                    "restricted.txt", new ImportOptions(), new LinesReader());
                Assert.True(summary.Outcome == ImportOutcome.Imported, string.Join("\n", summary.Errors));
            }

            (exit, output, error) = await CliRunner.RunAsync("balance", "--from", "2020-01", "--to", "2020-01", "--province", "18", "--db", app, "--format", "json");
            Assert.True(exit == 0, error);
            Assert.Contains("\"balance_usd\": 61530000,", output, StringComparison.Ordinal);

            await using var restricted = DbFactory.Create(app);
            Assert.True(await restricted.AuditEntries.AnyAsync(a => a.Action == Neraca.Accounts.AuditActions.Import));
            foreach (var sql in new[] { "ALTER TABLE audit_entry DISABLE TRIGGER ALL", "DELETE FROM audit_entry", "UPDATE audit_entry SET actor = 'forged'", "TRUNCATE audit_entry", "DROP TABLE audit_entry" })
            {
                var refused = await Assert.ThrowsAsync<PostgresException>(() => restricted.Database.ExecuteSqlRawAsync(sql));
                Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {refused.Message}");
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await SuperuserAsync(database, $"DROP OWNED BY {role}; DROP ROLE {role}");
        }
    }

    [Fact]
    public async Task WebStartup_WithOwnerConnection_GrantsTheAppRoleAndServes()
    {
        var owner = await TestDatabase.CreateAsync(Engine.Postgres);
        var role = $"neraca_web_{Guid.NewGuid():N}"[..24];
        await SuperuserAsync(owner, $"CREATE ROLE {role} LOGIN PASSWORD 'restricted'");
        try
        {
            var app = new NpgsqlConnectionStringBuilder(owner.ConnectionString) { Username = role, Password = "restricted" }.ConnectionString;
            await using var factory = await Web.NeracaWebFactory.CreateAsync(Engine.Postgres, new()
            {
                ["ConnectionStrings:Neraca"] = app,
                ["ConnectionStrings:NeracaOwner"] = owner.ConnectionString,
            });
            var (client, _) = await factory.SignInAsync(Neraca.Accounts.Roles.Analyst);
            using var signedIn = client;

            using var dashboard = await client.GetAsync("/import");

            Assert.True(dashboard.StatusCode == System.Net.HttpStatusCode.OK, $"{dashboard.StatusCode} {dashboard.Headers.Location}");
            await using var restricted = DbFactory.Create(app);
            await Assert.ThrowsAsync<PostgresException>(() => restricted.Database.ExecuteSqlRawAsync("ALTER TABLE audit_entry DISABLE TRIGGER ALL"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await SuperuserAsync(owner, $"DROP OWNED BY {role}; DROP ROLE {role}");
            await owner.DisposeAsync();
        }
    }

    [Fact]
    public async Task OwnerRole_CanDisableTheAuditTriggers_WhichIsWhyTheAppMustNotBeIt()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Postgres);
        await using var owner = database.NewContext();

        Assert.True(await DatabaseRoles.OwnsSchemaAsync(owner, CancellationToken.None));
        await using var transaction = await owner.Database.BeginTransactionAsync();
        await owner.Database.ExecuteSqlRawAsync("ALTER TABLE audit_entry DISABLE TRIGGER ALL");
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task DbMigrate_GrantToTheOwnerItself_Refused()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Postgres);
        var owner = DatabaseRoles.RoleOf(database.ConnectionString);

        var (exit, _, error) = await CliRunner.RunAsync("db", "migrate", "--db", database.ConnectionString, "--grant", owner);

        Assert.Equal(2, exit);
        Assert.Contains("owns the tables", error, StringComparison.Ordinal);
    }

    /// <summary>Creating roles needs a superuser: the test cluster (scripts/pg-test.sh) trusts `postgres` on 127.0.0.1.</summary>
    private static async Task SuperuserAsync(TestDatabase database, string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = "postgres", Password = null };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
