using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Programs;
using Neraca.Storage;

namespace Neraca.Web.Features.Programs;

/// <summary>`/programs/open`: the public list of programs open for applications (no budget, no participants).</summary>
[AllowAnonymous]
public sealed class OpenModel(NeracaDb db) : PageModel
{
    public IReadOnlyList<OpenProgram> Programs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Programs = await ProgramViews.OpenAsync(db, null, ct);
}
