using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Markets;
using Neraca.Storage;

namespace Neraca.Web.Features.Inquiries;

/// <summary>`/inquiry/confirm?token=`: the e-mailed link; from now on officers see the inquiry.</summary>
[AllowAnonymous]
public sealed class ConfirmModel(NeracaDb db) : PageModel
{
    public ConfirmOutcome Outcome { get; private set; }

    public async Task OnGetAsync(string? token, CancellationToken ct)
    {
        // The link is a capability: it must not leak to other sites through the Referer header.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        db.AuditActor = () => "buyer";
        Outcome = (await InquirySubmission.ConfirmAsync(db, token, DateTime.UtcNow, ct)).Outcome;
    }
}
