using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Programs;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Programs;

/// <summary>
/// `/api/programs/*`: training and facilitation programs (docs/decisions/0022-programs-and-effect.md). Officers work
/// within their province; a business owner sees open programs and their own enrolments and applies for their own
/// business; any other id is 404. `/api/programs/open` and certificate checks are public. The rules live in Core
/// (<see cref="ProgramChanges"/>); these handlers only bind and answer.
/// </summary>
public static class ProgramEndpoints
{
    public static IEndpointRouteBuilder MapPrograms(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/programs").WithTags("Programs").RequireAuthorization(AuthPolicies.Registry);

        group.MapGet("/", ListAsync).WithName("ProgramsList").WithSummary("Programs visible to the caller (staff: their province; a business: open ones and its own), optional year");
        Changing(group.MapPost("/", CreateAsync)).WithName("ProgramsCreate").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("Create a program (draft); dates reversed, quota 0 and the like are refused with field errors");
        group.MapGet("/{id}", GetAsync).WithName("ProgramsGet").WithSummary("A program with sessions and enrolments (a business sees only its own enrolments)");
        Changing(group.MapPut("/{id}", UpdateAsync)).WithName("ProgramsUpdate").RequireAuthorization(AuthPolicies.Officer);
        Changing(group.MapPost("/{id}/status", MoveAsync)).WithName("ProgramsStatus").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("Move one step: draft → open → running → closed (closing applies the completion rule and freezes the program)");
        Changing(group.MapPost("/{id}/sessions", AddSessionAsync)).WithName("ProgramsAddSession").RequireAuthorization(AuthPolicies.Officer);
        group.MapGet("/{id}/candidates", CandidatesAsync).WithName("ProgramsCandidates").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("Eligible businesses of the province ranked by how well the program's focus meets their readiness gaps");
        Changing(group.MapPost("/{id}/invitations", InviteAsync)).WithName("ProgramsInvite").RequireAuthorization(AuthPolicies.Officer);
        Changing(group.MapPost("/{id}/applications", ApplyAsync)).WithName("ProgramsApply")
            .WithSummary("Apply to an open program for one of the caller's businesses");
        Changing(group.MapPost("/{id}/decisions", DecideAsync)).WithName("ProgramsDecide").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("select | waitlist | decline with a reason; selecting beyond the quota wait-lists");
        Changing(group.MapPost("/{id}/attendance", AttendanceAsync)).WithName("ProgramsAttendance").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("Who was present or absent at a session; any non-participant refuses the whole call");
        Changing(group.MapPost("/{id}/scores", ScoresAsync)).WithName("ProgramsScores").RequireAuthorization(AuthPolicies.Officer);
        group.MapGet("/{id}/outcomes", OutcomesAsync).WithName("ProgramsOutcomes").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("Figures, effect and the outcome rows (participants and matched comparisons) the effect is computed from");
        group.MapGet("/report", ReportAsync).WithName("ProgramsReport").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("One object per program of the year with figures, targets and effect (or effect null with effect_note)");
        group.MapGet("/report.csv", ReportCsvAsync).WithName("ProgramsReportCsv").RequireAuthorization(AuthPolicies.Officer);
        group.MapGet("/report.xlsx", ReportXlsxAsync).WithName("ProgramsReportXlsx").RequireAuthorization(AuthPolicies.Officer);

        app.MapGet("/api/programs/open", async (NeracaDb db, short? province, CancellationToken ct) => TypedResults.Ok(await ProgramViews.OpenAsync(db, province, ct)))
            .WithTags("Programs").WithName("ProgramsOpen").WithSummary("Public: programs open for applications (no budget, no participants)")
            .RequireAuthorization(AuthPolicies.PublicData);
        app.MapGet("/api/programs/certificates/{code}", CertificateAsync)
            .WithTags("Programs").WithName("ProgramsCertificate").WithSummary("Public: is this certificate code real? Program and date only, no personal data")
            .RequireAuthorization(AuthPolicies.PublicData);
        return app;
    }

    /// <summary>Scripts send an API token; a call with the session cookie must send the antiforgery header (as the registry).</summary>
    private static RouteHandlerBuilder Changing(RouteHandlerBuilder endpoint) =>
        endpoint.DisableAntiforgery().AddEndpointFilter(Accounts.CookieAntiforgery.Filter);

    private static ValidationProblem Problem(IReadOnlyList<ProgramError> errors) =>
        TypedResults.ValidationProblem(ProgramError.ByField(errors, RegistryMessages.English));

    private static async Task<Results<Ok<ProgramView>, NotFound, ValidationProblem>> Answer(NeracaDb db, ClaimsPrincipal user, ProgramResult<TrainingProgram> result, CancellationToken ct) =>
        result switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Value: { } p } => TypedResults.Ok(await ProgramViews.ViewAsync(db, p, await ProgramAccess.OwnBusinessesAsync(db, user, ct), ct)),
            _ => Problem(result.Errors),
        };

    private static async Task<Ok<List<ProgramView>>> ListAsync(NeracaDb db, ClaimsPrincipal user, int? year, CancellationToken ct)
    {
        var q = ProgramAccess.Visible(db, user).AsNoTracking();
        if (year is { } y)
        {
            q = q.Where(p => p.StartDate.Year == y);
        }

        var only = await ProgramAccess.OwnBusinessesAsync(db, user, ct);
        var views = new List<ProgramView>();
        foreach (var p in await ProgramReport.Full(q).OrderByDescending(p => p.StartDate).ThenBy(p => p.Id).ToListAsync(ct))
        {
            views.Add(await ProgramViews.ViewAsync(db, p, only, ct));
        }

        return TypedResults.Ok(views);
    }

    private static async Task<Results<Created<ProgramView>, NotFound, ValidationProblem>> CreateAsync(
        NeracaDb db, ClaimsPrincipal user, HttpContext context, ProgramInput input, CancellationToken ct)
    {
        var result = await ProgramChanges.CreateAsync(db, user, input, Accounts.AccountsSetup.Actor(context), ct);
        return result switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Value: { } p } => TypedResults.Created($"/api/programs/{p.Id}", await ProgramViews.ViewAsync(db, p, null, ct)),
            _ => Problem(result.Errors),
        };
    }

    private static async Task<Results<Ok<ProgramView>, NotFound>> GetAsync(NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct) =>
        await ProgramReport.Full(ProgramAccess.Visible(db, user).AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct) is { } p
            ? TypedResults.Ok(await ProgramViews.ViewAsync(db, p, await ProgramAccess.OwnBusinessesAsync(db, user, ct), ct))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ProgramView>, NotFound, ValidationProblem>> UpdateAsync(NeracaDb db, ClaimsPrincipal user, int id, ProgramInput input, CancellationToken ct) =>
        await Answer(db, user, await ProgramChanges.UpdateAsync(db, user, id, input, ct), ct);

    private static async Task<Results<Ok<ProgramView>, NotFound, ValidationProblem>> MoveAsync(NeracaDb db, ClaimsPrincipal user, int id, StatusInput input, CancellationToken ct) =>
        await Answer(db, user, await ProgramChanges.MoveAsync(db, user, id, input, ct), ct);

    private static async Task<Results<Ok<ProgramView>, NotFound, ValidationProblem>> AddSessionAsync(NeracaDb db, ClaimsPrincipal user, int id, SessionInput input, CancellationToken ct) =>
        await Answer(db, user, await ProgramChanges.AddSessionAsync(db, user, id, input, ct), ct);

    private static async Task<Results<Ok<ProgramView>, NotFound, ValidationProblem>> InviteAsync(NeracaDb db, ClaimsPrincipal user, int id, BusinessRef input, CancellationToken ct) =>
        await Answer(db, user, await ProgramChanges.InviteAsync(db, user, id, input, ct), ct);

    private static async Task<Results<Ok<ProgramView>, NotFound, ValidationProblem>> ApplyAsync(NeracaDb db, ClaimsPrincipal user, int id, BusinessRef input, CancellationToken ct) =>
        await Answer(db, user, await ProgramChanges.ApplyAsync(db, user, id, input, ct), ct);

    private static async Task<Results<Ok<ProgramView>, NotFound, ValidationProblem>> DecideAsync(
        NeracaDb db, ClaimsPrincipal user, HttpContext context, int id, DecisionInput input, CancellationToken ct) =>
        await Answer(db, user, await ProgramChanges.DecideAsync(db, user, id, input, Accounts.AccountsSetup.Actor(context), ct), ct);

    private static async Task<Results<Ok<ProgramView>, NotFound, ValidationProblem>> AttendanceAsync(NeracaDb db, ClaimsPrincipal user, int id, AttendanceInput input, CancellationToken ct) =>
        await Answer(db, user, await ProgramChanges.AttendanceAsync(db, user, id, input, ct), ct);

    private static async Task<Results<Ok<ProgramView>, NotFound, ValidationProblem>> ScoresAsync(NeracaDb db, ClaimsPrincipal user, int id, ScoreInput input, CancellationToken ct) =>
        await Answer(db, user, await ProgramChanges.ScoresAsync(db, user, id, input, ct), ct);

    private static async Task<Results<Ok<List<CandidateView>>, NotFound>> CandidatesAsync(NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct) =>
        await ProgramAccess.ForStaffAsync(db, user, id, ct) is { } p
            ? TypedResults.Ok(await ProgramViews.CandidatesAsync(db, p, DateOnly.FromDateTime(DateTime.UtcNow), ct))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ProgramOutcomes>, NotFound>> OutcomesAsync(NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        if (await ProgramAccess.ForStaffAsync(db, user, id, ct) is not { } p)
        {
            return TypedResults.NotFound();
        }

        var (figures, rows) = await ProgramReport.AnalyseAsync(db, p, null, ct);
        return TypedResults.Ok(new ProgramOutcomes(figures, rows));
    }

    private static async Task<Results<Ok<List<ProgramFigures>>, ValidationProblem>> ReportAsync(NeracaDb db, ClaimsPrincipal user, int? year, CancellationToken ct) =>
        year is { } y ? TypedResults.Ok(await ProgramReport.YearAsync(db, y, ProvinceScope(user), null, ct)) : YearMissing();

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ReportCsvAsync(NeracaDb db, ClaimsPrincipal user, int? year, CancellationToken ct)
    {
        if (year is not { } y)
        {
            return YearMissing();
        }

        var figures = await ProgramReport.YearAsync(db, y, ProvinceScope(user), null, ct);
        var csv = ProgramJson.Csv(ProgramJson.ReportHeader, figures.Select(ProgramJson.ReportRow));
        return TypedResults.File(Common.Tables.CsvWriter.Encode(csv), "text/csv; charset=utf-8", $"programs-{y}.csv");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ReportXlsxAsync(NeracaDb db, ClaimsPrincipal user, int? year, CancellationToken ct)
    {
        if (year is not { } y)
        {
            return YearMissing();
        }

        var figures = await ProgramReport.YearAsync(db, y, ProvinceScope(user), null, ct);
        var bytes = await XlsxFile.WriteAsync("programs", ProgramJson.ReportHeader, figures.Select(f => ProgramJson.ReportRow(f).Select(XlsxCell).ToArray()), ct);
        return TypedResults.File(bytes, XlsxFile.ContentType, $"programs-{y}.xlsx");
    }

    private static async Task<Results<Ok<CertificateCheck>, NotFound>> CertificateAsync(NeracaDb db, string code, CancellationToken ct) =>
        await ProgramViews.CertificateAsync(db, code, ct) is { } check ? TypedResults.Ok(check) : TypedResults.NotFound();

    /// <summary>A report value as an XLSX cell: numbers as numeric cells, everything else as text.</summary>
    public static SpreadCheetah.DataCell XlsxCell(object? value) => value switch
    {
        decimal d => new SpreadCheetah.DataCell(d),
        int i => new SpreadCheetah.DataCell(i),
        short s => new SpreadCheetah.DataCell((int)s),
        _ => new SpreadCheetah.DataCell(ProgramJson.Text(value)),
    };

    private static short? ProvinceScope(ClaimsPrincipal user) => Neraca.Accounts.ProvinceScope.Of(user).Province;

    private static ValidationProblem YearMissing() => Problem([new ProgramError("year", "required")]);
}

/// <summary>A program's figures with the rows they come from.</summary>
public sealed record ProgramOutcomes(ProgramFigures Figures, IReadOnlyList<OutcomeRow> Rows);
