using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Accounts;
using Neraca.Markets;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Inquiries;

/// <summary>`/inquiries`: confirmed buyer inquiries of the officer's province with status and idle days; `?followup=true` lists those idle 14 days or more.</summary>
[Authorize(Policy = AuthPolicies.Officer)]
public sealed class InquiriesModel(NeracaDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool FollowUp { get; set; }

    public IReadOnlyList<InquiryRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await InquiryWorkflow.ListAsync(db, ProvinceScope.Of(User), DateTime.UtcNow, FollowUp, ct);
}
