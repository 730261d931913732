using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Demo;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Trade;

/// <summary>One loaded flow × period × province with its source, as listed by `GET /api/trade/coverage`.</summary>
public sealed record CoverageEntry(
    [property: JsonPropertyName("province")] short Province,
    [property: JsonPropertyName("flow")] string Flow,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("hs2_count")] int Hs2Count,
    [property: JsonPropertyName("facts")] long Facts,
    [property: JsonPropertyName("value_usd"), JsonConverter(typeof(UsdJsonConverter))] decimal? ValueUsd);

/// <summary>What is loaded: every active flow × period × province, and whether the data is the demo dataset.</summary>
public sealed record TradeCoverage(
    [property: JsonPropertyName("demo")] bool Demo,
    [property: JsonPropertyName("entries")] IReadOnlyList<CoverageEntry> Entries);

/// <summary>
/// `/api/trade/*`: the figures engine over HTTP, with exactly the CLI's JSON records (docs/cli-json.md).
/// Bad parameters answer 400 ProblemDetails naming the parameter, like the CLI's exit code 2.
/// </summary>
public static class TradeEndpoints
{
    public static IEndpointRouteBuilder MapTrade(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/trade")
            .WithTags("Trade figures")
            .RequireAuthorization(AuthPolicies.PublicData);

        group.MapGet("/balance", BalanceAsync)
            .WithName("TradeBalance")
            .WithSummary("Exports, imports and balance per month, quarter or year, with MoM, YoY and cumulative changes")
            .WithDescription("An array of `BalanceRow` (the CLI's `balance --format json`). `from`/`to` are months YYYY-MM; province is a BPS code (18 = Lampung; 0 or none = Indonesia); granularity month|quarter|year.");

        group.MapGet("/top", TopAsync)
            .WithName("TradeTop")
            .WithSummary("Top N commodities, partners, ports or country groups with shares, changes and the top N's combined share")
            .WithDescription("A `TopResult` (the CLI's `top --format json-full`): `rows` is the CLI's `--format json` array. by hs2|hs4|hs6|hs8|country|port|group; flow export|import; period YYYY-MM or YYYY; n 1..1000; lang id|en.");

        group.MapGet("/coverage", CoverageAsync)
            .WithName("TradeCoverage")
            .WithSummary("Which periods, flows and provinces are loaded, and from which source (published totals or detail)");

        return app;
    }

    internal static async Task<Results<SharedJson<IReadOnlyList<BalanceRow>>, ValidationProblem>> BalanceAsync(
        NeracaDb db, string? from, string? to, string? province, string? granularity, CancellationToken ct)
    {
        try
        {
            var first = YearMonth.Parse(from, "from");
            var last = YearMonth.Parse(to, "to");
            var p = ParseProvince(province);
            var g = Choice(granularity ?? "month", "granularity", "month", "quarter", "year") switch
            {
                "quarter" => Granularity.Quarter,
                "year" => Granularity.Year,
                _ => Granularity.Month,
            };
            return new SharedJson<IReadOnlyList<BalanceRow>>(await new TradeFigures(db).BalanceAsync(p, first, last, g, ct));
        }
        catch (TradeArgumentException ex)
        {
            return Invalid(ex);
        }
    }

    internal static async Task<Results<SharedJson<TopResult>, ValidationProblem>> TopAsync(
        NeracaDb db, string? by, string? flow, string? period, string? province, string? n, string? lang, CancellationToken ct)
    {
        try
        {
            var (topBy, f, tp, p, count, language) = ParseTop(by, flow, period, province, n, lang);
            return new SharedJson<TopResult>(await new TradeFigures(db).TopAsync(topBy, f, tp, p, count, language, ct));
        }
        catch (TradeArgumentException ex)
        {
            return Invalid(ex);
        }
    }

    internal static async Task<Ok<TradeCoverage>> CoverageAsync(NeracaDb db, CancellationToken ct) =>
        TypedResults.Ok(await ReadCoverageAsync(db, ct));

    /// <summary>The active scopes per province, flow, period and basis, as the importer keeps them in month_total.</summary>
    public static async Task<TradeCoverage> ReadCoverageAsync(NeracaDb db, CancellationToken ct)
    {
        var rows = await db.MonthTotals.AsNoTracking()
            .Select(t => new { t.ProvinceCode, t.Flow, t.Year, t.Month, t.Basis, Hs2 = t.ScopeCount, Facts = t.FactCount, Milli = t.ValueMilli })
            .ToListAsync(ct);
        var entries = rows
            .OrderBy(r => r.ProvinceCode).ThenBy(r => r.Year).ThenBy(r => r.Month).ThenBy(r => r.Flow).ThenBy(r => r.Basis)
            .Select(r => new CoverageEntry(
                r.ProvinceCode,
                FlowNames.Of(r.Flow),
                r.Month == 0 ? r.Year.ToString("D4", CultureInfo.InvariantCulture) : new YearMonth(r.Year, r.Month).ToString(),
                r.Basis == Basis.PublishedTotal ? FigureSource.Published : FigureSource.Detail,
                r.Basis == Basis.PublishedTotal ? 0 : r.Hs2,
                r.Facts,
                Money.FromMilli(r.Milli)))
            .ToList();
        return new TradeCoverage(await DemoLoader.IsDemoAsync(db, ct), entries);
    }

    /// <exception cref="TradeArgumentException">any bad parameter.</exception>
    public static (TopBy By, Flow Flow, TradePeriod Period, short? Province, int N, string Language) ParseTop(
        string? by, string? flow, string? period, string? province, string? n, string? lang)
    {
        var topBy = Enum.Parse<TopBy>(Choice(by, "by", "hs2", "hs4", "hs6", "hs8", "country", "port", "group"), ignoreCase: true);
        var f = Parameters.Flow(flow);
        var tp = Parameters.Period(period);
        var p = Parameters.Province(province);
        var language = Parameters.Language(lang);
        var count = Parameters.TopN(n);

        return (topBy, f, tp, p, count, language);
    }

    /// <summary>A BPS province code (none or 0 = Indonesia); see <see cref="Parameters.Province"/>.</summary>
    /// <exception cref="TradeArgumentException">not a number or an unknown code.</exception>
    public static short? ParseProvince(string? text) => Parameters.Province(text);

    /// <exception cref="TradeArgumentException">not one of <paramref name="allowed"/>.</exception>
    public static string Choice(string? value, string parameter, params string[] allowed) => Parameters.Choice(value, parameter, allowed);

    public static ValidationProblem Invalid(TradeArgumentException ex) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [ex.Parameter.TrimStart('-')] = [ex.ReasonFor(CultureInfo.CurrentUICulture)] },
            detail: ex.ReasonFor(CultureInfo.CurrentUICulture),
            title: "Invalid parameter");
}
