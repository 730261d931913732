using Microsoft.EntityFrameworkCore;
using Neraca.Reference;

namespace Neraca.Storage;

/// <summary>Brings a database to the current schema and seeds editable reference rows once.</summary>
public static class DatabaseSetup
{
    /// <remarks>
    /// A PostgreSQL role that does not own the tables (the application's restricted role, decision 0033) does not
    /// migrate: it only checks that the owner has already brought the schema up to date.
    /// </remarks>
    /// <returns>Whether the connected role owns the tables (always true on SQLite), so callers need not ask again.</returns>
    public static async Task<bool> MigrateAsync(NeracaDb db, CancellationToken ct = default)
    {
        var owns = await DatabaseRoles.OwnsSchemaAsync(db, ct);
        if (owns)
        {
            await db.Database.MigrateAsync(ct);
        }
        else
        {
            await DatabaseRoles.RequireCurrentSchemaAsync(db, ct);
        }

        await SeedPortsAsync(db, ct);
        await SeedRolesAsync(db, ct);
        await Programs.PlaceholderMigration.RunAsync(db, ct);
        return owns;
    }

    /// <summary>The four roles exist in every database (users are created with `neraca user add`).</summary>
    private static async Task SeedRolesAsync(NeracaDb db, CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in Accounts.Roles.All.Except(existing, StringComparer.Ordinal))
        {
            db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole(role!) { NormalizedName = role!.ToUpperInvariant() });
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The port→province table is the office's to edit: seeded only while it is empty.</summary>
    private static async Task SeedPortsAsync(NeracaDb db, CancellationToken ct)
    {
        if (await db.PortProvinces.AnyAsync(ct))
        {
            return;
        }

        db.PortProvinces.AddRange(PortSeed.ToPortProvinces());
        await db.SaveChangesAsync(ct);
    }
}
