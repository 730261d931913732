using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>
/// `/registry/{id}`: one business — scale, products, certificates with expiry warnings, funnel, assessments and gaps;
/// forms to add products and certificates and to delete records, through the API's rules (same checks, same audit).
/// </summary>
[Authorize(Policy = AuthPolicies.Registry)]
public sealed class DetailModel(NeracaDb db) : PageModel
{
    public BusinessDetail Business { get; private set; } = null!;

    /// <summary>Exports of each product's HS code (province of the business and Indonesia), from the trade facts.</summary>
    public Dictionary<string, Neraca.Registry.HsExports> Trade { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public bool IsStaff => !RegistryEndpoints.IsOwnerRole(User);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        ParseId(id) is { } key && await LoadAsync(key, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostProductAsync(string id, ProductInput product, CancellationToken ct) =>
        ChangeAsync(id, key => RegistryEndpoints.AddProductAsync(db, User, key, product, ct), ct);

    public Task<IActionResult> OnPostProductEditAsync(string id, int itemId, ProductInput product, CancellationToken ct) =>
        ChangeAsync(id, key => RegistryEndpoints.UpdateProductAsync(db, User, key, itemId, product, ct), ct);

    public Task<IActionResult> OnPostCertificationAsync(string id, CertificationInput certification, CancellationToken ct) =>
        ChangeAsync(id, key => RegistryEndpoints.AddCertificationAsync(db, User, key, certification, ct), ct);

    /// <summary>Adds a photo to a product (re-encoded; same limits as the API).</summary>
    public async Task<IActionResult> OnPostPhotoAsync(string id, int productId, IFormFile? photo, CancellationToken ct)
    {
        if (ParseId(id) is not { } key)
        {
            return NotFound();
        }

        var result = photo is null
            ? new RegistryPhotoEndpoints.SaveResult(null, "choose a photo (JPEG, PNG or WebP)", false)
            : await RegistryPhotoEndpoints.SaveAsync(db, User, key, productId, photo, Accounts.AccountsSetup.Actor(HttpContext), ct);
        if (result.Photo is not null)
        {
            return Redirect($"/registry/{key}");
        }

        if (result.Error is null)
        {
            return NotFound();
        }

        Errors = new Dictionary<string, string[]> { ["photo"] = [result.Error] };
        db.ChangeTracker.Clear();
        return await LoadAsync(key, ct) ? Page() : NotFound();
    }

    /// <summary>Deletes a product, certificate or export record of this business.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string id, string what, int itemId, int? productId, CancellationToken ct)
    {
        if (ParseId(id) is not { } key)
        {
            return NotFound();
        }

        var result = what switch
        {
            "product" => await RegistryEndpoints.DeleteProductAsync(db, User, key, itemId, ct),
            "certification" => await RegistryEndpoints.DeleteCertificationAsync(db, User, key, itemId, ct),
            "export" => await RegistryEndpoints.DeleteExportAsync(db, User, key, itemId, ct),
            "photo" => await RegistryPhotoEndpoints.DeleteAsync(db, User, key, productId ?? 0, itemId, ct),
            _ => null,
        };
        return result?.Result is NoContent ? Redirect($"/registry/{key}") : NotFound();
    }

    /// <summary>Staff only: an owner cannot delete the business record (the API's rule too).</summary>
    public async Task<IActionResult> OnPostDeleteBusinessAsync(string id, CancellationToken ct)
    {
        if (!IsStaff)
        {
            return Forbid();
        }

        return ParseId(id) is { } key && (await RegistryEndpoints.DeleteBusinessAsync(db, User, key, ct)).Result is NoContent
            ? Redirect("/registry")
            : NotFound();
    }

    private async Task<IActionResult> ChangeAsync(string id, Func<int, Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>>> change, CancellationToken ct)
    {
        if (ParseId(id) is not { } key)
        {
            return NotFound();
        }

        switch ((await change(key)).Result)
        {
            case Ok<BusinessDetail>:
                return Redirect($"/registry/{key}");
            case ValidationProblem problem:
                Errors = new Dictionary<string, string[]>(problem.ProblemDetails.Errors);
                db.ChangeTracker.Clear();
                return await LoadAsync(key, ct) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(int key, CancellationToken ct)
    {
        var business = await RegistryEndpoints.Visible(db, User)
            .Include(b => b.Products).Include(b => b.Certifications).Include(b => b.Exports)
            .Include(b => b.Assessments).Include(b => b.Participations).AsSplitQuery().AsNoTracking()
            .FirstOrDefaultAsync(b => b.Id == key, ct);
        if (business is null)
        {
            return false;
        }

        Business = RegistryEndpoints.Detail(business, await RegistryEndpoints.PhotosAsync(db, business, ct));
        foreach (var hs in business.Products.Select(p => p.HsCode).Distinct().Take(10))
        {
            Trade[hs] = await Neraca.Registry.ProductTrade.ExportsAsync(db, hs, business.ProvinceCode, ct);
        }

        return true;
    }

    private static int? ParseId(string id) =>
        int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var key) ? key : null;

    public static string Key(string kebab) => kebab.Replace("-", "", StringComparison.Ordinal);
}
