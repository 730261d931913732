using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports;

/// <summary>
/// Every aggregate the importer writes, recomputed independently from the facts and the active scopes with LINQ in the
/// test: per-scope value and fact count, per-scope partner and port totals, month totals, partner month totals and the
/// national-file months. The importer must keep each equal whatever the sequence of imports, revisions and rejections
/// (issue 18: nothing faster is less correct).
/// </summary>
internal static class AggregateAssert
{
    public static async Task AllMatchFactsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var scopes = await db.BatchScopes.AsNoTracking().ToListAsync();
        var facts = await db.TradeFacts.AsNoTracking().ToListAsync();
        AssertScopeTotals(scopes, facts);
        await AssertScopeMemberTotalsAsync(db, facts);
        await MonthTotalsMatchActiveScopesAsync(db, scopes.Where(s => s.IsActive).ToList());
        await CountryMonthTotalsMatchFactsAsync(db);
    }

    public static async Task MonthTotalsMatchActiveScopesAsync(NeracaDb db, List<BatchScope> active)
    {
        var expected = active
            .GroupBy(s => (s.Flow, s.Year, s.Month, s.Basis, s.ProvinceCode))
            .Select(g => (g.Key, Milli: g.Sum(s => s.ValueMilli), Count: g.Count(), Facts: g.Sum(s => s.FactCount), Hs2: string.Join(',', g.Select(s => s.Hs2).Order(StringComparer.Ordinal))))
            .OrderBy(x => x.Key)
            .ToList();
        var actual = (await db.MonthTotals.AsNoTracking().ToListAsync())
            .Select(t => (Key: (t.Flow, t.Year, t.Month, t.Basis, t.ProvinceCode), Milli: t.ValueMilli, Count: t.ScopeCount, Facts: t.FactCount, Hs2: t.Hs2Covered))
            .OrderBy(x => x.Key)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        NationalDetailMatches(active, await db.NationalDetails.AsNoTracking().ToListAsync());
    }

    /// <summary>Partner month totals summed from the facts themselves (not from the per-scope totals the importer aggregates).</summary>
    public static async Task CountryMonthTotalsMatchFactsAsync(NeracaDb db)
    {
        var facts = await db.TradeFacts.AsNoTracking()
            .Join(db.BatchScopes.Where(s => s.IsActive && s.Basis == Basis.Detail), f => f.ScopeId, s => s.Id,
                (f, s) => new { s.Flow, s.Year, s.Month, s.ProvinceCode, f.CountryId, f.ValueMilli })
            .ToListAsync();
        var expected = facts
            .GroupBy(f => (f.Flow, f.Year, f.Month, f.ProvinceCode, f.CountryId))
            .Select(g => (g.Key, Milli: g.Sum(f => f.ValueMilli)))
            .OrderBy(x => x.Key)
            .ToList();
        var actual = (await db.MonthCountryTotals.AsNoTracking().ToListAsync())
            .Select(t => (Key: (t.Flow, t.Year, t.Month, t.ProvinceCode, t.CountryId), Milli: t.ValueMilli))
            .OrderBy(x => x.Key)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    /// <summary>A flow × month is national when one batch holds active detail for several provinces in it.</summary>
    private static void NationalDetailMatches(List<BatchScope> active, List<NationalDetail> rows)
    {
        var expected = active.Where(s => s.Basis == Basis.Detail)
            .GroupBy(s => (s.BatchId, s.Flow, s.Year, s.Month))
            .Where(g => g.Select(s => s.ProvinceCode).Distinct().Count() > 1)
            .SelectMany(g => g)
            .GroupBy(s => (s.Flow, s.Year, s.Month))
            .Select(g => (g.Key, Hs2: string.Join(',', g.Select(s => s.Hs2).Distinct().Order(StringComparer.Ordinal))))
            .OrderBy(x => x.Key)
            .ToList();
        var actual = rows.Select(r => (Key: (r.Flow, r.Year, r.Month), Hs2: r.Hs2Covered)).OrderBy(x => x.Key).ToList();
        Assert.Equal(expected, actual);
    }

    /// <summary>Each scope row carries its own facts' count and value (active or superseded alike).</summary>
    private static void AssertScopeTotals(List<BatchScope> scopes, List<TradeFact> facts)
    {
        var byScope = facts.GroupBy(f => f.ScopeId).ToDictionary(g => g.Key, g => (Facts: (long)g.Count(), Milli: g.Sum(f => f.ValueMilli)));
        Assert.Equal(scopes.Select(s => s.Id).Order(), byScope.Keys.Order()); // no fact without its scope, no empty scope
        foreach (var scope in scopes)
        {
            Assert.Equal(byScope[scope.Id], (scope.FactCount, scope.ValueMilli));
        }
    }

    private static async Task AssertScopeMemberTotalsAsync(NeracaDb db, List<TradeFact> facts)
    {
        var countries = facts.GroupBy(f => (f.ScopeId, f.CountryId)).Select(g => (g.Key, g.Sum(f => f.ValueMilli))).Order().ToList();
        var storedCountries = (await db.ScopeCountryTotals.AsNoTracking().ToListAsync())
            .Select(t => ((t.ScopeId, t.CountryId), t.ValueMilli)).Order().ToList();
        Assert.Equal(countries, storedCountries);
        var ports = facts.GroupBy(f => (f.ScopeId, f.PortId)).Select(g => (g.Key, g.Sum(f => f.ValueMilli))).Order().ToList();
        var storedPorts = (await db.ScopePortTotals.AsNoTracking().ToListAsync())
            .Select(t => ((t.ScopeId, t.PortId), t.ValueMilli)).Order().ToList();
        Assert.Equal(ports, storedPorts);
    }
}
