using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>`/registry/import`: bulk import of an office's business list (XLSX or CSV) with the API's rules; staff only.</summary>
[Authorize(Policy = AuthPolicies.Officer)]
[RequestFormLimits(MultipartBodyLengthLimit = RegistryImportForm.ImportLimit)]
public sealed class ImportModel(NeracaDb db) : PageModel
{
    public RegistryImportResult? Result { get; private set; }

    public IReadOnlyList<RegistryError> Errors { get; private set; } = [];

    public bool IsNational => Neraca.Accounts.ProvinceScope.Of(User).IsNational;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (result, errors) = await RegistryImportForm.ReadAsync(db, User, await Request.ReadFormAsync(ct), ct);
        Result = result;
        Errors = errors;
        return Page();
    }
}
