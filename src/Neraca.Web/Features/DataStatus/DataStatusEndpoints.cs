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
        var group = app.MapGroup("/api/data")
            .WithTags("Data status")
            .RequireAuthorization(AuthPolicies.Staff);
        group.MapGet("/status", StatusAsync)
            .WithName("DataStatus")
            .WithSummary("What is loaded per flow and month for a province, which months are overdue and which were revised")
            .WithDescription("A `StatusReport` (the CLI's `status --format json`). province is a BPS code (18 = Lampung; 0 = Indonesia).");
        group.MapGet("/origin", OriginAsync)
            .WithName("ExportsByOrigin")
            .WithSummary("Estimate: the province's registered businesses' exports shipped through other provinces' ports")
            .WithDescription("An `OriginEstimate` (the CLI's `origin --format json`), beside the BPS figure and never added to it. province 11..94; period YYYY-MM or YYYY.");
        return app;
    }

    internal static async Task<Results<SharedJson<OriginEstimate>, ValidationProblem>> OriginAsync(
        NeracaDb db, string? province, string? period, CancellationToken ct)
    {
        try
        {
            var code = ProvinceCode.Parse(province, ProvinceKinds.Province).Value;
            return new SharedJson<OriginEstimate>(await ExportsByOrigin.EstimateAsync(db, code, Parameters.Period(period), ct));
        }
        catch (TradeArgumentException ex)
        {
            return TradeEndpoints.Invalid(ex);
        }
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
