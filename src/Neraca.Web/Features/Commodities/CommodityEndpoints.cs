using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Neraca.Accounts;
using Neraca.Commodities;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Web.Features.Downloads;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Commodities;

/// <summary>
/// `GET /api/commodities/{sector|enduse|raw-processed|unit-values|unit-value-trend|rca|concentration|import-watch}`: the commodity
/// analyses engine over HTTP. Common query: province (e.g. 18; none or 0 = Indonesia), period (YYYY or YYYY-MM),
/// format (json | csv download), lang (id | en). A bad parameter is a 400 ValidationProblem.
/// </summary>
public static class CommodityEndpoints
{
    public static IEndpointRouteBuilder MapCommodities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/commodities")
            .WithTags("Commodities")
            .RequireAuthorization(AuthPolicies.PublicData); // aggregates of published BPS statistics: open data

        group.MapGet("/sector", (NeracaDb db, Texts texts, string? period, string? province, string? format, string? lang, CancellationToken ct) =>
                RunAsync(db, texts, period, province, format, lang, (a, p, prov) => a.SectorsAsync(p, prov, ct)))
            .WithName("CommoditySectors").WithSummary("Exports by sector, oil & gas vs non-oil & gas: value, share, MoM, YoY, cumulative");
        group.MapGet("/enduse", (NeracaDb db, Texts texts, string? period, string? province, string? format, string? lang, CancellationToken ct) =>
                RunAsync(db, texts, period, province, format, lang, (a, p, prov) => a.EndUsesAsync(p, prov, ct)))
            .WithName("CommodityEndUses").WithSummary("Imports by end use: consumption / raw and auxiliary materials / capital");
        group.MapGet("/raw-processed", (NeracaDb db, Texts texts, string? period, string? province, string? format, string? lang, CancellationToken ct) =>
                RunAsync(db, texts, period, province, format, lang, (a, p, prov) => a.RawProcessedAsync(p, prov, Lang(lang), ct)))
            .WithName("CommodityRawProcessed").WithSummary("Raw vs processed exports over time, with the products that moved");
        group.MapGet("/unit-values", (NeracaDb db, Texts texts, string? period, string? province, string? format, string? lang, string? flow, string? hs, int? limit, CancellationToken ct) =>
                RunAsync(db, texts, period, province, format, lang, (a, p, prov) => a.UnitValuesAsync(ParseFlow(flow), p, prov, hs, limit ?? 100, ct)))
            .WithName("CommodityUnitValues").WithSummary("US$/kg per HS code × partner; zero or missing weight flagged");
        group.MapGet("/unit-value-trend", (NeracaDb db, Texts texts, string? period, string? from, string? province, string? format, string? lang, string? flow, string? hs, string? partner, CancellationToken ct) =>
                RunAsync(db, texts, period, province, format, lang, (a, p, prov) => a.UnitValueTrendAsync(ParseFlow(flow), UnitValueTrend.ParseFrom(from, p), p, prov, hs ?? "090111,090121", partner, Lang(lang), ct)))
            .WithName("CommodityUnitValueTrend").WithSummary("US$/kg per HS code × partner over months or years (from..period); zero/missing weight and unloaded periods flagged");
        group.MapGet("/rca", (NeracaDb db, Texts texts, string? period, string? province, string? format, string? lang, int? digits, CancellationToken ct) =>
                RunAsync(db, texts, period, province, format, lang, (a, p, prov) => a.RcaAsync(p, prov, digits ?? 2, Lang(lang), ct)))
            .WithName("CommodityRca").WithSummary("Revealed comparative advantage of a province against Indonesia");
        group.MapGet("/concentration", (NeracaDb db, Texts texts, string? period, string? province, string? format, string? lang, int? digits, CancellationToken ct) =>
                RunAsync(db, texts, period, province, format, lang, (a, p, prov) => a.ConcentrationAsync(p, prov, digits ?? 6, ct)))
            .WithName("CommodityConcentration").WithSummary("Products and markets exported and their HHI (0.15 / 0.25) over time");
        group.MapGet("/import-watch", (NeracaDb db, Texts texts, ClaimsPrincipal user, string? period, string? province, string? format, string? lang, int? digits, string? sort, CancellationToken ct) =>
                RunAsync(db, texts, period, province, format, lang, (a, p, prov) => a.ImportWatchAsync(p, prov, digits ?? 6, IsGrowth(sort), Lang(lang), MayNameLocalBusinesses(user, prov), ct)))
            .WithName("CommodityImportWatch")
            .WithSummary("Imported HS codes the province also exports or its registered businesses make, ranked, split by end use, with evidence (business names for staff of the province only)");
        return app;
    }

    internal static async Task<Results<Ok<object>, FileContentHttpResult, ValidationProblem>> RunAsync<T>(
        NeracaDb db, Texts texts, string? period, string? province, string? format, string? lang, Func<CommodityAnalyses, TradePeriod, short?, Task<T>> run)
        where T : AnalysisHeader
    {
        try
        {
            var p = Parameters.Period(period);
            var prov = Parameters.Province(province);
            var kind = Parameters.Choice(format ?? "json", "format", "json", "csv", "xlsx");
            var language = Parameters.Language(lang);
            var result = await run(new CommodityAnalyses(db), p, prov);
            if (kind == "json")
            {
                return TypedResults.Ok<object>(result);
            }

            var table = CommodityTable.For(result, language == "id");
            var place = result.Province?.ToString(CultureInfo.InvariantCulture) ?? "Indonesia";
            var download = new DownloadTable(result.Analysis, texts.FormatIn("download.title.commodity", DownloadFile.Culture(language), place, table.Title), result.Period,
                table.Header, table.Rows);
            var name = string.Create(CultureInfo.InvariantCulture, $"{result.Analysis}-{result.Period}-{result.Province?.ToString(CultureInfo.InvariantCulture) ?? "id"}.{kind}");
            return kind == "csv"
                ? DownloadFile.Csv(download, language, texts, name)
                : await DownloadFile.XlsxAsync(download, language, texts, name, CancellationToken.None);
        }

        catch (TradeArgumentException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.Parameter] = [ex.ReasonFor(CultureInfo.CurrentUICulture)] });
        }
    }

    /// <summary>
    /// Registered businesses' names are shown to office staff (admin, analyst, officer) whose province scope includes the
    /// province; everyone else (the analyses are open data) sees only the counts.
    /// </summary>
    internal static bool MayNameLocalBusinesses(ClaimsPrincipal user, short? province) =>
        province is short p
        && (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Analyst) || user.IsInRole(Roles.Officer))
        && ProvinceScope.Of(user).Allows(p);

    private static string Lang(string? lang) => Parameters.Language(lang);

    private static bool IsGrowth(string? sort) => Parameters.Choice(sort ?? "value", "sort", "value", "growth") == "growth";

    private static Flow ParseFlow(string? flow) => Parameters.Flow(flow, fallback: Flow.Export);
}
