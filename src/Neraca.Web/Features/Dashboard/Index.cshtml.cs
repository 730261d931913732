using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Storage;
using Neraca.Web.Features.Imports;

namespace Neraca.Web.Features.Dashboard;

/// <summary>The home page. For now: the latest import batches; the trade figures (issue 3) fill it.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class DashboardModel(NeracaDb db) : PageModel
{
    public IReadOnlyList<ImportBatchInfo> Batches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Batches = await ImportEndpoints.LatestAsync(db, 10, ct);
}
