using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Neraca.Commodities;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.Reports;

/// <summary>
/// Builds the monthly report from the figures engine (<see cref="TradeFigures"/>) and the commodity analyses
/// (<see cref="CommodityAnalyses"/>): this class arranges and words their figures, it computes no trade arithmetic.
/// Sections follow BPS's release: headline, exports by HS2 / destination / country group / port, imports by HS2 /
/// origin / end use, exports by sector, the 13-month trend.
/// One builder may build the same month in several languages: the commodity analyses' data are loaded once for all.
/// </summary>
public sealed class MonthlyReportBuilder(NeracaDb db)
{
    private readonly CommodityAnalyses analyses = new(db);

    public const int TopN = 10;

    /// <summary>The months a report reads: the 13-month trend plus the month before its first (provenance only).</summary>
    public const int MonthsRead = 14;

    /// <exception cref="TradeArgumentException">an unknown province, or no exports and no imports loaded for the month.</exception>
    /// <param name="today">The day of writing (the "overdue" attention item); default today in WIB.</param>
    public async Task<MonthlyReport> BuildAsync(YearMonth month, short? province, string language, CancellationToken ct = default, DateOnly? today = null)
    {
        var p = TradeFigures.CheckProvince(province);
        var w = ReportWords.For(language);
        var place = ReportWords.ProvinceName(p);
        var figures = new TradeFigures(db);
        var trend = await figures.MonthlyBalanceAsync(p, month.AddMonths(-12), month, ct);
        var row = trend[^1];
        if (row.ExportsUsd is null && row.ImportsUsd is null)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"no exports or imports are loaded for {place} in {month}: there is nothing to report");
            throw new TradeArgumentException("period", text)
            {
                ReasonId = string.Create(CultureInfo.InvariantCulture, $"belum ada data ekspor maupun impor {place} untuk {month}: belum ada yang dapat dilaporkan"),
            };
        }

        var period = TradePeriod.From(month);
        var sections = new List<ReportSection>
        {
            new() { Key = "headline", Title = w.T("Ringkasan", "Highlights"), Table = ReportTables.Headline(trend, month, w) },
        };
        foreach (var (flow, by) in new[] { (Flow.Export, TopBy.Hs2), (Flow.Export, TopBy.Country), (Flow.Export, TopBy.Group), (Flow.Export, TopBy.Port) })
        {
            sections.Add(await RankingAsync(figures, flow, by, period, p, row, w, ct));
        }

        foreach (var by in new[] { TopBy.Hs2, TopBy.Country })
        {
            sections.Add(await RankingAsync(figures, Flow.Import, by, period, p, row, w, ct));
        }

        sections.Add(Categories("imports_end_use", w.T("Impor menurut golongan penggunaan barang (BEC)", "Imports by end use (BEC)"),
            await analyses.EndUsesAsync(period, p, ct), row.ImportsUsd, Flow.Import, month, w));
        sections.Add(Categories("exports_sector", w.T("Ekspor menurut sektor", "Exports by sector"),
            await analyses.SectorsAsync(period, p, ct), row.ExportsUsd, Flow.Export, month, w));
        sections.Add(new ReportSection
        {
            Key = "trend",
            Title = w.T("Perkembangan ekspor, impor dan neraca perdagangan 13 bulan terakhir", "Exports, imports and trade balance over 13 months"),
            Table = ReportTables.Trend(trend, w),
            Chart = "trend",
        });

        var day = today ?? DateOnly.FromDateTime(DateTime.UtcNow + Formatting.WibOffset);
        var watch = p is null ? null : await analyses.ImportWatchAsync(period, p, 4, false, w.Language, localNames: false, ct);
        var loaded = await LoadedPeriods.ReadAsync(db, p ?? 0, ct);
        return new MonthlyReport
        {
            Period = month.ToString(),
            Province = p,
            ProvinceName = place,
            Language = w.Language,
            Title = w.T($"Perkembangan Ekspor dan Impor {place} {w.Month(month)}", $"Exports and Imports of {place}, {w.Month(month)}"),
            BatchIds = await BatchIdsAsync(db, month, p, ct),
            Headline = ReportNarrative.Headline(row, month, place, w),
            Sections = sections,
            Attention = ReportAttention.Build(sections, watch, loaded, month, day, w),
            WrittenOn = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The active batches holding the province's data in the months the report reads, ascending.</summary>
    public static async Task<IReadOnlyList<int>> BatchIdsAsync(NeracaDb db, YearMonth month, short? province, CancellationToken ct = default)
    {
        var first = month.AddMonths(-(MonthsRead - 1));
        var national = province is null or 0;
        var rows = await db.BatchScopes.AsNoTracking()
            .Where(s => s.IsActive && s.Month > 0 && s.Year >= first.Year && s.Year <= month.Year && (national || s.ProvinceCode == province))
            .Select(s => new { s.BatchId, s.Year, s.Month })
            .Distinct()
            .ToListAsync(ct);
        return [.. rows.Where(r => new YearMonth(r.Year, r.Month) >= first && new YearMonth(r.Year, r.Month) <= month)
            .Select(r => r.BatchId).Distinct().Order()];
    }

    private static async Task<ReportSection> RankingAsync(TradeFigures figures, Flow flow, TopBy by, TradePeriod period, short? p, BalanceRow row, ReportWords w, CancellationToken ct)
    {
        var export = flow == Flow.Export;
        var key = (export ? "exports_" : "imports_") + by.ToString().ToLowerInvariant();
        var title = (export, by) switch
        {
            (true, TopBy.Hs2) => w.T("Ekspor menurut golongan barang (HS 2 digit), 10 terbesar", "Exports by HS chapter, top 10"),
            (true, TopBy.Country) => w.T("Ekspor menurut negara tujuan, 10 terbesar", "Exports by destination country, top 10"),
            (true, TopBy.Group) => w.T("Ekspor menurut kelompok negara", "Exports by country group"),
            (true, _) => w.T("Ekspor menurut pelabuhan muat", "Exports by port of loading"),
            (false, TopBy.Hs2) => w.T("Impor menurut golongan barang (HS 2 digit), 10 terbesar", "Imports by HS chapter, top 10"),
            _ => w.T("Impor menurut negara asal, 10 terbesar", "Imports by country of origin, top 10"),
        };
        var month = new YearMonth(period.Year, period.Month);
        var top = await figures.TopAsync(by, flow, period, p, TopN, w.Language, ct);
        if (top.TotalUsd is null)
        {
            return new ReportSection { Key = key, Title = title, Missing = MissingDetail(flow, export ? row.ExportsUsd : row.ImportsUsd, month, w) };
        }

        var total = export ? w.T("ekspor", "exports") : w.T("impor", "imports");
        var lead = (export, by) switch
        {
            (_, TopBy.Hs2) => w.T($"Golongan barang dengan nilai {total} terbesar pada {w.Month(month)} adalah", $"The largest HS chapter of {total} in {w.Month(month)} was"),
            (true, TopBy.Country) => w.T("Negara tujuan ekspor terbesar adalah", "The largest export destination was"),
            (false, TopBy.Country) => w.T("Negara asal impor terbesar adalah", "The largest country of origin of imports was"),
            _ => null,
        };
        return new ReportSection
        {
            Key = key,
            Title = title,
            Paragraphs = lead is null ? [] : ReportNarrative.Ranking(top, lead, total, w),
            Table = ReportTables.Ranking(top, by, w),
            Chart = export && by == TopBy.Country ? "bars" : null,
        };
    }

    private static ReportSection Categories(string key, string title, CategoryBreakdown breakdown, decimal? flowUsd, Flow flow, YearMonth month, ReportWords w) =>
        breakdown.TotalUsd is null
            ? new ReportSection { Key = key, Title = title, Missing = MissingDetail(flow, flowUsd, month, w) }
            : new ReportSection { Key = key, Title = title, Table = ReportTables.Categories(breakdown, w) };

    /// <summary>Why a breakdown is left out: the flow is not loaded, or only its published total is.</summary>
    private static string MissingDetail(Flow flow, decimal? flowUsd, YearMonth month, ReportWords w)
    {
        var name = flow == Flow.Export ? w.T("ekspor", "exports") : w.T("impor", "imports");
        return flowUsd is null
            ? w.T($"Data {name} {w.Month(month)} belum tersedia.", $"Data on {name} for {w.Month(month)} are not yet available.")
            : w.T($"Rincian {name} {w.Month(month)} tidak tersedia: yang dimuat hanya nilai total yang dipublikasikan.",
                $"No breakdown of {name} for {w.Month(month)} is loaded: only the published total is.");
    }
}
