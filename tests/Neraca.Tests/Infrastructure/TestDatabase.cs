using System.Diagnostics;
using Neraca.Storage;
using Npgsql;

namespace Neraca.Tests.Infrastructure;

public enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh, migrated database per test on either engine. PostgreSQL comes from NERACA_TEST_PG or the
/// project's throwaway cluster (scripts/pg-test.sh), started on first use: a missing server fails the test, never skips it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim ClusterLock = new(1, 1);
    private static string? adminConnection;
    private readonly string? dropName;
    private readonly string? sqlitePath;

    private TestDatabase(Engine engine, string connectionString, string? dropName, string? sqlitePath)
    {
        Engine = engine;
        ConnectionString = connectionString;
        this.dropName = dropName;
        this.sqlitePath = sqlitePath;
    }

    public static TheoryData<Engine> Engines => new(Engine.Sqlite, Engine.Postgres);

    public Engine Engine { get; }
    public string ConnectionString { get; }

    public NeracaDb NewContext() => DbFactory.Create(ConnectionString);

    public static async Task<TestDatabase> CreateAsync(Engine engine)
    {
        TestDatabase database;
        if (engine == Engine.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"neraca-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(engine, $"Data Source={path}", null, path);
        }
        else
        {
            var admin = await AdminConnectionAsync();
            var name = $"t_{Guid.NewGuid():N}";
            await using (var c = new NpgsqlConnection(admin))
            {
                await c.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
                await cmd.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            database = new TestDatabase(engine, builder.ConnectionString, name, null);
        }

        await using var db = database.NewContext();
        await DatabaseSetup.MigrateAsync(db);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(sqlitePath + suffix);
            }
        }

        if (dropName is not null && adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await DropAsync(adminConnection, dropName);
        }
    }

    /// <summary>
    /// Best effort: WITH (FORCE) cannot terminate a server background process (autovacuum) working in the database,
    /// which the non-superuser test role may not signal; retry, then leave the throwaway database to the cluster.
    /// </summary>
    private static async Task DropAsync(string admin, string name)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            try
            {
                await using var c = new NpgsqlConnection(admin);
                await c.OpenAsync();
                await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", c);
                await cmd.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(200 * attempt);
            }
            catch (PostgresException)
            {
                return;
            }
        }
    }

    private static async Task<string> AdminConnectionAsync()
    {
        await ClusterLock.WaitAsync();
        try
        {
            adminConnection ??= Environment.GetEnvironmentVariable("NERACA_TEST_PG") ?? StartCluster();
            return adminConnection;
        }
        finally
        {
            ClusterLock.Release();
        }
    }

    private static string StartCluster()
    {
        var script = Path.Combine(RepoPaths.Root, "scripts", "pg-test.sh");
        var start = new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"PostgreSQL test cluster did not start: {error}");
        }

        return output.Trim().Split('\n')[^1];
    }
}
