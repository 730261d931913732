using System.Diagnostics;
using System.Text;
using Neraca.Generation;
using Neraca.Tests.Infrastructure;
using Npgsql;

namespace Neraca.Tests.Imports;

/// <summary>A real `neraca import` process killed (SIGKILL) while it writes facts leaves no partial batch.</summary>
public class ImportKillTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_ProcessKilledMidImport_LeavesNoPartialBatchAndFileImportsAfterwards(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var file = Path.Combine(Directory.CreateTempSubdirectory("neraca-kill-").FullName, "national.csv");
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            new CustomsDataGenerator(3).Write(writer, 600_000);
        }

        TableCounts before;
        await using (var db = database.NewContext())
        {
            before = await TableCounts.ReadAsync(db);
        }

        using (var process = StartImport(file, database.ConnectionString))
        {
            var writing = await WaitUntilWritingAsync(database, process);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.True(writing, "the import finished or failed before it was seen writing facts; make the file larger");
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(before, await TableCounts.ReadAsync(db));
            Assert.Equal(0L, before.Facts);
        }

        using var again = StartImport(file, database.ConnectionString);
        await again.WaitForExitAsync();
        Assert.Equal(0, again.ExitCode);
    }

    private static Process StartImport(string file, string connectionString)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "neraca.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "import", file, "--db", connectionString])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Evidence that facts are being written: a growing SQLite WAL, or an active COPY on PostgreSQL.</summary>
    private static async Task<bool> WaitUntilWritingAsync(TestDatabase database, Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (await IsWritingAsync(database))
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    private static async Task<bool> IsWritingAsync(TestDatabase database)
    {
        if (database.Engine == Engine.Sqlite)
        {
            // The database is in WAL mode (set by EF's SQLite migrator): uncommitted pages of the import land in the WAL.
            var wal = new FileInfo(database.ConnectionString["Data Source=".Length..] + "-wal");
            return wal.Exists && wal.Length > 5_000_000;
        }

        await using var c = new NpgsqlConnection(database.ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY trade_fact%'", c);
        return (long)(await cmd.ExecuteScalarAsync())! > 0;
    }
}
