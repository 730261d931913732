using Microsoft.AspNetCore.Http.HttpResults;
using Neraca.Common;
using Neraca.Markets;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Web.Features.Shared;
using Neraca.Web.Features.Trade;

namespace Neraca.Web.Features.Markets;

/// <summary>
/// `GET /api/markets?hs=090111&amp;province=18&amp;year=2024[&amp;n=20][&amp;date=YYYY-MM-DD][&amp;lang=id|en][&amp;full=true]`: the
/// market ranking (docs/decisions/0023), the CLI's `markets --format json` array, or with full=true the whole ranking
/// (supply, weights, notes). Office staff only: it counts the province's registered businesses and their certificates.
/// </summary>
public static class MarketEndpoints
{
    public static IEndpointRouteBuilder MapMarkets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/markets")
            .WithTags("Markets")
            .RequireAuthorization(AuthPolicies.Staff);

        group.MapGet("", RankAsync)
            .WithName("MarketRanking")
            .WithSummary("Candidate export markets for a product of a province: score with its parts (demand, growth, Indonesia's and the province's exports, agreements, requirements)")
            .WithDescription("An array of `MarketRow` (the CLI's `markets --format json`); with full=true a `MarketRanking`. hs = 4, 6 or 8 digits; province = BPS code; year = the data year; n 1..250 (default 20); date = when agreements and certificates are checked (default today).");
        return app;
    }

    internal static async Task<Results<Ok<IReadOnlyList<MarketRow>>, Ok<MarketRanking>, ValidationProblem>> RankAsync(
        NeracaDb db, string? hs, string? province, string? year, string? n, string? date, string? lang, bool? full, CancellationToken ct)
    {
        try
        {
            var ranking = await new MarketAnalysis(db).RankAsync(hs, province, Year(year), N(n), Parameters.Date(date, "date", DateOnly.FromDateTime(DateTime.UtcNow)), Parameters.Language(lang), ct);
            return full == true ? TypedResults.Ok(ranking) : TypedResults.Ok(ranking.Markets);
        }
        catch (TradeArgumentException ex)
        {
            return TradeEndpoints.Invalid(ex);
        }
    }

    /// <summary>The data year, by default the year before this one (world trade data arrive a year late).</summary>
    private static int Year(string? text) => Parameters.Year(text, "year", DateTime.UtcNow.Year - 1);

    private static int N(string? text) => Parameters.TopN(text, "n", MarketCalculator.MaxN, MarketCalculator.DefaultN);
}
