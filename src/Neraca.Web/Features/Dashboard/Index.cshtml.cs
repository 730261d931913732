using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Accounts;
using Neraca.Common;
using Neraca.DataStatus;
using Neraca.Storage;
using Neraca.Web.Features.Imports;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Dashboard;

/// <summary>
/// The home page: the trade balance of the home province (Neraca:HomeProvince, default 18 Lampung) or a chosen one,
/// for the latest month with data or a chosen one. The filter form is a plain GET; with htmx only the body is swapped.
/// Anonymous visitors get it from the page cache until the next import (decision 0029).
/// </summary>
[Authorize(Policy = AuthPolicies.PublicData)]
[PageCache]
public sealed class DashboardModel(NeracaDb db, IConfiguration configuration, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "province")]
    public string? ProvinceQuery { get; set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodQuery { get; set; }

    [BindProperty(SupportsGet = true, Name = "flow")]
    public string? FlowQuery { get; set; }

    public DashboardData Data { get; private set; } = null!;

    /// <summary>The latest import batches (full page only, not the htmx partial).</summary>
    public IReadOnlyList<ImportBatchInfo> Batches { get; private set; } = [];

    /// <summary>Months late against the BPS release calendar, newest first (staff only, full page only; issue 17).</summary>
    public IReadOnlyList<string> Overdue { get; private set; } = [];

    public string Language => DashboardData.Language(CultureInfo.CurrentUICulture);

    public static IEnumerable<Province> ProvinceChoices => ProvinceCode.Choices(ProvinceKinds.Province | ProvinceKinds.National);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Data = await DashboardData.LoadAsync(db, new DashboardFilter(ProvinceQuery, PeriodQuery, FlowQuery), DashboardData.HomeProvince(configuration), Language, ct);
        var htmx = Request.Headers.ContainsKey("HX-Request") && !Request.Headers.ContainsKey("HX-History-Restore-Request");
        if (htmx)
        {
            return Partial("_Body", this);
        }

        Batches = await ImportEndpoints.LatestAsync(db, 5, ct);
        if (User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Analyst) || User.IsInRole(Roles.Officer))
        {
            Overdue = await StatusMatrix.OverdueAsync(db, Data.Province, ReleaseCalendar.TodayWib(clock), ct);
        }

        return Page();
    }

    /// <summary>The query string of a download link for the figures on screen.</summary>
    public string DownloadUrl(string table, string format) => string.Create(CultureInfo.InvariantCulture,
        $"/dashboard/download?table={table}&format={format}&province={Data.ProvinceText}&period={Data.Period}&flow={Data.FlowText}&lang={Language}");
}
