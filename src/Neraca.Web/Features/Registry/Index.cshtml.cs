using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>`/registry`: the businesses the user may see (an owner: their own), with the API's filters.</summary>
[Authorize(Policy = AuthPolicies.Registry)]
public sealed class IndexModel(NeracaDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Regency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Hs { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Certification { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Scale { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Band { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    public IReadOnlyList<BusinessSummary> Rows { get; private set; } = [];
    public bool FilterError { get; private set; }
    public bool IsStaff => !RegistryAccess.IsOwnerRole(User);

    /// <summary>The current filters as a query string, for the CSV/XLSX downloads of the same list.</summary>
    public string Query => QueryString.Create(new Dictionary<string, string?>
    {
        ["regency"] = Regency,
        ["hs"] = Hs,
        ["certification"] = Certification,
        ["scale"] = Scale,
        ["band"] = Band,
        ["stage"] = Stage,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (rows, _) = await RegistryList.FilterAsync(db, User, new RegistryFilter(Regency, Hs, Certification, Scale, Band, Stage), ct);
        if (rows is not null)
        {
            Rows = [.. rows.Select(RegistryViews.Summary)];
        }
        else
        {
            FilterError = true;
        }
    }
}
