using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Accounts;
using Neraca.Registry;
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

    public IReadOnlyList<RegistryError> Errors { get; private set; } = [];

    public bool IsStaff => !RegistryAccess.IsOwnerRole(User);

    /// <summary>The regencies the user may register in (an officer: their province's; national users: all).</summary>
    public IEnumerable<Regency> RegencyChoices => Choices(User);

    internal static IEnumerable<Regency> Choices(System.Security.Claims.ClaimsPrincipal user) =>
        ProvinceScope.Of(user).Province is { } p ? Regencies.All.Where(r => r.ProvinceCode == p) : Regencies.All;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await BusinessChanges.CreateAsync(db, User, Input.ToText(), IsStaff ? Input.OwnerEmail : null, Accounts.AccountsSetup.Actor(HttpContext), ct);
        if (result.Value is { } created)
        {
            return Redirect($"/registry/{created.Id}");
        }

        Errors = result.Errors;
        return Page();
    }
}
