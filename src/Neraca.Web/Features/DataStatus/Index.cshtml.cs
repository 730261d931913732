using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Common;
using Neraca.DataStatus;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Web.Features.Dashboard;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.DataStatus;

/// <summary>
/// `/data`: what is loaded for a province per flow and month, what is late and what was revised (issue 17). Staff only:
/// it names the files and who imported them. Analysts record the release dates BPS announces.
/// </summary>
[Authorize(Policy = AuthPolicies.Staff)]
public sealed class DataStatusModel(NeracaDb db, IConfiguration configuration, TimeProvider clock, IServiceProvider services) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "province")]
    public string? ProvinceQuery { get; set; }

    [BindProperty]
    public string? ReleasePeriod { get; set; }

    [BindProperty]
    public string? ReleaseDate { get; set; }

    [BindProperty]
    public string? ReleaseNote { get; set; }

    public StatusReport Report { get; private set; } = null!;

    public IReadOnlyList<StatusRow> Rows { get; private set; } = [];

    public short Province { get; private set; }

    public string? ReleaseError { get; private set; }

    /// <summary>The latest requests to the BPS WebAPI (scheduled or from the CLI), newest first.</summary>
    public IReadOnlyList<Neraca.Imports.Fetch.FetchLogEntry> Fetches { get; private set; } = [];

    /// <summary>The scheduled fetch, when a key is configured; null when the server never calls BPS.</summary>
    public FetchJobOptions? FetchJob => services.GetService<FetchJobOptions>();

    /// <summary>Exports of the province's registered businesses through other provinces' ports (an estimate; issue 17).</summary>
    public OriginEstimate? Origin { get; private set; }

    public string? ReleaseSaved { get; private set; }

    /// <summary>The month or the date was not given in the form's format (the page says so in its language).</summary>
    public bool ReleaseInvalid { get; private set; }

    public bool CanEditCalendar => User.IsInRole(Roles.Analyst) || User.IsInRole(Roles.Admin);

    public static IEnumerable<Province> ProvinceChoices => ProvinceCode.Choices(ProvinceKinds.Province | ProvinceKinds.National);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken ct)
    {
        if (!CanEditCalendar)
        {
            return Forbid();
        }

        var culture = CultureInfo.CurrentUICulture;
        try
        {
            var month = YearMonth.Parse(ReleasePeriod, "period");
            var date = Parameters.Date(ReleaseDate, "date");
            if (await ReleaseDates.SetAsync(db, month, date, ReleaseNote, ct) is StatusProblem problem)
            {
                ReleaseError = problem.Text(culture);
            }
            else
            {
                ReleaseSaved = month.ToString();
            }
        }
        catch (TradeArgumentException)
        {
            ReleaseInvalid = true;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = ProvinceScope.Of(User);
        Province = ProvinceCode.TryParse(ProvinceQuery, ProvinceKinds.Province | ProvinceKinds.National, out var chosen)
            ? chosen.Value
            : scope.Province ?? DashboardData.HomeProvince(configuration);
        Report = await StatusMatrix.ReadAsync(db, Province, ReleaseCalendar.TodayWib(clock), ct);
        Rows = StatusRow.Group(Report.Months);
        if (ProvinceCode.IsProvinceCode(Province)
            && (await LoadedPeriods.ReadAsync(db, Province, ct)).DefaultYearOrMonth(Flow.Export) is TradePeriod period)
        {
            Origin = await ExportsByOrigin.EstimateAsync(db, Province, period, ct);
        }

        Fetches = await db.FetchLog.AsNoTracking().OrderByDescending(e => e.Id).Take(20)
            .Select(e => new Neraca.Imports.Fetch.FetchLogEntry
            {
                Id = e.Id,
                RequestedAtUtc = e.RequestedAtUtc,
                RequestedBy = e.RequestedBy,
                Url = e.Url,
                Outcome = e.Outcome,
                HttpStatus = e.HttpStatus,
                Attempts = e.Attempts,
                Message = e.Message,
                BatchId = e.BatchId,
            })
            .ToListAsync(ct);
    }
}

/// <summary>
/// One row of the page: a month with both flows, or a run of consecutive months where nothing is loaded and both
/// flows are in the same state (so eight overdue years read as one line, not 96).
/// </summary>
public sealed record StatusRow(YearMonth From, YearMonth To, StatusCell? Export, StatusCell? Import)
{
    public bool IsRun => From != To;

    public int Months => To.Index - From.Index + 1;

    public static IReadOnlyList<StatusRow> Group(IReadOnlyList<StatusCell> cells)
    {
        var rows = new List<StatusRow>();
        foreach (var month in cells.GroupBy(c => c.Period).OrderByDescending(g => g.Key, StringComparer.Ordinal))
        {
            var export = month.FirstOrDefault(c => c.Flow == "export");
            var import = month.FirstOrDefault(c => c.Flow == "import");
            var ym = YearMonth.Parse(month.Key, "period");
            if (rows.Count > 0 && Empty(export, import) && rows[^1] is { } last && Empty(last.Export, last.Import)
                && Same(last.Export, export) && Same(last.Import, import) && last.From == ym.AddMonths(1))
            {
                rows[^1] = last with { From = ym };
                continue;
            }

            rows.Add(new StatusRow(ym, ym, export, import));
        }

        return rows;
    }

    private static bool Empty(StatusCell? export, StatusCell? import) =>
        export?.Published is null && export?.Detail is null && import?.Published is null && import?.Detail is null;

    private static bool Same(StatusCell? a, StatusCell? b) => a?.State == b?.State && a?.Gap == b?.Gap;
}
