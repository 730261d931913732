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

    /// <summary>What the user gave: --db, else $NERACA_DB, else null for the default file.</summary>
    private static string? Given(ParseResult result) => result.GetValue(Db) ?? Environment.GetEnvironmentVariable("NERACA_DB");

    public static string ConnectionString(ParseResult result)
    {
        var given = Given(result);
        try
        {
            return DbFactory.Normalize(given);
        }
        catch (Exception e) when (DatabaseOpen.Explain(e, given) is { } explained)
        {
            throw explained;
        }
    }

    /// <summary>Opens the database, bringing it to the current schema first.</summary>
    /// <remarks>A database that cannot be opened throws <see cref="DatabaseOpenException"/>, which <see cref="Program"/> prints.</remarks>
    public static async Task<NeracaDb> OpenAsync(ParseResult result, CancellationToken ct)
    {
        var db = await DatabaseOpen.OpenAsync(Given(result), ct);
        // Every change made through the CLI is audited as the OS user who ran it (was "system").
        db.AuditActor = () => $"cli:{Environment.UserName}";
        return db;
    }
}
