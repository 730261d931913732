using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Neraca.Markets;
using Neraca.Reference;
using Neraca.Storage;
using Neraca.Web.Features.Dashboard;

namespace Neraca.Web.Features.Inquiries;

/// <summary>
/// `/inquiry`: the public buyer inquiry form (no sign-in). Abuse protection without third parties: a rate limit per
/// address on submissions, a honeypot field, size limits, antiforgery; a confirmation link is e-mailed through the outbox
/// and only confirmed inquiries reach officers (docs/decisions/0030). `?product=ID` pre-fills it from the catalog.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(InquiriesSetup.SubmitPolicy)]
[RequestSizeLimit(InquiryLimits.RequestBytes)]
[RequestFormLimits(ValueCountLimit = 60, ValueLengthLimit = InquiryLimits.RequestBytes)]
public sealed class NewModel(NeracaDb db, IConfiguration configuration) : PageModel
{
    [BindProperty]
    public InquiryForm Form { get; set; } = new();

    public IReadOnlyList<InquiryError> Errors { get; private set; } = [];

    public string Language => DashboardData.Language(CultureInfo.CurrentUICulture);

    public IEnumerable<CountryInfo> Countries => CountryNames.All.OrderBy(c => c.Name(Language), StringComparer.Create(CultureInfo.InvariantCulture, true));

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Text(Language);

    public async Task OnGetAsync(int? product, CancellationToken ct)
    {
        if (product is int id && await PublicCatalog.ListedProductAsync(db, id, ct) is { } p)
        {
            Form = new InquiryForm
            {
                ProductId = p.Id,
                ProductText = Language == "en" && p.NameEn.Length > 0 ? p.NameEn : p.NameId,
                Hs = p.HsCode,
                Unit = p.CapacityUnit is "kg" or "ton" ? p.CapacityUnit : "",
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = Form.ToInput(Language);
        var link = (configuration["Neraca:PublicUrl"] is { Length: > 0 } u ? u.TrimEnd('/') : $"{Request.Scheme}://{Request.Host}") + "/inquiry/confirm?token=";
        var (_, errors) = await InquirySubmission.SubmitAsync(db, input, DashboardData.HomeProvince(configuration), link, DateTime.UtcNow, ct);
        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }

        return Redirect("/inquiry/sent");
    }
}

/// <summary>The form's fields as posted.</summary>
public sealed class InquiryForm
{
    public string? ProductText { get; set; }
    public string? Hs { get; set; }
    public string? Quantity { get; set; }
    public string? Unit { get; set; }
    public string? Country { get; set; }
    public List<string> Certifications { get; set; } = [];
    public string? Incoterm { get; set; }
    public string? Timeline { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? Company { get; set; }
    public int? ProductId { get; set; }
    public string? Website { get; set; }

    public InquiryInput ToInput(string language) => new()
    {
        ProductText = ProductText,
        Hs = Hs,
        Quantity = Quantity,
        Unit = Unit,
        Country = Country,
        Certifications = Certifications,
        Incoterm = Incoterm,
        Timeline = Timeline,
        ContactName = ContactName,
        ContactEmail = ContactEmail,
        Company = Company,
        ProductId = ProductId,
        Language = language,
        Website = Website,
    };
}
