using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Demo;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Web.Features.Trade;

namespace Neraca.Web.Features.Dashboard;

/// <summary>The filters of the dashboard as they arrive in the query string (all optional, all text).</summary>
public sealed record DashboardFilter(string? Province, string? Period, string? Flow);

/// <summary>
/// Everything the dashboard shows for one province, month and flow, computed by the figures engine (never here).
/// Shared by the page, its htmx partial and the downloads, so a download is exactly the table on screen.
/// </summary>
public sealed class DashboardData
{
    public const int ChartMonths = 24;
    public const int TopN = 10;

    /// <summary>BPS code; 0 = Indonesia as a whole.</summary>
    public short Province { get; init; }

    public required string ProvinceName { get; init; }

    public Flow Flow { get; init; }

    /// <summary>Months with data for the province, newest first.</summary>
    public IReadOnlyList<YearMonth> Months { get; init; } = [];

    /// <summary>The month shown (the latest with data unless chosen); null when nothing is loaded for the province.</summary>
    public YearMonth? Period { get; init; }

    public bool AnyData { get; init; }

    /// <summary>True when the month shown comes from the demo dataset (the banner is never shown over real data).</summary>
    public bool Demo { get; init; }

    /// <summary>The flow not loaded for the month shown, when only one is (the page says so instead of showing n/a).</summary>
    public Flow? MissingFlow { get; init; }

    /// <summary>The <see cref="ChartMonths"/> months up to <see cref="Period"/>, oldest first.</summary>
    public IReadOnlyList<BalanceRow> Balance { get; init; } = [];

    public BalanceRow? Current => Balance.Count > 0 ? Balance[^1] : null;

    public TopResult? TopHs2 { get; init; }

    public TopResult? TopCountry { get; init; }

    public YearMonth? ChartFrom => Period?.AddMonths(-(ChartMonths - 1));

    public string FlowText => FlowNames.Of(Flow);

    public string ProvinceText => Province.ToString(CultureInfo.InvariantCulture);

    public static short HomeProvince(IConfiguration configuration) =>
        configuration.GetValue<short?>("Neraca:HomeProvince") is short p && ProvinceCode.IsKnown(p) ? p : LampungPublished.Province;

    public static string Language(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal) ? "en" : "id";

    /// <summary>Reads the figures; unusable filters fall back to the defaults (home province, latest month, exports).</summary>
    public static async Task<DashboardData> LoadAsync(NeracaDb db, DashboardFilter filter, short homeProvince, string language, CancellationToken ct)
    {
        var province = homeProvince;
        if (ProvinceCode.TryParse(filter.Province, ProvinceKinds.Province | ProvinceKinds.National, out var chosen))
        {
            province = chosen.Value;
        }

        var flow = string.Equals(filter.Flow, "import", StringComparison.OrdinalIgnoreCase) ? Flow.Import : Flow.Export;
        var loaded = await LoadedPeriods.ReadAsync(db, province, ct);
        var months = loaded.Months;
        var anyData = loaded.Any || await db.MonthTotals.AnyAsync(ct);
        YearMonth? period = YearMonth.TryParse(filter.Period, out var asked) && months.Contains(asked) ? asked : loaded.Default;
        var name = Provinces.All.First(p => p.Code == province).Name;
        if (period is not YearMonth month)
        {
            return new DashboardData { Province = province, ProvinceName = name, Flow = flow, Months = months, AnyData = anyData };
        }

        var demo = await LoadedPeriods.IsDemoAsync(db, province, month, ct);

        var figures = new TradeFigures(db);
        var p = ProvinceCode.FromStored(province).QueryValue;
        var balance = await figures.BalanceAsync(p, month.AddMonths(-(ChartMonths - 1)), month, Granularity.Month, ct);
        var tp = TradePeriod.From(month);
        var hs2 = await figures.TopAsync(TopBy.Hs2, flow, tp, p, TopN, language, ct);
        var country = await figures.TopAsync(TopBy.Country, flow, tp, p, TopN, language, ct);
        return new DashboardData
        {
            Province = province,
            ProvinceName = name,
            Flow = flow,
            Months = months,
            Period = month,
            AnyData = anyData,
            Demo = demo,
            MissingFlow = loaded.MissingFlow(month),
            Balance = balance,
            TopHs2 = hs2,
            TopCountry = country,
        };
    }

    /// <summary>Validates the download parameters like the API does.</summary>
    /// <exception cref="TradeArgumentException">an unknown table or format.</exception>
    public static (string Table, string Format) ParseDownload(string? table, string? format) =>
        (Parameters.Choice(table, "table", "balance", "top-hs2", "top-country"), Parameters.Choice(format ?? "csv", "format", "csv", "xlsx"));
}
