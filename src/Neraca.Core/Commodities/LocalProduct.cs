using Microsoft.EntityFrameworkCore;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Commodities;

/// <summary>A product a registered local business of the province makes: evidence in the import-competition watch.</summary>
public readonly record struct LocalProduct(int BusinessId, string Business, string Product, string Hs)
{
    /// <summary>
    /// The matching rule (docs/decisions/0012): a product matches an imported code when one code is a prefix of the
    /// other. A product registered with more digits than the analysis (BTKI 09011110 in an HS6 watch) matches the code
    /// it falls under (090111); one registered with fewer (0901) matches every imported code under it (090111, 090121).
    /// </summary>
    public static bool Matches(string productHs, string importedHs) =>
        productHs.Length > 0 && importedHs.Length > 0
        && (productHs.StartsWith(importedHs, StringComparison.Ordinal) || importedHs.StartsWith(productHs, StringComparison.Ordinal));

    /// <summary>Products with a valid HS code of the province's businesses that are not rejected (pending and verified count).</summary>
    public static async Task<IReadOnlyList<LocalProduct>> LoadAsync(NeracaDb db, short province, CancellationToken ct)
    {
        var rows = await db.Products.AsNoTracking()
            .Join(db.Businesses, p => p.BusinessId, b => b.Id, (p, b) => new { p.BusinessId, b.Name, b.ProvinceCode, b.Verification, p.NameId, p.NameEn, p.HsCode })
            .Where(x => x.ProvinceCode == province && x.Verification != Verification.Rejected && x.HsCode != "")
            .ToListAsync(ct);
        return [.. rows.Select(x => (x, Hs: HsProductCode.Normalize(x.HsCode)))
            .Where(x => x.Hs is not null)
            .Select(x => new LocalProduct(x.x.BusinessId, x.x.Name, x.x.NameId.Length > 0 ? x.x.NameId : x.x.NameEn, x.Hs!))];
    }
}
