using Neraca.Commodities;
using Neraca.Trade;

namespace Neraca.Reports;

/// <summary>
/// "What needs attention" for the head of office's one-page brief: the largest movers among the top HS chapters,
/// the import-competition watch (imported products the province also exports), and a missing or overdue month.
/// Words only; every figure comes from the report's tables or the commodity analyses.
/// </summary>
public static class ReportAttention
{
    /// <summary>BPS publishes a month's provincial trade around the middle of the next month: after day 20 it is overdue.</summary>
    public const int ReleaseDay = 20;

    public static IReadOnlyList<string> Build(IReadOnlyList<ReportSection> sections, ImportWatchResult? watch, LoadedPeriods loaded, YearMonth month, DateOnly today, ReportWords w)
    {
        var items = new List<string>();
        foreach (var (key, name) in new[] { ("exports_hs2", w.T("ekspor", "exports")), ("imports_hs2", w.T("impor", "imports")) })
        {
            if (sections.FirstOrDefault(s => s.Key == key)?.Table is not { } table)
            {
                continue;
            }

            // The member rows (summary rows have blank change cells); the largest month-on-month change as printed.
            var mom = table.Columns.ToList().FindIndex(c => c.Key == "mom_pct");
            var mover = table.Rows.TakeWhile(r => r[mom].Text != "").Where(r => r[mom].Number is not null)
                .OrderByDescending(r => Math.Abs(r[mom].Number!.Value)).FirstOrDefault();
            if (mover is not null)
            {
                items.Add(w.T($"Perubahan terbesar {name} di antara 10 golongan barang utama: {mover[1].Text} (HS {mover[0].Text}) ",
                    $"Largest move among the top 10 HS chapters of {name}: {mover[1].Text} (HS {mover[0].Text}) ")
                    + ReportNarrative.Direction(mover[mom].Number!.Value, w) + w.T(" dibanding ", " from ") + w.Month(month.AddMonths(-1)) + ".");
            }
        }

        foreach (var row in (watch?.Rows ?? []).Take(3))
        {
            var change = row.ImportYoyPct is decimal yoy ? ", " + ReportNarrative.Direction(yoy, w) + w.T(" dibanding setahun sebelumnya", " on a year earlier") : "";
            items.Add(w.T($"Persaingan impor: {row.Label} (HS {row.Hs}) diimpor senilai {w.Usd(row.ImportUsd)}{change}, padahal provinsi juga mengekspornya.",
                $"Import competition: {row.Label} (HS {row.Hs}) imported for {w.Usd(row.ImportUsd)}{change}, while the province also exports it."));
        }

        if (loaded.MissingFlow(month) is { } missing)
        {
            var flow = missing == Common.Flow.Import ? w.T("impor", "imports") : w.T("ekspor", "exports");
            items.Add(w.T($"Data {flow} {w.Month(month)} belum dimuat.", $"Data on {flow} for {w.Month(month)} are not loaded yet."));
        }

        var newest = loaded.Months.Count > 0 ? loaded.Months[0] : month;
        var due = newest.AddMonths(1);
        if (today > new DateOnly(due.Year, due.Month, 1).AddMonths(1).AddDays(ReleaseDay - 1))
        {
            items.Add(w.T($"Data terbaru yang dimuat adalah {w.Month(newest)}; data {w.Month(due)} sudah terlambat dimuat.",
                $"The newest data loaded are for {w.Month(newest)}; {w.Month(due)} is overdue."));
        }

        return items;
    }
}
