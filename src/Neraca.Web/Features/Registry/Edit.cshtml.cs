using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>
/// `/registry/{id}/edit`: the business's own fields, with the rules of `PUT /api/registry/businesses/{id}` (audited).
/// An owner changing a verified field sends the business back to the officer's review (decision 0019).
/// </summary>
[Authorize(Policy = AuthPolicies.Registry)]
public sealed class EditModel(NeracaDb db) : PageModel
{
    [BindProperty]
    public BusinessForm Input { get; set; } = new();

    public IReadOnlyList<RegistryError> Errors { get; private set; } = [];

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public bool IsStaff => !RegistryAccess.IsOwnerRole(User);

    public bool Verified { get; private set; }

    public IEnumerable<Regency> RegencyChoices => NewModel.Choices(User);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } business)
        {
            return NotFound();
        }

        Input = BusinessForm.From(business);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is null)
        {
            return NotFound();
        }

        var result = await BusinessChanges.UpdateAsync(db, User, Id, Input.ToText(), ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Value is not null)
        {
            return Redirect($"/registry/{Id}");
        }

        Errors = result.Errors;
        return Page();
    }

    private async Task<Business?> FindAsync(string id, CancellationToken ct)
    {
        if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var key))
        {
            return null;
        }

        var business = await RegistryAccess.Visible(db, User).AsNoTracking().FirstOrDefaultAsync(b => b.Id == key, ct);
        if (business is not null)
        {
            (Id, Name, Verified) = (business.Id, business.Name, business.Verification == Verification.Verified);
        }

        return business;
    }
}
