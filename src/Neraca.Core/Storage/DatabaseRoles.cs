using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Neraca.Storage;

/// <summary>
/// PostgreSQL with two roles (issue 12, security 11; decision 0033): an owner role that migrates, and the application's
/// role that only reads and writes rows. The owner of a table may disable its triggers, so an application role that
/// owns `audit_entry` could switch off the append-only guard; a role that does not own it cannot, and is also refused
/// UPDATE, DELETE and TRUNCATE on it. SQLite has no roles: the file's permissions are the guard there.
/// </summary>
public static class DatabaseRoles
{
    /// <summary>
    /// True when the connected role owns the tables (or is a member of their owner, or a superuser), or there are no
    /// tables yet: then it may migrate. Always true on SQLite.
    /// </summary>
    public static async Task<bool> OwnsSchemaAsync(NeracaDb db, CancellationToken ct)
    {
        if (!db.IsPostgres)
        {
            return true;
        }

        try
        {
            var owns = await db.Database.SqlQueryRaw<bool?>(
                "SELECT pg_has_role(current_user, c.relowner, 'MEMBER') AS \"Value\" FROM pg_class c WHERE c.oid = to_regclass('audit_entry')").ToListAsync(ct);
            return owns.Count == 0 || owns[0] != false;
        }
        catch (PostgresException e) when (e.SqlState == "3D000")
        {
            return true; // no database yet: migrating creates it, as it always did
        }
    }

    /// <summary>For a role that may not migrate: refuses to run against a schema older than this program, with what to do.</summary>
    public static async Task RequireCurrentSchemaAsync(NeracaDb db, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            var connection = db.Database.GetConnectionString() ?? "";
            var role = RoleOf(connection);
            throw new DatabaseOpenException(
                DatabaseOpen.Describe(connection),
                $"skemanya lebih lama daripada program ini ({pending.Count} migrasi tertunda) dan peran '{role}' tidak memiliki tabelnya: "
                + $"jalankan dahulu `neraca db migrate --db <koneksi pemilik> --grant {role}` (README, \"Database roles\")",
                $"its schema is older than this program ({pending.Count} migration(s) pending) and the role '{role}' does not own its tables: "
                + $"run `neraca db migrate --db <owner connection> --grant {role}` first (README, \"Database roles\")",
                null);
        }
    }

    /// <summary>The role a PostgreSQL connection string signs in as.</summary>
    public static string RoleOf(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Username ?? "";

    /// <summary>
    /// Run by the owner after migrating: the application role may read and write every table and use the sequences,
    /// read (not change) the migration history, and only read and append audit rows. Repeated after each migration,
    /// since tables created later are not covered by an earlier grant.
    /// </summary>
    public static async Task GrantApplicationRoleAsync(NeracaDb owner, string role, CancellationToken ct)
    {
        if (!owner.IsPostgres)
        {
            throw new InvalidOperationException("database roles exist only on PostgreSQL");
        }

        if (string.IsNullOrWhiteSpace(role))
        {
            throw new ArgumentException("the application role is empty", nameof(role));
        }

        var schema = Quote((await owner.Database.SqlQueryRaw<string>("SELECT current_schema() AS \"Value\"").ToListAsync(ct)).Single());
        var app = Quote(role);
        if ((await owner.Database.SqlQueryRaw<bool>("SELECT pg_has_role({0}, current_user, 'MEMBER') AS \"Value\"", role).ToListAsync(ct)).Single())
        {
            throw new InvalidOperationException($"the role '{role}' owns the tables (or is a member or superuser of their owner): give the application a role that does not");
        }

        string[] statements =
        [
            string.Concat("GRANT USAGE ON SCHEMA ", schema, " TO ", app),
            string.Concat("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ", schema, " TO ", app),
            string.Concat("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ", schema, " TO ", app),
            string.Concat("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM ", app),
            string.Concat("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON \"__ef_migrations\" FROM ", app),
        ];
        foreach (var sql in statements)
        {
            await owner.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }

    /// <summary>A PostgreSQL identifier in double quotes (any name, quotes doubled).</summary>
    private static string Quote(string identifier) => string.Concat("\"", identifier.Replace("\"", "\"\"", StringComparison.Ordinal), "\"");
}
