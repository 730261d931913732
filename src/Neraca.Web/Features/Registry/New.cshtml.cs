using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Accounts;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>
/// `/registry/new`: register a business through the same rules as `POST /api/registry/businesses` (an officer's
/// record is verified at once and can be linked to the owner's `business` account; an owner's waits for verification).
/// </summary>
[Authorize(Policy = AuthPolicies.Registry)]
public sealed class NewModel(NeracaDb db) : PageModel
{
    [BindProperty]
    public BusinessForm Input { get; set; } = new();

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public bool IsStaff => !RegistryEndpoints.IsOwnerRole(User);

    /// <summary>The regencies the user may register in (an officer: their province's; national users: all).</summary>
    public IEnumerable<Neraca.Registry.Regency> RegencyChoices =>
        ProvinceScope.Of(User).Province is { } p ? Neraca.Registry.Regencies.All.Where(r => r.ProvinceCode == p) : Neraca.Registry.Regencies.All;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await RegistryEndpoints.CreateAsync(db, User, HttpContext, Input.ToInput(), ct);
        if (result.Result is Created<BusinessDetail> created)
        {
            return Redirect($"/registry/{created.Value!.Id}");
        }

        Errors = new Dictionary<string, string[]>(((ValidationProblem)result.Result).ProblemDetails.Errors);
        return Page();
    }
}

/// <summary>The business form's fields (mutable, so a rejected form is shown again as typed).</summary>
public sealed class BusinessForm
{
    public string? Name { get; set; }
    public string? Nib { get; set; }
    public string? LegalForm { get; set; }
    public string? KbliCodes { get; set; }
    public string? Kind { get; set; } = "umkm";
    public decimal? CapitalRupiah { get; set; }
    public decimal? AnnualSalesRupiah { get; set; }
    public short? RegencyCode { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? OwnerName { get; set; }
    public string? OwnerGender { get; set; }
    public int? Employees { get; set; }
    public int? FoundedYear { get; set; }
    public bool CatalogConsent { get; set; }
    public string? OwnerEmail { get; set; }

    /// <summary>The province follows from the regency code (BPS: the first two digits).</summary>
    public BusinessInput ToInput() => new(
        Name, Nib, LegalForm, KbliCodes, Kind, CapitalRupiah, AnnualSalesRupiah, RegencyCode is { } r ? (short)(r / 100) : null, RegencyCode,
        Address, Phone, Email, Website, OwnerName, OwnerGender, Employees, FoundedYear, CatalogConsent)
    { OwnerEmail = OwnerEmail };
}
