using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>`/registry/{id}`: one business — scale, products, certificates with expiry warnings, funnel, assessments and gaps.</summary>
[Authorize(Policy = AuthPolicies.Registry)]
public sealed class DetailModel(NeracaDb db) : PageModel
{
    public BusinessDetail Business { get; private set; } = null!;

    /// <summary>Exports of each product's HS code (province of the business and Indonesia), from the trade facts.</summary>
    public Dictionary<string, Neraca.Registry.HsExports> Trade { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var key))
        {
            return NotFound();
        }

        var business = await RegistryEndpoints.Visible(db, User)
            .Include(b => b.Products).Include(b => b.Certifications).Include(b => b.Exports)
            .Include(b => b.Assessments).Include(b => b.Participations).AsSplitQuery().AsNoTracking()
            .FirstOrDefaultAsync(b => b.Id == key, ct);
        if (business is null)
        {
            return NotFound();
        }

        Business = RegistryEndpoints.Detail(business);
        foreach (var hs in business.Products.Select(p => p.HsCode).Distinct().Take(10))
        {
            Trade[hs] = await Neraca.Registry.ProductTrade.ExportsAsync(db, hs, business.ProvinceCode, ct);
        }

        return Page();
    }

    public static string Key(string kebab) => kebab.Replace("-", "", StringComparison.Ordinal);
}
