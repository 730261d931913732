using Microsoft.EntityFrameworkCore;
using Neraca.Reference;

namespace Neraca.Storage;

/// <summary>Brings a database to the current schema and seeds editable reference rows once.</summary>
public static class DatabaseSetup
{
    public static async Task MigrateAsync(NeracaDb db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        await SeedPortsAsync(db, ct);
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
