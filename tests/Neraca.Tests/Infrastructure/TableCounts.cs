using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

namespace Neraca.Tests.Infrastructure;

/// <summary>Row counts of every table an import writes: compared before and after to prove "nothing changed".</summary>
public sealed record TableCounts(int Batches, int Scopes, long Facts, int Countries, int Ports, int HsCodes, int CountryTotals, int PortTotals, long Audit)
{
    public static async Task<TableCounts> ReadAsync(NeracaDb db) => new(
        await db.ImportBatches.CountAsync(),
        await db.BatchScopes.CountAsync(),
        await db.TradeFacts.LongCountAsync(),
        await db.Countries.CountAsync(),
        await db.Ports.CountAsync(),
        await db.HsCodes.CountAsync(),
        await db.ScopeCountryTotals.CountAsync(),
        await db.ScopePortTotals.CountAsync(),
        await db.AuditEntries.LongCountAsync());
}
