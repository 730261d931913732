using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Neraca.Programs;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Programs;

/// <summary>`/programs`: staff see their province's programs; a business its programs and the open ones, where it applies.</summary>
[Authorize(Policy = AuthPolicies.Registry)]
public sealed class IndexModel(NeracaDb db) : PageModel
{
    public IReadOnlyList<ProgramView> Programs { get; private set; } = [];
    public IReadOnlyList<OpenProgram> Open { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> MyBusinesses { get; private set; } = [];
    public IReadOnlyList<ProgramError> Errors { get; private set; } = [];
    public bool IsStaff => !ProgramAccess.IsOwner(User);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>A business applies to an open program for one of its own businesses.</summary>
    public async Task<IActionResult> OnPostApplyAsync(int programId, int businessId, CancellationToken ct)
    {
        var result = await ProgramChanges.ApplyAsync(db, User, programId, new BusinessRef(businessId), ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Errors.Count == 0)
        {
            return Redirect("/programs");
        }

        Errors = result.Errors;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var only = await ProgramAccess.OwnBusinessesAsync(db, User, ct);
        var visible = ProgramAccess.Visible(db, User).AsNoTracking();
        if (only is not null)
        {
            visible = visible.Where(p => p.Enrolments.Any(e => only.Contains(e.BusinessId)));
            MyBusinesses = [.. (await RegistryAccess.Visible(db, User).AsNoTracking().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(ct)).Select(b => (b.Id, b.Name))];
            Open = await ProgramViews.OpenAsync(db, null, ct);
        }

        var list = new List<ProgramView>();
        foreach (var p in await ProgramReport.Full(visible).OrderByDescending(p => p.StartDate).ThenBy(p => p.Id).Take(200).ToListAsync(ct))
        {
            list.Add(await ProgramViews.ViewAsync(db, p, only, ct));
        }

        Programs = list;
    }
}
