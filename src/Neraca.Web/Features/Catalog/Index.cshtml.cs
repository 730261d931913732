using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Markets;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Web.Features.Catalog;

/// <summary>`/catalog`: the public catalog of consenting, verified businesses, searchable; no sign-in, no personal data.</summary>
[AllowAnonymous]
public sealed class CatalogPageModel(NeracaDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Hs { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Certification { get; set; }

    [BindProperty(SupportsGet = true)]
    public short? Regency { get; set; }

    public IReadOnlyList<PublicBusiness> Results { get; private set; } = [];

    public static IEnumerable<string> CertificationChoices => Enum.GetValues<CertificationType>().Select(EnumText.Of);

    public static IEnumerable<Regency> RegencyChoices => Regencies.All;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Size limits: longer search texts are cut, never an error page.
        Q = Q is { Length: > PublicCatalog.MaxQueryLength } ? Q[..PublicCatalog.MaxQueryLength] : Q;
        Hs = Hs is { Length: > 10 } ? Hs[..10] : Hs;
        var certification = EnumText.TryParse<CertificationType>(Certification, out var type) ? EnumText.Of(type) : null;
        Results = await PublicCatalog.SearchAsync(db, Q, Hs, certification, Regency, DateOnly.FromDateTime(DateTime.UtcNow), ct);
    }
}
