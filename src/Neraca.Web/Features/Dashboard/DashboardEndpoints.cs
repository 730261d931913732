using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Web.Features.Shared;
using Neraca.Web.Features.Trade;
using SpreadCheetah;

namespace Neraca.Web.Features.Dashboard;

/// <summary>
/// `/dashboard/download?table=balance|top-hs2|top-country&amp;format=csv|xlsx&amp;province=&amp;period=&amp;flow=&amp;lang=`:
/// every dashboard table as CSV (the CLI's columns, invariant numbers) or XLSX (numbers as numbers).
/// </summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard/download", DownloadAsync)
            .WithName("DashboardDownload")
            .RequireAuthorization(AuthPolicies.PublicData)
            // A link on the page, not part of the API: the same figures are at /api/trade/* as JSON.
            .ExcludeFromDescription();
        return app;
    }

    internal static async Task<Results<FileContentHttpResult, ValidationProblem>> DownloadAsync(
        NeracaDb db, IConfiguration configuration, string? table, string? format, string? province, string? period, string? flow, string? lang, CancellationToken ct)
    {
        string kind, fileFormat, language;
        try
        {
            (kind, fileFormat) = DashboardData.ParseDownload(table, format);
            TradeEndpoints.ParseProvince(province);
            if (period is not null)
            {
                YearMonth.Parse(period, "period");
            }

            if (flow is not null)
            {
                TradeEndpoints.Choice(flow, "flow", "export", "import");
            }

            language = TradeEndpoints.Choice(lang ?? "id", "lang", "id", "en");
        }
        catch (TradeArgumentException ex)
        {
            return TradeEndpoints.Invalid(ex);
        }

        var data = await DashboardData.LoadAsync(db, new DashboardFilter(province, period, flow), DashboardData.HomeProvince(configuration), language, ct);
        var name = string.Create(CultureInfo.InvariantCulture, $"neraca-{kind}-{data.ProvinceText}-{data.Period?.ToString() ?? "no-data"}{(kind == "balance" ? "" : "-" + data.FlowText)}");
        var top = kind == "top-hs2" ? data.TopHs2 : data.TopCountry;
        if (fileFormat == "csv")
        {
            var csv = kind == "balance" ? TradeFormat.BalanceCsv(data.Balance) : TradeFormat.TopCsv(top?.Rows ?? []);
            return TypedResults.File(new UTF8Encoding(false).GetBytes(csv), "text/csv; charset=utf-8", name + ".csv");
        }

        var bytes = kind == "balance" ? await BalanceXlsxAsync(data.Balance, ct) : await TopXlsxAsync(top?.Rows ?? [], ct);
        return TypedResults.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    private static readonly string[] TopHeaders = ["rank", "key", "label", "value_usd", "share_pct", "mom_pct", "yoy_pct", "unspecified"];

    private static readonly string[] BalanceHeaders =
    [
        "period", "exports_usd", "imports_usd", "balance_usd", "exports_mom_pct", "exports_yoy_pct", "imports_mom_pct", "imports_yoy_pct",
        "exports_cum_usd", "exports_cum_yoy_pct", "imports_cum_usd", "imports_cum_yoy_pct", "balance_ratio_pct", "exports_source", "imports_source",
    ];

    /// <summary>One sheet "top": the CSV's columns; amounts and percentages are numeric cells, "cannot be computed" is an empty cell.</summary>
    public static Task<byte[]> TopXlsxAsync(IReadOnlyList<TopRow> rows, CancellationToken ct) =>
        XlsxAsync("top", TopHeaders, rows.Select(r => new DataCell[]
        {
            new(r.Rank), new(r.Key), new(r.Label), new(r.ValueUsd), new(r.SharePct), new(r.MomPct), new(r.YoyPct), new(r.Unspecified),
        }), ct);

    public static Task<byte[]> BalanceXlsxAsync(IReadOnlyList<BalanceRow> rows, CancellationToken ct) =>
        XlsxAsync("balance", BalanceHeaders, rows.Select(r => new DataCell[]
        {
            new(r.Period), new(r.ExportsUsd), new(r.ImportsUsd), new(r.BalanceUsd), new(r.ExportsMomPct), new(r.ExportsYoyPct), new(r.ImportsMomPct),
            new(r.ImportsYoyPct), new(r.ExportsCumUsd), new(r.ExportsCumYoyPct), new(r.ImportsCumUsd), new(r.ImportsCumYoyPct), new(r.BalanceRatioPct),
            new(r.ExportsSource ?? ""), new(r.ImportsSource ?? ""),
        }), ct);

    private static Task<byte[]> XlsxAsync(string sheet, string[] headers, IEnumerable<DataCell[]> rows, CancellationToken ct) =>
        XlsxFile.WriteAsync(sheet, headers, rows, ct);
}
