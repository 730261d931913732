using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>`/registry/{id}/assess`: the readiness questionnaire; an owner's answers are a self-assessment, an officer's a verified one.</summary>
[Authorize(Policy = AuthPolicies.Registry)]
public sealed class AssessModel(NeracaDb db) : PageModel
{
    public string Name { get; private set; } = "";
    public int Id { get; private set; }

    [BindProperty]
    public List<string> Yes { get; set; } = [];

    [BindProperty]
    public List<string> Markets { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await FindAsync(id, ct) is { } b ? Show(b) : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is null)
        {
            return NotFound();
        }

        var input = new AssessmentInput(Yes.Where(y => Readiness.Questions.Any(q => q.Id == y)).Distinct().ToDictionary(y => y, _ => true), [.. Markets.Where(Readiness.Markets.Contains)], null);
        var result = await RecordChanges.AssessAsync(db, User, Id, input, Accounts.AccountsSetup.Actor(HttpContext), ct);
        return result.Value is not null ? Redirect($"/registry/{Id}") : NotFound();
    }

    private IActionResult Show(Business b)
    {
        Name = b.Name;
        return Page();
    }

    private async Task<Business?> FindAsync(string id, CancellationToken ct)
    {
        if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var key))
        {
            return null;
        }

        Id = key;
        return await RegistryAccess.Visible(db, User).AsNoTracking().FirstOrDefaultAsync(b => b.Id == key, ct);
    }
}
