using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Commodities;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Commodities;

/// <summary>`/commodities`: sectors, end use, raw vs processed (with a chart) and the import-competition watch of a province.</summary>
// Aggregates of published BPS statistics: open data, like the trade figures.
[Authorize(Policy = AuthPolicies.PublicData)]
public sealed class CommoditiesPageModel(NeracaDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; } = "18";

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    /// <summary>HS codes of the unit-value chart, comma-separated (default: green vs roasted coffee).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Hs { get; set; } = DefaultHs;

    public const string DefaultHs = "090111,090121";

    /// <summary>Rows of the RCA table shown on the page (the download has them all).</summary>
    public const int RcaRows = 20;

    public string? Error { get; private set; }

    public RcaResult? Rca { get; private set; }

    public UnitValueTrendResult? Trend { get; private set; }

    public CategoryBreakdown? Sectors { get; private set; }

    public CategoryBreakdown? EndUses { get; private set; }

    public RawProcessedResult? RawProcessed { get; private set; }

    public ImportWatchResult? Watch { get; private set; }

    public static IEnumerable<Province> ProvinceChoices => ProvinceCode.Choices(ProvinceKinds.Province);

    /// <summary>The raw vs processed series for the chart, as JSON in a data attribute (no inline script).</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        periods = RawProcessed?.Rows.Select(r => r.Period) ?? [],
        raw = RawProcessed?.Rows.Select(r => r.RawUsd) ?? [],
        processed = RawProcessed?.Rows.Select(r => r.ProcessedUsd) ?? [],
        share = RawProcessed?.Rows.Select(r => r.ProcessedSharePct) ?? [],
    });

    /// <summary>The unit-value series for the chart: US$/kg per period, null where flagged (a gap, never a zero).</summary>
    public string TrendJson => JsonSerializer.Serialize(new
    {
        periods = Trend?.Series.FirstOrDefault()?.Points.Select(p => p.Period) ?? [],
        series = Trend?.Series.Select(s => new { name = SeriesName(s), data = s.Points.Select(p => p.UsdPerKg) }) ?? [],
    });

    /// <summary>The code with its own name; a chapter title (no nomenclature loaded) would name every line the same, so it is left out.</summary>
    private static string SeriesName(UnitValueSeries s) =>
        s.Label == Neraca.Reference.HsChapters.Title(s.Hs[..2], CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) || s.Label == s.Hs ? s.Hs : s.Hs + " " + s.Label;

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            short? province = short.TryParse(Province, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
            province = TradeFigures.CheckProvince(province) ?? throw new TradeArgumentException("province", "province");
            Period ??= (await LoadedPeriods.ReadAsync(db, province.Value, ct)).DefaultYearOrMonth(Flow.Export)?.ToString()
                ?? (DateTime.UtcNow.Year - 1).ToString(CultureInfo.InvariantCulture);
            var period = TradePeriod.Parse(Period, "period");
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            var analyses = new CommodityAnalyses(db);
            Sectors = await analyses.SectorsAsync(period, province, ct);
            EndUses = await analyses.EndUsesAsync(period, province, ct);
            RawProcessed = await analyses.RawProcessedAsync(period, province, language, ct);
            Rca = await analyses.RcaAsync(period, province, 2, language, ct);
            Trend = await analyses.UnitValueTrendAsync(Flow.Export, UnitValueTrend.DefaultFrom(period), period, province, string.IsNullOrWhiteSpace(Hs) ? DefaultHs : Hs, null, language, ct);
            Watch = await analyses.ImportWatchAsync(period, province, 6, byGrowth: false, language, CommodityEndpoints.MayNameLocalBusinesses(User, province), ct);
        }
        catch (TradeArgumentException ex)
        {
            Error = "commodities.invalid." + ex.Parameter switch { "province" => "province", "hs" => "hs", _ => "period" };
        }
    }
}
