using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Neraca.Storage;

/// <summary>Chooses the engine from the connection string: PostgreSQL for "Host=..." or a postgres:// URL, else SQLite.</summary>
public static class DbFactory
{
    public const string DefaultSqlitePath = "data/neraca.db";

    public static bool IsPostgres(string connectionString) =>
        connectionString.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>A SQLite path or "Data Source=..." becomes a SQLite connection string; anything PostgreSQL-like passes through.</summary>
    public static string Normalize(string? connectionOrPath)
    {
        var value = string.IsNullOrWhiteSpace(connectionOrPath) ? DefaultSqlitePath : connectionOrPath.Trim();
        if (IsPostgres(value) || value.Contains('='))
        {
            return value;
        }

        var full = Path.GetFullPath(value);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return $"Data Source={full}";
    }

    public static void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        if (IsPostgres(connectionString))
        {
            builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations"));
        }
        else
        {
            builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__ef_migrations"));
        }
    }

    public static NeracaDb Create(string connectionString)
    {
        if (IsPostgres(connectionString))
        {
            var options = new DbContextOptionsBuilder<PostgresNeracaDb>();
            Configure(options, connectionString);
            return new PostgresNeracaDb(options.Options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<SqliteNeracaDb>();
            Configure(options, connectionString);
            return new SqliteNeracaDb(options.Options);
        }
    }
}

/// <summary>Design-time factories so `dotnet ef migrations add` builds one migration set per engine.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteNeracaDb>
{
    public SqliteNeracaDb CreateDbContext(string[] args) => (SqliteNeracaDb)DbFactory.Create("Data Source=design.db");
}

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresNeracaDb>
{
    public PostgresNeracaDb CreateDbContext(string[] args) => (PostgresNeracaDb)DbFactory.Create("Host=localhost;Database=design");
}
