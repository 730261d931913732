using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Common;
using Neraca.Reports;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Web.Features.Dashboard;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Reports;

/// <summary>`/reports`: the latest monthly report of a province first, then the archive of every stored version with downloads.</summary>
// Written from the open trade figures: readable like the dashboard.
[Authorize(Policy = AuthPolicies.PublicData)]
public sealed class ReportsPageModel(NeracaDb db, IConfiguration configuration) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    /// <summary>A stored version to show instead of the latest.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    public short ProvinceCode { get; private set; }

    public IReadOnlyList<ReportVersionInfo> Versions { get; private set; } = [];

    public ReportVersionInfo? Shown { get; private set; }

    /// <summary>The shown report as HTML built in Core (encoded there), with its charts.</summary>
    public string? Html { get; private set; }

    /// <summary>A texts.tsv key when the request cannot be answered.</summary>
    public string? Error { get; private set; }

    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "id";

    public static IEnumerable<Province> ProvinceChoices => Common.ProvinceCode.Choices(ProvinceKinds.Province | ProvinceKinds.National);

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            ProvinceCode = string.IsNullOrWhiteSpace(Province) ? DashboardData.HomeProvince(configuration) : Parameters.Province(Province) ?? 0;
        }
        catch (TradeArgumentException)
        {
            Error = "reports.error.province";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Province = ProvinceCode.ToString(CultureInfo.InvariantCulture);
        var store = new ReportStore(db);
        Versions = await store.ListAsync(ProvinceCode, ct);
        var id = Id ?? Versions.FirstOrDefault()?.Id;
        if (id is null)
        {
            return;
        }

        if (await store.ReadAsync(id.Value, Language, ct) is not { } stored)
        {
            Error = "reports.error.notfound";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Shown = stored.Version;
        Html = ReportHtml.Article(stored.Report, ReportCharts.Markup, topLevel: 2);
    }

    public string Download(int id, string format) => FormattableString.Invariant($"/api/reports/{id}?format={format}&lang={Language}");
}
