using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.DataStatus;

/// <summary>
/// What is loaded for a province, flow × month, and what is late (docs/decisions/0025-data-status.md). Built from the
/// same scopes the figures read, so the coverage shown is the coverage used (decision 0012): a published total wins,
/// detail counts with its HS chapters, and a national file covers a province that traded nothing in it (zero).
/// </summary>
public static class StatusMatrix
{
    public static async Task<StatusReport> ReadAsync(NeracaDb db, short province, DateOnly today, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var rows = await StatusQuery.RunAsync(connection, province, ct);
            var detail = rows.Where(r => r.Active && r.Basis == Basis.Detail).Select(r => (r.Flow, r.Year, r.Month)).ToHashSet();
            var national = new List<(Flow, int, int, IReadOnlyList<StatusSource>)>();
            foreach (var (flow, year, month) in await NationalMonthsAsync(db, province, ct))
            {
                // Only a month without the province's own detail shows the national file's zero, so only then is the
                // file looked up (one indexed query per such month, not a scan of every scope).
                national.Add((flow, year, month, detail.Contains((flow, year, month)) ? [] : await StatusQuery.NationalFilesAsync(connection, flow, year, month, ct)));
            }

            return Build(province, today, rows, national, await ReleaseCalendar.ReadAsync(db, ct));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The late months only, newest first, for the dashboard's notice: the same rule (<see cref="Build"/>) over the month
    /// totals the figures read (one row per loaded flow × month × basis) instead of every scope version and its file.
    /// </summary>
    public static async Task<IReadOnlyList<string>> OverdueAsync(NeracaDb db, short province, DateOnly today, CancellationToken ct = default)
    {
        var totals = db.MonthTotals.AsNoTracking();
        totals = ProvinceCode.IsNationalCode(province)
            ? totals.Where(t => (t.Basis == Basis.PublishedTotal && t.ProvinceCode == province) || t.Basis == Basis.Detail)
            : totals.Where(t => t.ProvinceCode == province);
        var loaded = await totals.Select(t => new { t.Flow, t.Year, t.Month, t.Basis }).Distinct().ToListAsync(ct);
        var rows = loaded.Select(t => new ScopeVersionRow(t.Flow, t.Year, t.Month, t.Basis, "", true, 0, null, 0, NoSource)).ToList();
        var national = (await NationalMonthsAsync(db, province, ct)).Select(n => (n.Flow, n.Year, n.Month, (IReadOnlyList<StatusSource>)[])).ToList();
        return Build(province, today, rows, national, await ReleaseCalendar.ReadAsync(db, ct)).Overdue;
    }

    private static readonly StatusSource NoSource = new(0, "", "", DateTime.MinValue, "");

    /// <summary>Flow × months loaded from a national file (kept by the importer); none for Indonesia, which counts every province.</summary>
    private static async Task<List<(Flow Flow, int Year, int Month)>> NationalMonthsAsync(NeracaDb db, short province, CancellationToken ct) =>
        ProvinceCode.IsNationalCode(province)
            ? []
            : [.. (await db.NationalDetails.AsNoTracking().Select(n => new { n.Flow, n.Year, n.Month }).ToListAsync(ct)).Select(n => (n.Flow, (int)n.Year, (int)n.Month))];

    internal static StatusReport Build(
        short province, DateOnly today, IReadOnlyList<ScopeVersionRow> rows,
        IReadOnlyList<(Flow Flow, int Year, int Month, IReadOnlyList<StatusSource> Sources)> nationalMonths, ReleaseCalendar calendar)
    {
        var slices = rows.GroupBy(r => (r.Flow, r.Year, r.Month, r.Basis)).ToDictionary(g => g.Key, g => Slice([.. g]));
        AddNationalZeros(province, slices, nationalMonths);

        var monthly = slices.Keys.Where(k => k.Month > 0).Select(k => new YearMonth(k.Year, k.Month)).ToList();
        if (monthly.Count == 0)
        {
            return new StatusReport(province, today, [], Annual(slices));
        }

        var first = monthly.Min();
        var last = Max(monthly.Max(), calendar.LatestDue(today));
        var cells = new List<StatusCell>();
        foreach (var flow in new[] { Flow.Export, Flow.Import })
        {
            var widest = slices.Where(s => s.Key.Flow == flow && s.Key.Month > 0 && s.Key.Basis == Basis.Detail)
                .Select(s => s.Value.Hs2.Count).DefaultIfEmpty(0).Max();
            var lastLoaded = monthly.Where(m => Loaded(slices, flow, m)).DefaultIfEmpty(first).Max();
            for (var m = first; m <= last; m = m.AddMonths(1))
            {
                cells.Add(Cell(slices, calendar, flow, m, today, widest, lastLoaded));
            }
        }

        return new StatusReport(province, today, [.. cells.OrderByDescending(c => c.Month).ThenBy(c => c.Flow, StringComparer.Ordinal)], Annual(slices));
    }

    private static StatusCell Cell(
        Dictionary<(Flow, int, int, Basis), StatusSlice> slices, ReleaseCalendar calendar, Flow flow, YearMonth m, DateOnly today, int widest, YearMonth lastLoaded)
    {
        var published = slices.GetValueOrDefault((flow, m.Year, m.Month, Basis.PublishedTotal));
        var detail = slices.GetValueOrDefault((flow, m.Year, m.Month, Basis.Detail));
        // A slice whose scopes were all superseded (a revised national file no longer lists the province) is kept for
        // its history but is not loaded.
        var state = published?.ValueUsd is not null ? MonthState.Loaded
            : detail?.ValueUsd is not null ? (detail.Hs2.Count < widest && !detail.FromNationalFile ? MonthState.Partial : MonthState.Loaded)
            : calendar.IsDue(m, today) ? MonthState.Overdue : MonthState.NotDue;
        return new StatusCell(m, FlowNames.Of(flow), state, state == MonthState.Overdue && m < lastLoaded,
            calendar.ExpectedOn(m), calendar.IsAnnounced(m), published, detail);
    }

    /// <summary>
    /// One slice from its scope versions. The total before the latest revision is the current total with the latest
    /// superseding batch's active scopes taken out and the scopes it superseded put back.
    /// </summary>
    private static StatusSlice Slice(IReadOnlyList<ScopeVersionRow> versions)
    {
        var active = versions.Where(v => v.Active).ToList();
        var current = active.Sum(v => v.ValueMilli);
        var latestRevision = versions.Where(v => !v.Active && v.SupersededBy is not null).Select(v => v.SupersededBy).Max();
        decimal? previous = latestRevision is int r
            ? Money.FromMilli(current - active.Where(v => v.BatchId == r).Sum(v => v.ValueMilli)
                + versions.Where(v => !v.Active && v.SupersededBy == r).Sum(v => v.ValueMilli))
            : null;
        return new StatusSlice(
            active.Count > 0 ? Money.FromMilli(current) : null,
            [.. active.Select(v => v.Hs2).Distinct().Order(StringComparer.Ordinal)],
            [.. active.Select(v => v.Source).DistinctBy(s => s.BatchId).OrderBy(s => s.BatchId)],
            versions.Select(v => v.BatchId).Distinct().Count(),
            previous,
            false);
    }

    /// <summary>A national file's month where the province has no scope: zero over the file's chapters (decision 0012).</summary>
    private static void AddNationalZeros(
        short province, Dictionary<(Flow, int, int, Basis), StatusSlice> slices, IReadOnlyList<(Flow Flow, int Year, int Month, IReadOnlyList<StatusSource> Sources)> national)
    {
        if (ProvinceCode.IsNationalCode(province))
        {
            return;
        }

        foreach (var (flow, year, month, sources) in national)
        {
            var key = (flow, year, month, Basis.Detail);
            if (!slices.TryGetValue(key, out var slice) || slice.ValueUsd is null)
            {
                slices[key] = new StatusSlice(0m, [], [.. sources.OrderBy(s => s.BatchId)], slice?.Versions ?? 1, slice?.PreviousUsd, true);
            }
        }
    }

    private static bool Loaded(Dictionary<(Flow, int, int, Basis), StatusSlice> slices, Flow flow, YearMonth m) =>
        slices.TryGetValue((flow, m.Year, m.Month, Basis.PublishedTotal), out var p) && p.ValueUsd is not null
        || slices.TryGetValue((flow, m.Year, m.Month, Basis.Detail), out var d) && d.ValueUsd is not null;

    private static List<StatusYear> Annual(Dictionary<(Flow Flow, int Year, int Month, Basis Basis), StatusSlice> slices) =>
        [.. slices.Where(s => s.Key.Month == 0 && s.Key.Basis == Basis.Detail)
            .OrderByDescending(s => s.Key.Year).ThenBy(s => s.Key.Flow)
            .Select(s => new StatusYear(s.Key.Year, FlowNames.Of(s.Key.Flow), s.Value))];

    private static YearMonth Max(YearMonth a, YearMonth b) => a > b ? a : b;
}
