using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Demo;
using Neraca.Storage;

namespace Neraca.Trade;

/// <summary>
/// Which periods have data for a province, so every page opens on something that is loaded (never on the
/// calendar's last year or month when the data end earlier). Read from month_total, one row per loaded
/// flow × month × basis × province, kept by the importer.
/// </summary>
public sealed class LoadedPeriods
{
    private readonly Dictionary<YearMonth, HashSet<Flow>> flowsByMonth;

    private LoadedPeriods(Dictionary<YearMonth, HashSet<Flow>> flowsByMonth)
    {
        this.flowsByMonth = flowsByMonth;
    }

    /// <summary>Months with any flow loaded, newest first.</summary>
    public IReadOnlyList<YearMonth> Months => [.. flowsByMonth.Keys.OrderDescending()];

    public bool Any => flowsByMonth.Count > 0;

    /// <summary>The newest month with both exports and imports loaded; null when no month has both.</summary>
    public YearMonth? LatestComplete => flowsByMonth.Where(m => m.Value.Count == 2).Select(m => (YearMonth?)m.Key).Max();

    /// <summary>The month a page opens on: the newest with both flows, else the newest with either.</summary>
    public YearMonth? Default => LatestComplete ?? (Any ? flowsByMonth.Keys.Max() : null);

    /// <summary>The flow missing from <paramref name="month"/> when only one is loaded; null when both or none are.</summary>
    public Flow? MissingFlow(YearMonth month) =>
        flowsByMonth.TryGetValue(month, out var flows) && flows.Count == 1 ? (flows.Contains(Flow.Export) ? Flow.Import : Flow.Export) : null;

    public bool Has(YearMonth month, Flow flow) => flowsByMonth.TryGetValue(month, out var flows) && flows.Contains(flow);

    /// <summary>
    /// The period yearly analyses open on: the newest year whose twelve months of <paramref name="flow"/> are
    /// loaded, else the newest month with that flow; null when the flow has no data.
    /// </summary>
    public TradePeriod? DefaultYearOrMonth(Flow flow)
    {
        var months = flowsByMonth.Where(m => m.Value.Contains(flow)).Select(m => m.Key).ToList();
        var fullYear = months.GroupBy(m => m.Year).Where(g => g.Count() == 12).Select(g => (int?)g.Key).Max();
        return fullYear is int year ? new TradePeriod(year, 0) : months.Count > 0 ? TradePeriod.From(months.Max()) : null;
    }

    /// <summary>The loaded months of one province; the national code 0 = any province.</summary>
    public static async Task<LoadedPeriods> ReadAsync(NeracaDb db, short province, CancellationToken ct = default)
    {
        var query = db.MonthTotals.AsNoTracking().Where(t => t.Month > 0);
        if (!ProvinceCode.IsNationalCode(province))
        {
            query = query.Where(t => t.ProvinceCode == province);
        }

        var rows = await query.Select(t => new { t.Year, t.Month, t.Flow }).Distinct().ToListAsync(ct);
        var byMonth = new Dictionary<YearMonth, HashSet<Flow>>();
        foreach (var row in rows)
        {
            var month = new YearMonth(row.Year, row.Month);
            if (!byMonth.TryGetValue(month, out var flows))
            {
                byMonth[month] = flows = [];
            }

            flows.Add(row.Flow);
        }

        return new LoadedPeriods(byMonth);
    }

    /// <summary>
    /// True when what a page shows for the province and month comes from the demo dataset, so the "demo data"
    /// banner never stands over real BPS data loaded later.
    /// </summary>
    public static Task<bool> IsDemoAsync(NeracaDb db, short province, YearMonth month, CancellationToken ct = default)
    {
        var national = ProvinceCode.IsNationalCode(province);
        var demoBatches = DemoLoader.Batches(db).Select(b => b.Id);
        return db.BatchScopes.AnyAsync(
            s => s.IsActive && s.Year == month.Year && s.Month == month.Month
                && (national || s.ProvinceCode == province) && demoBatches.Contains(s.BatchId),
            ct);
    }
}
