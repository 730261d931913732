using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Programs;
using Neraca.Storage;

namespace Neraca.Web.Features.Programs;

/// <summary>`/programs/certificate/{code}`: anyone checks a certificate code; the page shows the program and date only.</summary>
[AllowAnonymous]
public sealed class CertificateModel(NeracaDb db) : PageModel
{
    public CertificateCheck? Check { get; private set; }

    public async Task OnGetAsync(string code, CancellationToken ct) => Check = await ProgramViews.CertificateAsync(db, code, ct);
}
