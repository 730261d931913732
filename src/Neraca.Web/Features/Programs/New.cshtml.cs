using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Programs;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Programs;

/// <summary>`/programs/new`: an officer creates a program (draft) in their province.</summary>
[Authorize(Policy = AuthPolicies.Officer)]
public sealed class NewModel(NeracaDb db) : PageModel
{
    public IReadOnlyList<ProgramError> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(
        string? name, string? kind, List<string>? focus, DateOnly? startDate, DateOnly? endDate, short? regencyCode, bool online, int? quota, decimal? budgetRupiah,
        string? organiser, short? provinceCode, CancellationToken ct)
    {
        var input = new ProgramInput(name, kind, focus, organiser, null, budgetRupiah, null, startDate, endDate, regencyCode, online, quota,
            null, null, null, null, null, null, null, null, null, null, null, null, provinceCode);
        var result = await ProgramChanges.CreateAsync(db, User, input, Accounts.AccountsSetup.Actor(HttpContext), ct);
        if (result.Value is { } p)
        {
            return Redirect($"/programs/{p.Id}");
        }

        Errors = result.Errors;
        return Page();
    }
}
