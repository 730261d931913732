using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Programs;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Programs;

/// <summary>`/programs/{id}`: an officer runs a program: status, sessions, candidates, decisions, attendance (phone-sized), post-tests, figures.</summary>
[Authorize(Policy = AuthPolicies.Officer)]
public sealed class DetailModel(NeracaDb db) : PageModel
{
    public ProgramView Program { get; private set; } = null!;
    public IReadOnlyList<CandidateView> Candidates { get; private set; } = [];
    public ProgramFigures? Figures { get; private set; }
    public IReadOnlyList<ProgramError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostStatusAsync(int id, string? status, CancellationToken ct) =>
        ChangeAsync(id, ProgramChanges.MoveAsync(db, User, id, new StatusInput(status), ct), ct);

    public Task<IActionResult> OnPostSessionAsync(int id, string? agenda, string? trainer, DateOnly? date, string? startTime, CancellationToken ct) =>
        ChangeAsync(id, ProgramChanges.AddSessionAsync(db, User, id, new SessionInput(agenda, trainer, date, startTime), ct), ct);

    public Task<IActionResult> OnPostInviteAsync(int id, int businessId, CancellationToken ct) =>
        ChangeAsync(id, ProgramChanges.InviteAsync(db, User, id, new BusinessRef(businessId), ct), ct);

    public Task<IActionResult> OnPostDecideAsync(int id, int businessId, string? decision, string? reason, CancellationToken ct) =>
        ChangeAsync(id, ProgramChanges.DecideAsync(db, User, id, new DecisionInput(businessId, decision, reason), Accounts.AccountsSetup.Actor(HttpContext), ct), ct);

    /// <summary>The phone form sends the ticked participants as present and every other participant as absent.</summary>
    public Task<IActionResult> OnPostAttendanceAsync(int id, int sessionId, List<int>? present, List<int>? participants, CancellationToken ct)
    {
        var here = present ?? [];
        var absent = (participants ?? []).Except(here).ToList();
        return ChangeAsync(id, ProgramChanges.AttendanceAsync(db, User, id, new AttendanceInput(sessionId, here, absent), ct), ct);
    }

    public Task<IActionResult> OnPostScoresAsync(int id, int businessId, decimal? preTest, decimal? postTest, int? satisfaction, CancellationToken ct) =>
        ChangeAsync(id, ProgramChanges.ScoresAsync(db, User, id, new ScoreInput(businessId, preTest, postTest, satisfaction), ct), ct);

    private async Task<IActionResult> ChangeAsync(int id, Task<ProgramResult<TrainingProgram>> change, CancellationToken ct)
    {
        var result = await change;
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Errors.Count == 0)
        {
            return Redirect($"/programs/{id}");
        }

        Errors = result.Errors;
        db.ChangeTracker.Clear();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await ProgramAccess.ForStaffAsync(db, User, id, ct) is not { } p)
        {
            return false;
        }

        Program = await ProgramViews.ViewAsync(db, p, null, ct);
        if (p.Status is ProgramStatus.Draft or ProgramStatus.Open)
        {
            Candidates = [.. (await ProgramViews.CandidatesAsync(db, p, DateOnly.FromDateTime(DateTime.UtcNow), ct)).Where(c => c.Enrolment is null).Take(30)];
        }

        Figures = (await ProgramReport.AnalyseAsync(db, p, null, ct)).Figures;
        return true;
    }
}
