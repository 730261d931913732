using System.CommandLine;
using Neraca.Storage;

namespace Neraca.Cli;

/// <summary>Options shared by every command.</summary>
internal static class CliOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Database: a SQLite file path or a PostgreSQL connection string (default: $NERACA_DB, else data/neraca.db)",
        Recursive = true,
    };

    public static string ConnectionString(ParseResult result) =>
        DbFactory.Normalize(result.GetValue(Db) ?? Environment.GetEnvironmentVariable("NERACA_DB"));

    /// <summary>Opens the database, bringing it to the current schema first.</summary>
    public static async Task<NeracaDb> OpenAsync(ParseResult result, CancellationToken ct)
    {
        var db = DbFactory.Create(ConnectionString(result));
        // Every change made through the CLI is audited as the OS user who ran it (was "system").
        db.AuditActor = () => $"cli:{Environment.UserName}";
        await DatabaseSetup.MigrateAsync(db, ct);
        return db;
    }
}
