using Microsoft.AspNetCore.Http.HttpResults;
using Neraca.Common;
using Neraca.Reports;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Web.Features.Shared;
using Neraca.Web.Features.Trade;

namespace Neraca.Web.Features.Reports;

/// <summary>
/// `/api/reports/*`: the monthly report (docs/decisions/0024). Reports are written from the open trade figures, so
/// reading them is open like `/api/trade/*`; bad parameters answer 400 ProblemDetails naming the parameter.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports")
            .WithTags("Reports")
            .RequireAuthorization(AuthPolicies.PublicData);

        group.MapGet("", ListAsync)
            .WithName("ReportList")
            .WithSummary("Stored monthly report versions of a province, newest month and version first");

        group.MapGet("/monthly", MonthlyAsync)
            .WithName("ReportMonthly")
            .WithSummary("The monthly report built now from the loaded figures (the CLI's `report monthly --format json`)")
            .WithDescription("period YYYY-MM; province a BPS code (18 = Lampung); lang id|en.");

        group.MapGet("/{id:int}", VersionAsync)
            .WithName("ReportVersion")
            .WithSummary("One stored report version as a file: format json|md|html, lang id|en");

        return app;
    }

    internal static async Task<Results<Ok<IReadOnlyList<ReportVersionInfo>>, ValidationProblem>> ListAsync(NeracaDb db, string? province, CancellationToken ct)
    {
        try
        {
            return TypedResults.Ok(await new ReportStore(db).ListAsync(Parameters.Province(province), ct));
        }
        catch (TradeArgumentException ex)
        {
            return TradeEndpoints.Invalid(ex);
        }
    }

    internal static async Task<Results<SharedJson<MonthlyReport>, ValidationProblem>> MonthlyAsync(
        NeracaDb db, string? period, string? province, string? lang, CancellationToken ct)
    {
        try
        {
            var month = YearMonth.Parse(period, "period");
            var p = Parameters.Province(province);
            var language = Parameters.Language(lang);
            return new SharedJson<MonthlyReport>(await new MonthlyReportBuilder(db).BuildAsync(month, p, language, ct));
        }
        catch (TradeArgumentException ex)
        {
            return TradeEndpoints.Invalid(ex);
        }
    }

    internal static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> VersionAsync(
        NeracaDb db, int id, string? format, string? lang, CancellationToken ct)
    {
        try
        {
            var f = ReportFiles.ParseFormat(format ?? "json");
            var language = Parameters.Language(lang);
            if (await new ReportStore(db).ReadAsync(id, language, ct) is not { } stored)
            {
                return TypedResults.NotFound();
            }

            var file = await ReportFiles.RenderAsync(stored.Report, f, ct);
            var name = file.FileName.Replace("-" + stored.Report.Period, FormattableString.Invariant($"-{stored.Report.Period}-v{stored.Version.Version}"), StringComparison.Ordinal);
            return TypedResults.File(file.Bytes, file.ContentType, name);
        }
        catch (TradeArgumentException ex)
        {
            return TradeEndpoints.Invalid(ex);
        }
    }
}
