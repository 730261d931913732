using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Markets;
using Neraca.Storage;

namespace Neraca.Web.Features.Catalog;

/// <summary>`/catalog/{id}`: one business of the public catalog with its products, shareable (title and Open Graph tags).</summary>
[AllowAnonymous]
public sealed class CatalogBusinessModel(NeracaDb db) : PageModel
{
    public PublicBusiness Business { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var business = await PublicCatalog.GetAsync(db, id, DateOnly.FromDateTime(DateTime.UtcNow), ct);
        if (business is null)
        {
            return NotFound();
        }

        Business = business;
        return Page();
    }
}
