using System.CommandLine;
using Neraca.Storage;

namespace Neraca.Cli;

/// <summary>
/// `neraca db migrate [--grant ROLE]`: brings the database to the current schema; on PostgreSQL, run with the owner
/// role's connection (--db) and name the application's role, which gets row access only (decision 0033).
/// </summary>
internal static class DbCommand
{
    private static readonly Option<string?> Grant = new("--grant")
    {
        Description = "PostgreSQL: the application's role (it must not own the tables); gets read/write on rows, read and append only on audit_entry",
    };

    public static Command Create()
    {
        var migrate = new Command("migrate", "Bring the database to the current schema (run as the owner role on PostgreSQL)") { Grant };
        migrate.SetAction(MigrateAsync);
        return new Command("db", "Database schema and roles") { migrate };
    }

    private static async Task<int> MigrateAsync(ParseResult result, CancellationToken ct)
    {
        await using var db = await CliOptions.OpenAsync(result, ct); // migrates
        var role = result.GetValue(Grant);
        if (role is null)
        {
            Console.WriteLine("database is at the current schema");
            return 0;
        }

        if (!db.IsPostgres)
        {
            await Console.Error.WriteLineAsync("--grant: database roles exist only on PostgreSQL");
            return 2;
        }

        try
        {
            await DatabaseRoles.GrantApplicationRoleAsync(db, role, ct);
        }
        catch (Exception e) when (e is InvalidOperationException or Npgsql.PostgresException)
        {
            await Console.Error.WriteLineAsync($"--grant {role}: {e.Message}");
            return 2;
        }

        Console.WriteLine($"database is at the current schema; role '{role}' may read and write rows, and only read and append audit rows");
        return 0;
    }
}
