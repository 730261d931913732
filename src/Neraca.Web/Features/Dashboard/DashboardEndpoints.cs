using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Web.Features.Downloads;
using Neraca.Web.Features.Shared;
using Neraca.Web.Features.Trade;

namespace Neraca.Web.Features.Dashboard;

/// <summary>
/// `/dashboard/download?table=balance|top-hs2|top-country&amp;format=csv|xlsx&amp;province=&amp;period=&amp;flow=&amp;lang=`:
/// every dashboard table as CSV or XLSX in the reader's language (<see cref="DownloadFile"/>).
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
        NeracaDb db, IConfiguration configuration, Texts texts, string? table, string? format, string? province, string? period, string? flow, string? lang, CancellationToken ct)
    {
        string kind, fileFormat, language;
        try
        {
            (kind, fileFormat) = DashboardData.ParseDownload(table, format);
            Parameters.Province(province);
            if (period is not null)
            {
                YearMonth.Parse(period, "period");
            }

            if (flow is not null)
            {
                Parameters.Flow(flow);
            }

            language = Parameters.Language(lang);
        }
        catch (TradeArgumentException ex)
        {
            return TradeEndpoints.Invalid(ex);
        }

        var data = await DashboardData.LoadAsync(db, new DashboardFilter(province, period, flow), DashboardData.HomeProvince(configuration), language, ct);
        var name = string.Create(CultureInfo.InvariantCulture, $"neraca-{kind}-{data.ProvinceText}-{data.Period?.ToString() ?? "no-data"}{(kind == "balance" ? "" : "-" + data.FlowText)}");
        var download = Table(kind, data, texts, DownloadFile.Culture(language));
        return fileFormat == "csv"
            ? DownloadFile.Csv(download, language, texts, name + ".csv")
            : await DownloadFile.XlsxAsync(download, language, texts, name + ".xlsx", ct);
    }

    /// <summary>The table on screen as a download: the CLI's columns and invariant cells, titled in the reader's language.</summary>
    internal static DownloadTable Table(string kind, DashboardData data, Texts texts, CultureInfo culture)
    {
        var place = string.Create(CultureInfo.InvariantCulture, $"{data.ProvinceName} ({data.ProvinceText})");
        if (kind == "balance")
        {
            var period = data.Period is null ? "-" : $"{data.ChartFrom} – {data.Period}";
            return new DownloadTable("balance", texts.FormatIn("download.title.balance", culture, place), period, TradeFormat.BalanceHeader,
                [.. data.Balance.Select(TradeFormat.BalanceCells)]);
        }

        var top = kind == "top-hs2" ? data.TopHs2 : data.TopCountry;
        var flow = texts.Get("download.flow." + data.FlowText, culture);
        return new DownloadTable("top", texts.FormatIn("download.title." + kind, culture, place, flow), data.Period?.ToString() ?? "-", TradeFormat.TopHeader,
            [.. (top?.Rows ?? []).Select(TradeFormat.TopCells)]);
    }
}
