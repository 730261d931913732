using System.Globalization;
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
            var ranking = await new MarketAnalysis(db).RankAsync(hs, province, ParseYear(year), ParseN(n), ParseDate(date), Parameters.Language(lang), ct);
            return full == true ? TypedResults.Ok(ranking) : TypedResults.Ok(ranking.Markets);
        }
        catch (TradeArgumentException ex)
        {
            return TradeEndpoints.Invalid(ex);
        }
    }

    /// <exception cref="TradeArgumentException">not a year.</exception>
    public static int ParseYear(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DateTime.UtcNow.Year - 1;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? y
            : throw new TradeArgumentException("year", $"year must be a year such as 2024, not '{text}'") { ReasonId = $"year harus tahun seperti 2024, bukan '{text}'" };
    }

    /// <exception cref="TradeArgumentException">not a whole number.</exception>
    public static int ParseN(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 20;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new TradeArgumentException("n", $"n must be a whole number from 1 to {MarketCalculator.MaxN}, not '{text}'")
            {
                ReasonId = $"n harus bilangan bulat 1 sampai {MarketCalculator.MaxN}, bukan '{text}'",
            };
    }

    /// <exception cref="TradeArgumentException">not a date YYYY-MM-DD.</exception>
    public static DateOnly ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DateOnly.FromDateTime(DateTime.UtcNow);
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new TradeArgumentException("date", $"date must be YYYY-MM-DD, not '{text}'") { ReasonId = $"date harus berupa tanggal YYYY-MM-DD, bukan '{text}'" };
    }
}
