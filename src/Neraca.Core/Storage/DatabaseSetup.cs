using Microsoft.EntityFrameworkCore;

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

        var from = new DateOnly(2000, 1, 1);
        db.PortProvinces.AddRange(PortSeedRows().Select(p => new PortProvince
        {
            PortName = p.Port, ProvinceCode = p.Province, ValidFrom = from, Note = p.Note,
        }));
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<(string Port, short Province, string? Note)> PortSeedRows() =>
        [("PANJANG", 18, "Bandar Lampung seaport")];
}
