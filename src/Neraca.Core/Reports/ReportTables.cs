using System.Globalization;
using Neraca.Commodities;
using Neraca.Trade;

namespace Neraca.Reports;

/// <summary>
/// The report's tables from the engine's results: US$ become exact million-US$ cells, percentages are copied as the
/// engine rounded them. A value the engine could not give stays null (printed "t.a."), never zero.
/// </summary>
public static class ReportTables
{
    private static decimal? M(decimal? usd) => usd is decimal d ? ReportWords.Million(d) : null;

    private static ReportColumn Usd(string key, string header) => new(key, header, ColumnKind.MillionUsd);

    private static ReportColumn Pct(string key, string header) => new(key, header, ColumnKind.Percent);

    /// <summary>Exports, imports and balance: previous month, the month, year-ago month and January–month of both years.</summary>
    public static ReportTable Headline(IReadOnlyList<BalanceRow> trend, YearMonth month, ReportWords w)
    {
        var (now, prev, ago) = (trend[^1], trend[^2], trend[0]);
        var unit = w.T(" (juta US$)", " (US$ million)");
        var columns = new List<ReportColumn>
        {
            new("item", w.T("Uraian", "Item"), ColumnKind.Text),
            Usd("previous", w.Month(month.AddMonths(-1)) + unit),
            Usd("month", w.Month(month) + unit),
            Pct("mom_pct", w.T("Perubahan bulanan (%)", "Month-on-month (%)")),
            Usd("year_ago", w.Month(month.AddMonths(-12)) + unit),
            Pct("yoy_pct", w.T("Perubahan tahunan (%)", "Year-on-year (%)")),
            Usd("cum_year_ago", w.T("Kumulatif ", "Cumulative ") + w.YearToDate(month.AddMonths(-12)) + unit),
            Usd("cum", w.T("Kumulatif ", "Cumulative ") + w.YearToDate(month) + unit),
            Pct("cum_yoy_pct", w.T("Perubahan kumulatif (%)", "Cumulative change (%)")),
        };
        var rows = new List<IReadOnlyList<ReportCell>>
        {
            new ReportCell[] { w.T("Ekspor", "Exports"), M(prev.ExportsUsd), M(now.ExportsUsd), now.ExportsMomPct, M(ago.ExportsUsd), now.ExportsYoyPct, M(ago.ExportsCumUsd), M(now.ExportsCumUsd), now.ExportsCumYoyPct },
            new ReportCell[] { w.T("Impor", "Imports"), M(prev.ImportsUsd), M(now.ImportsUsd), now.ImportsMomPct, M(ago.ImportsUsd), now.ImportsYoyPct, M(ago.ImportsCumUsd), M(now.ImportsCumUsd), now.ImportsCumYoyPct },
        };
        if (now.BalanceUsd is not null)
        {
            // A change of a balance that may cross zero is not a BPS percentage: those cells stay empty.
            rows.Add(new ReportCell[] { w.T("Neraca perdagangan", "Trade balance"), M(prev.BalanceUsd), M(now.BalanceUsd), ReportCell.Blank, M(ago.BalanceUsd), ReportCell.Blank, ReportCell.Blank, ReportCell.Blank, ReportCell.Blank });
        }

        return new ReportTable { Columns = columns, Rows = rows, Note = PartialNote(now, w) };
    }

    /// <summary>The ranked members, then (except for overlapping country groups) the top N together ("peranan"), the rest and the total.</summary>
    public static ReportTable Ranking(TopResult top, TopBy by, ReportWords w)
    {
        var columns = new List<ReportColumn>();
        if (by == TopBy.Hs2)
        {
            columns.Add(new("hs2", "HS", ColumnKind.Text));
        }

        columns.AddRange(
        [
            new("label", by switch
            {
                TopBy.Hs2 => w.T("Golongan barang", "HS chapter"),
                TopBy.Country => w.T("Negara", "Country"),
                TopBy.Group => w.T("Kelompok negara", "Country group"),
                _ => w.T("Pelabuhan", "Port"),
            }, ColumnKind.Text),
            Usd("value", w.T("Nilai (juta US$)", "Value (US$ million)")),
            Pct("share_pct", w.T("Peran (%)", "Share (%)")),
            Pct("mom_pct", w.T("Perubahan bulanan (%)", "Month-on-month (%)")),
            Pct("yoy_pct", w.T("Perubahan tahunan (%)", "Year-on-year (%)")),
        ]);
        var hs = by == TopBy.Hs2;
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var r in top.Rows)
        {
            var label = w.Indonesian ? r.LabelId : r.LabelEn;
            rows.Add(hs
                ? [r.Key, label, M(r.ValueUsd), r.SharePct, r.MomPct, r.YoyPct]
                : [label, M(r.ValueUsd), r.SharePct, r.MomPct, r.YoyPct]);
        }

        void Summary(string label, decimal? usd, decimal? share) =>
            rows.Add(hs ? [ReportCell.Blank, label, M(usd), share, ReportCell.Blank, ReportCell.Blank] : [label, M(usd), share, ReportCell.Blank, ReportCell.Blank]);

        // The top N together and the rest only when there is a rest (two ports are not a "top 10").
        if (by != TopBy.Group && top.Rows.Count == MonthlyReportBuilder.TopN && top.RestUsd is not 0m)
        {
            Summary(w.T(string.Create(CultureInfo.InvariantCulture, $"Jumlah {top.Rows.Count} teratas"), string.Create(CultureInfo.InvariantCulture, $"Top {top.Rows.Count} together")), top.TopUsd, top.TopSharePct);
            Summary(w.T("Lainnya", "Others"), top.RestUsd, top.RestSharePct);
        }

        Summary("Total", top.TotalUsd, top.TotalUsd is null or 0m ? null : 100m);
        return new ReportTable
        {
            Columns = columns,
            Rows = rows,
            Note = top.Partial
                ? w.T("Sebagian perubahan hanya membandingkan golongan barang HS yang dimuat pada kedua periode.", "Some changes compare only the HS chapters loaded in both periods.")
                : by == TopBy.Group ? w.T("Kelompok negara dapat beririsan (mis. ASEAN dan RCEP), sehingga perannya tidak dijumlahkan.", "Country groups overlap (e.g. ASEAN and RCEP), so their shares are not added up.") : null,
        };
    }

    /// <summary>A commodity-analysis breakdown (end use, sector) with its subtotals.</summary>
    public static ReportTable Categories(CategoryBreakdown breakdown, ReportWords w) => new()
    {
        Columns =
        [
            new("category", w.T("Golongan", "Category"), ColumnKind.Text),
            Usd("value", w.T("Nilai (juta US$)", "Value (US$ million)")),
            Pct("share_pct", w.T("Peran (%)", "Share (%)")),
            Pct("mom_pct", w.T("Perubahan bulanan (%)", "Month-on-month (%)")),
            Pct("yoy_pct", w.T("Perubahan tahunan (%)", "Year-on-year (%)")),
        ],
        Rows = [.. breakdown.Rows.Select(r => (IReadOnlyList<ReportCell>)[w.Indonesian ? r.LabelId : r.LabelEn, M(r.ValueUsd), r.SharePct, r.MomPct, r.YoyPct])],
        Note = breakdown.Note,
    };

    /// <summary>Thirteen months of exports, imports and balance (the trend chart's data and its text alternative).</summary>
    public static ReportTable Trend(IReadOnlyList<BalanceRow> trend, ReportWords w) => new()
    {
        Columns =
        [
            new("month", w.T("Bulan", "Month"), ColumnKind.Text),
            Usd("exports", w.T("Ekspor (juta US$)", "Exports (US$ million)")),
            Usd("imports", w.T("Impor (juta US$)", "Imports (US$ million)")),
            Usd("balance", w.T("Neraca (juta US$)", "Balance (US$ million)")),
        ],
        Rows = [.. trend.Select(r => (IReadOnlyList<ReportCell>)[w.ShortMonth(Month(r.Period)), M(r.ExportsUsd), M(r.ImportsUsd), M(r.BalanceUsd)])],
    };

    private static YearMonth Month(string period) => YearMonth.Parse(period, "period");

    private static string? PartialNote(BalanceRow row, ReportWords w) => row.Partial
        ? w.T("Sebagian perubahan hanya membandingkan golongan barang HS yang dimuat pada kedua periode.", "Some changes compare only the HS chapters loaded in both periods.")
        : null;
}
