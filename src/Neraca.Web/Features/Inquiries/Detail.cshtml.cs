using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Accounts;
using Neraca.Markets;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Inquiries;

/// <summary>`/inquiries/{id}`: one inquiry, the businesses that can serve it (ranked, with reasons) and the workflow moves.</summary>
[Authorize(Policy = AuthPolicies.Officer)]
public sealed class InquiryDetailModel(NeracaDb db) : PageModel
{
    public Inquiry Inquiry { get; private set; } = null!;
    public IReadOnlyList<InquiryMatch> Matches { get; private set; } = [];
    public IReadOnlyList<InquiryError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(int id, string? to, DateOnly? date, string? note, string? closeReason, int? businessId, decimal? valueUsd, string? volume, CancellationToken ct)
    {
        var errors = await InquiryWorkflow.MoveAsync(db, ProvinceScope.Of(User), id, new InquiryMove(to, date, note, closeReason, businessId, valueUsd, volume),
            Accounts.AccountsSetup.Actor(HttpContext), DateTime.UtcNow, ct);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.Count == 0)
        {
            return Redirect($"/inquiries/{id}");
        }

        Errors = errors;
        db.ChangeTracker.Clear();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await InquiryWorkflow.FindAsync(db, ProvinceScope.Of(User), id, ct) is not { } inquiry)
        {
            return false;
        }

        Inquiry = inquiry;
        Matches = [.. (await InquiryMatching.RankAsync(db, InquiryWorkflow.Need(inquiry, DateOnly.FromDateTime(DateTime.UtcNow)), inquiry.ProvinceCode, ct)).Take(20)];
        return true;
    }
}
