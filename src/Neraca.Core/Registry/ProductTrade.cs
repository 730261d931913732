using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Registry;

public sealed record YearValue(int Year, decimal ValueUsd);

public sealed record PartnerValue(string Country, decimal ValueUsd);

/// <summary>Exports of one HS code (and its sub-codes) by year for the province and Indonesia, and the province's main partners in the latest year.</summary>
public sealed record HsExports(string HsCode, short? Province, IReadOnlyList<YearValue> ProvinceByYear, IReadOnlyList<YearValue> IndonesiaByYear, int? PartnersYear, IReadOnlyList<PartnerValue> ProvincePartners);

/// <summary>
/// A product's market context from the trade facts: only detail data (facts with HS codes) of active monthly scopes
/// can be split by HS, so Indonesia here is the sum of every province's loaded detail, not the published national
/// total, and years with only some months loaded are partial.
/// </summary>
public static class ProductTrade
{
    public const int Partners = 5;

    public static async Task<HsExports> ExportsAsync(NeracaDb db, string hs, short? province, CancellationToken ct = default)
    {
        var hs2 = hs[..2];
        var facts =
            from f in db.TradeFacts
            join s in db.BatchScopes on f.ScopeId equals s.Id
            join h in db.HsCodes on f.HsCodeId equals h.Id
            where s.IsActive && s.Basis == Basis.Detail && s.Flow == Flow.Export && s.Month >= 1 && s.Month <= 12 && s.Hs2 == hs2 && h.Code.StartsWith(hs)
            select new { f.ValueMilli, f.CountryId, s.Year, s.ProvinceCode };
        var byYear = await facts.GroupBy(x => new { x.Year, x.ProvinceCode })
            .Select(g => new { g.Key.Year, g.Key.ProvinceCode, Milli = g.Sum(x => x.ValueMilli) })
            .ToListAsync(ct);
        var indonesia = byYear.GroupBy(r => r.Year).OrderBy(g => g.Key).Select(g => new YearValue(g.Key, Money.FromMilli(g.Sum(r => r.Milli)))).ToList();
        var own = byYear.Where(r => r.ProvinceCode == province).OrderBy(r => r.Year).Select(r => new YearValue(r.Year, Money.FromMilli(r.Milli))).ToList();
        if (province is null || own.Count == 0)
        {
            return new HsExports(hs, province, own, indonesia, null, []);
        }

        var year = own[^1].Year;
        var partners = await facts.Where(x => x.ProvinceCode == province && x.Year == year)
            .GroupBy(x => x.CountryId)
            .Select(g => new { CountryId = g.Key, Milli = g.Sum(x => x.ValueMilli) })
            .ToListAsync(ct);
        var top = partners.OrderByDescending(p => p.Milli).Take(Partners).ToList();
        var ids = top.Select(p => p.CountryId).ToList();
        var names = await db.Countries.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return new HsExports(hs, province, own, indonesia, year, [.. top.Select(p => new PartnerValue(names.GetValueOrDefault(p.CountryId, ""), Money.FromMilli(p.Milli)))]);
    }
}
