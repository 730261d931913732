using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Neraca.Registry;
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
    public Dictionary<string, HsExports> Trade { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<RegistryError> Errors { get; private set; } = [];

    public bool IsStaff => !RegistryAccess.IsOwnerRole(User);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        ParseId(id) is { } key && await LoadAsync(key, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostProductAsync(string id, ProductInput product, CancellationToken ct) =>
        ChangeAsync(id, key => RecordChanges.AddProductAsync(db, User, key, product, ct), ct);

    public Task<IActionResult> OnPostProductEditAsync(string id, int itemId, ProductInput product, CancellationToken ct) =>
        ChangeAsync(id, key => RecordChanges.UpdateProductAsync(db, User, key, itemId, product, ct), ct);

    public Task<IActionResult> OnPostCertificationAsync(string id, CertificationInput certification, CancellationToken ct) =>
        ChangeAsync(id, key => RecordChanges.AddCertificationAsync(db, User, key, certification, ct), ct);

    /// <summary>An export shipment; the value is read with the registry's number parser ("1.250,50" or "1,250.50").</summary>
    public Task<IActionResult> OnPostExportAsync(string id, ExportForm export, CancellationToken ct) =>
        ChangeAsync(id, key => export.ToInput() is ({ } input, _)
            ? RecordChanges.AddExportAsync(db, User, key, input, ct)
            : Task.FromResult(RegistryResult<Business>.Invalid(export.ToInput().Errors)), ct);

    /// <summary>Staff only (Core refuses an owner): moves the funnel to "trained".</summary>
    public Task<IActionResult> OnPostParticipationAsync(string id, ParticipationInput participation, CancellationToken ct) =>
        ChangeAsync(id, key => RecordChanges.AddParticipationAsync(db, User, key, participation, ct), ct);

    /// <summary>Staff only: verifies a pending business (refused while another verified business holds the NIB).</summary>
    public Task<IActionResult> OnPostVerifyAsync(string id, CancellationToken ct) =>
        ChangeAsync(id, key => BusinessChanges.VerifyAsync(db, User, key, Accounts.AccountsSetup.Actor(HttpContext), ct), ct);

    /// <summary>Adds a photo to a product (re-encoded; same limits as the API).</summary>
    public async Task<IActionResult> OnPostPhotoAsync(string id, int productId, IFormFile? photo, CancellationToken ct)
    {
        if (ParseId(id) is not { } key)
        {
            return NotFound();
        }

        PhotoSaveResult result;
        if (photo is null)
        {
            result = new PhotoSaveResult(null, new RegistryError("photo", "photo.choose"), false);
        }
        else
        {
            await using var stream = photo.OpenReadStream();
            result = await PhotoChanges.SaveAsync(db, User, key, productId, stream, photo.Length, Accounts.AccountsSetup.Actor(HttpContext), ct);
        }

        if (result.Photo is not null)
        {
            return Redirect($"/registry/{key}");
        }

        if (result.Error is null)
        {
            return NotFound();
        }

        Errors = [result.Error];
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

        RecordChanges.Kind? kind = what switch
        {
            "product" => RecordChanges.Kind.Product,
            "certification" => RecordChanges.Kind.Certification,
            "export" => RecordChanges.Kind.Export,
            "participation" => RecordChanges.Kind.Participation,
            _ => null,
        };
        var deleted = what == "photo"
            ? await PhotoChanges.DeleteAsync(db, User, key, productId ?? 0, itemId, ct)
            : kind is { } k && await RecordChanges.DeleteAsync(db, User, key, k, itemId, ct);
        return deleted ? Redirect($"/registry/{key}") : NotFound();
    }

    /// <summary>Staff only: an owner cannot delete the business record (the API's rule too).</summary>
    public async Task<IActionResult> OnPostDeleteBusinessAsync(string id, CancellationToken ct)
    {
        if (!IsStaff)
        {
            return Forbid();
        }

        return ParseId(id) is { } key && await BusinessChanges.DeleteAsync(db, User, key, ct)
            ? Redirect("/registry")
            : NotFound();
    }

    private async Task<IActionResult> ChangeAsync(string id, Func<int, Task<RegistryResult<Business>>> change, CancellationToken ct)
    {
        if (ParseId(id) is not { } key)
        {
            return NotFound();
        }

        // A value the model binder could not read (a price "dua ribu", a date "besok") is reported, never saved as empty.
        var unreadable = ModelState.Where(m => m.Value?.Errors.Count > 0)
            .Select(m => new RegistryError(FieldOf(m.Key), "unreadable", m.Value!.AttemptedValue ?? "")).ToList();
        var result = unreadable.Count > 0 ? RegistryResult<Business>.Invalid(unreadable) : await change(key);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Errors.Count == 0)
        {
            return Redirect($"/registry/{key}");
        }

        Errors = result.Errors;
        db.ChangeTracker.Clear();
        return await LoadAsync(key, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int key, CancellationToken ct)
    {
        var business = await RegistryAccess.WithAll(RegistryAccess.Visible(db, User)).AsNoTracking().FirstOrDefaultAsync(b => b.Id == key, ct);
        if (business is null)
        {
            return false;
        }

        Business = await RegistryViews.DetailAsync(db, business, ct);
        foreach (var hs in business.Products.Select(p => p.HsCode).Distinct().Take(10))
        {
            Trade[hs] = await ProductTrade.ExportsAsync(db, hs, business.ProvinceCode, ct);
        }

        return true;
    }

    private static int? ParseId(string id) =>
        int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var key) ? key : null;

    /// <summary>"product.PriceMinRupiah" → "priceMinRupiah", the field name the rules use.</summary>
    private static string FieldOf(string key)
    {
        var name = key[(key.LastIndexOf('.') + 1)..];
        return name.Length == 0 ? key : char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static string Key(string kebab) => kebab.Replace("-", "", StringComparison.Ordinal);
}

/// <summary>The export form's fields as typed; the value goes through the registry's number parser, so a bad value is an error, not null.</summary>
public sealed class ExportForm
{
    public DateOnly? Date { get; set; }
    public string? Country { get; set; }
    public string? HsCode { get; set; }
    public string? ValueUsd { get; set; }
    public string? Volume { get; set; }
    public string? Buyer { get; set; }

    public string? PortOfLoading { get; set; }

    public (ExportInput? Input, IReadOnlyList<RegistryError> Errors) ToInput() =>
        RegistryValues.TryAmount(ValueUsd, out var value)
            ? (new ExportInput(Date, Country, HsCode, value, Volume, Buyer, PortOfLoading), [])
            : (null, [new RegistryError("valueUsd", "number", ValueUsd?.Trim() ?? "")]);
}
