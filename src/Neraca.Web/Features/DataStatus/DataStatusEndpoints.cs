using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Neraca.Common;
using Neraca.DataStatus;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Web.Features.Shared;
using Neraca.Web.Features.Trade;

namespace Neraca.Web.Features.DataStatus;

/// <summary>
/// `GET /api/data/status`: the CLI's `status --format json` over HTTP. Staff only, like the page: it names source files
/// and the staff who imported them.
/// </summary>
public static class DataStatusEndpoints
{
    public static IServiceCollection AddDataStatus(this IServiceCollection services, IConfiguration configuration)
    {
        // "Today" for lateness comes from one clock, so tests can stop it (the CLI passes --today).
        services.TryAddSingleton(TimeProvider.System);
        if (FetchJobOptions.From(configuration) is FetchJobOptions fetch)
        {
            services.AddSingleton(fetch);
            services.AddHostedService<FetchScheduler>();
        }

        return services;
    }

    public static IEndpointRouteBuilder MapDataStatus(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/data")
            .WithTags("Data status")
            .RequireAuthorization(AuthPolicies.Staff)
            .MapGet("/status", StatusAsync)
            .WithName("DataStatus")
            .WithSummary("What is loaded per flow and month for a province, which months are overdue and which were revised")
            .WithDescription("A `StatusReport` (the CLI's `status --format json`). province is a BPS code (18 = Lampung; 0 = Indonesia).");
        return app;
    }

    internal static async Task<Results<SharedJson<StatusReport>, ValidationProblem>> StatusAsync(
        NeracaDb db, TimeProvider clock, string? province, CancellationToken ct)
    {
        try
        {
            var code = Parameters.Province(province) ?? ProvinceCode.National.Value;
            return new SharedJson<StatusReport>(await StatusMatrix.ReadAsync(db, code, ReleaseCalendar.TodayWib(clock), ct));
        }
        catch (TradeArgumentException ex)
        {
            return TradeEndpoints.Invalid(ex);
        }
    }
}
