using Neraca.Storage;

namespace Neraca.Web.Features.Shared;

/// <summary>The connection string in force: `ConnectionStrings:Neraca` (args, env, appsettings), else $NERACA_DB, else the default SQLite file.</summary>
public sealed record NeracaConnection(string ConnectionString)
{
    public bool IsPostgres => DbFactory.IsPostgres(ConnectionString);
}

public static class DatabaseRegistration
{
    /// <summary>
    /// One <see cref="NeracaDb"/> per request, of the engine's own subclass (each has its own migrations).
    /// The connection string is read when first needed, so test hosts can supply it through configuration.
    /// </summary>
    public static IServiceCollection AddNeracaDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp => new NeracaConnection(DbFactory.Normalize(
            sp.GetRequiredService<IConfiguration>().GetConnectionString("Neraca")
            ?? Environment.GetEnvironmentVariable("NERACA_DB"))));
        services.AddDbContext<SqliteNeracaDb>((sp, o) => DbFactory.Configure(o, sp.GetRequiredService<NeracaConnection>().ConnectionString));
        services.AddDbContext<PostgresNeracaDb>((sp, o) => DbFactory.Configure(o, sp.GetRequiredService<NeracaConnection>().ConnectionString));
        services.AddScoped<NeracaDb>(sp =>
        {
            NeracaDb db = sp.GetRequiredService<NeracaConnection>().IsPostgres
                ? sp.GetRequiredService<PostgresNeracaDb>()
                : sp.GetRequiredService<SqliteNeracaDb>();
            // Audit rows name the signed-in user of the request that made the change.
            var http = sp.GetService<IHttpContextAccessor>();
            db.AuditActor = () => Accounts.AccountsSetup.Actor(http?.HttpContext);
            return db;
        });
        services.AddHostedService<DatabaseStartup>();
        return services;
    }
}

/// <summary>Brings the database to the current schema before the server accepts requests.</summary>
internal sealed class DatabaseStartup(IServiceScopeFactory scopes, ILogger<DatabaseStartup> logger, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<NeracaConnection>();
        var db = scope.ServiceProvider.GetRequiredService<NeracaDb>();
        bool ownsTables;
        try
        {
            await MigrateAsOwnerAsync(connection, cancellationToken);
            ownsTables = await DatabaseSetup.MigrateAsync(db, cancellationToken);
        }
        catch (Exception e) when (DatabaseOpen.Explain(e, connection.ConnectionString) is { } explained)
        {
            // The server cannot start; say why in both languages instead of a driver's stack trace.
            logger.LogCritical("{Reason}", explained.Bilingual);
            throw explained;
        }

        logger.LogInformation("Database ready ({Engine})", connection.IsPostgres ? "PostgreSQL" : "SQLite");
        if (connection.IsPostgres && ownsTables)
        {
            logger.LogWarning(
                "PostgreSQL: the application's role {Role} owns the tables and could disable the audit triggers; run it with a role that does not own them (README, \"Database roles\")",
                DatabaseRoles.RoleOf(connection.ConnectionString));
        }
        if (configuration.GetValue<bool>("Neraca:Demo"))
        {
            var demo = await Neraca.Demo.DemoLoader.LoadAsync(db, cancellationToken);
            logger.LogWarning("--demo: {Message}", demo.Message);
        }
    }

    /// <summary>
    /// With `ConnectionStrings:NeracaOwner` (or $NERACA_DB_OWNER) set on PostgreSQL: migrate as that owner role and grant
    /// the application's role row access only (decision 0033). Without it the application's role migrates if it owns
    /// the tables, else only checks the schema is current (after `neraca db migrate --grant`).
    /// </summary>
    private async Task MigrateAsOwnerAsync(NeracaConnection connection, CancellationToken ct)
    {
        var owner = configuration.GetConnectionString("NeracaOwner") ?? Environment.GetEnvironmentVariable("NERACA_DB_OWNER");
        if (string.IsNullOrWhiteSpace(owner) || !connection.IsPostgres)
        {
            return;
        }

        await using var db = DbFactory.Create(DbFactory.Normalize(owner));
        db.AuditActor = () => "system:migrate";
        await DatabaseSetup.MigrateAsync(db, ct);
        await DatabaseRoles.GrantApplicationRoleAsync(db, DatabaseRoles.RoleOf(connection.ConnectionString), ct);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
