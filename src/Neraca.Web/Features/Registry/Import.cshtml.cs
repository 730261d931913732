using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>`/registry/import`: bulk import of an office's business list (XLSX or CSV) with the API's rules; staff only.</summary>
[Authorize(Policy = AuthPolicies.Officer)]
[RequestFormLimits(MultipartBodyLengthLimit = RegistryEndpoints.ImportLimit)]
public sealed class ImportModel(NeracaDb db) : PageModel
{
    public RegistryImportResult? Result { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public bool IsNational => Neraca.Accounts.ProvinceScope.Of(User).IsNational;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (result, errors) = await RegistryEndpoints.ImportFormAsync(db, User, await Request.ReadFormAsync(ct), ct);
        Result = result;
        Errors = errors ?? new Dictionary<string, string[]>();
        return Page();
    }
}
