using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>
/// `/api/registry/*`: the IKM/UMKM registry (docs/decisions/0010-registry-rules.md, 0019-registry-rules-in-core.md).
/// Officers work within their province; a business owner sees only their own businesses (any other id is 404).
/// `/api/catalog` is public. The rules live in Core (<see cref="BusinessChanges"/>, <see cref="RecordChanges"/>); these
/// handlers only bind and answer.
/// </summary>
public static class BusinessEndpoints
{
    public static IEndpointRouteBuilder MapRegistry(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/registry")
            .WithTags("Business registry")
            .RequireAuthorization(AuthPolicies.Registry);

        group.MapGet("/businesses", ListAsync).WithName("RegistryList")
            .WithSummary("Businesses visible to the caller; filters regency, hs (prefix), certification, scale, band, stage");
        group.MapGet("/businesses.csv", CsvAsync).WithName("RegistryCsv").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("The filtered list as CSV (staff only)");
        group.MapGet("/businesses.xlsx", XlsxAsync).WithName("RegistryXlsx").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("The filtered list as XLSX (staff only)");
        Changing(group.MapPost("/businesses", CreateAsync)).WithName("RegistryCreate")
            .WithSummary("Register a business (an officer: verified at once; a business owner: pending verification)");
        group.MapGet("/businesses/{id}", GetAsync).WithName("RegistryGet");
        Changing(group.MapPut("/businesses/{id}", UpdateAsync)).WithName("RegistryUpdate")
            .WithSummary("Edit a business; an owner changing a verified field (name, NIB, kind, place, size) sends it back to pending");
        Changing(group.MapPost("/businesses/{id}/verify", VerifyAsync)).WithName("RegistryVerify").RequireAuthorization(AuthPolicies.Officer);
        Changing(group.MapDelete("/businesses/{id}", DeleteAsync)).WithName("RegistryDelete").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("Delete a business with its products, certificates, exports and assessments (staff only; audited)");
        group.MapRegistryRecords(Changing);
        group.MapRegistryImport(Changing);
        app.MapRegistryPhotos(group, Changing);
        group.MapGet("/hs/suggest", async (NeracaDb db, string? q, CancellationToken ct) => TypedResults.Ok(await HsSuggestions.SearchAsync(db, q, 10, ct)))
            .WithName("RegistryHsSuggest")
            .WithSummary("HS codes whose Indonesian or English description contains every word of q (e.g. 'kopi', 'roasted coffee')");
        group.MapGet("/hs/{code}/exports", HsExportsAsync).WithName("RegistryHsExports")
            .WithSummary("Exports of a product's HS code by year for the province and Indonesia, and the province's main partners");
        group.MapGet("/questionnaire", () => TypedResults.Ok(Questionnaire())).WithName("RegistryQuestionnaire");

        app.MapGet("/api/catalog", async (NeracaDb db, short? province, short? regency, string? hs, CancellationToken ct) =>
                TypedResults.Ok(await RegistryList.CatalogAsync(db, province, regency, hs, ct)))
            .WithTags("Business registry")
            .WithName("Catalog")
            .WithSummary("Public catalog: consented, verified businesses with non-personal fields only")
            .RequireAuthorization(AuthPolicies.PublicData);
        return app;
    }

    /// <summary>Scripts send an API token; a call with the session cookie must send the antiforgery header.</summary>
    private static RouteHandlerBuilder Changing(RouteHandlerBuilder endpoint) =>
        endpoint.DisableAntiforgery().AddEndpointFilter(Accounts.CookieAntiforgery.Filter);

    /// <summary>Field → English reasons (the API speaks English; the pages render the codes in their own language).</summary>
    internal static ValidationProblem Problem(IReadOnlyList<RegistryError> errors) =>
        TypedResults.ValidationProblem(RegistryMessages.ByField(errors, RegistryMessages.English));

    internal static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> Answer(NeracaDb db, RegistryResult<Business> result, CancellationToken ct) =>
        result switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Value: { } b } => TypedResults.Ok(await RegistryViews.DetailAsync(db, b, ct)),
            _ => Problem(result.Errors),
        };

    private static async Task<Results<Ok<List<BusinessSummary>>, ValidationProblem>> ListAsync(
        NeracaDb db, ClaimsPrincipal user, string? regency, string? hs, string? certification, string? scale, string? band, string? stage, CancellationToken ct)
    {
        var (rows, errors) = await RegistryList.FilterAsync(db, user, new RegistryFilter(regency, hs, certification, scale, band, stage), ct);
        return rows is null ? Problem(errors) : TypedResults.Ok(rows.Select(RegistryViews.Summary).ToList());
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> CsvAsync(
        NeracaDb db, ClaimsPrincipal user, string? regency, string? hs, string? certification, string? scale, string? band, string? stage, CancellationToken ct)
    {
        var (rows, errors) = await RegistryList.FilterAsync(db, user, new RegistryFilter(regency, hs, certification, scale, band, stage), ct);
        return rows is null ? Problem(errors) : TypedResults.File(RegistryList.Csv(rows), "text/csv; charset=utf-8", "registry.csv");
    }

    /// <summary>The same filtered list and columns as the CSV, as a workbook (numbers as numeric cells).</summary>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> XlsxAsync(
        NeracaDb db, ClaimsPrincipal user, string? regency, string? hs, string? certification, string? scale, string? band, string? stage, CancellationToken ct)
    {
        var (rows, errors) = await RegistryList.FilterAsync(db, user, new RegistryFilter(regency, hs, certification, scale, band, stage), ct);
        if (rows is null)
        {
            return Problem(errors);
        }

        // NIB, codes and phone numbers stay text: as numbers a spreadsheet would drop leading zeros or show 9.12E+12.
        var headers = RegistryList.ExportHeaders;
        var bytes = await XlsxFile.WriteAsync("registry", headers, rows.Select(RegistryList.ExportRow).Select(cells => cells.Select((c, i) =>
            RegistryList.NumericColumns.Contains(headers[i]) ? XlsxFile.Cell(c) : new SpreadCheetah.DataCell(c)).ToArray()), ct);
        return TypedResults.File(bytes, XlsxFile.ContentType, "registry.xlsx");
    }

    private static async Task<Results<Created<BusinessDetail>, ValidationProblem>> CreateAsync(
        NeracaDb db, ClaimsPrincipal user, HttpContext context, BusinessInput input, CancellationToken ct)
    {
        var result = await BusinessChanges.CreateAsync(db, user, input.ToText(), input.OwnerEmail, Accounts.AccountsSetup.Actor(context), ct);
        return result.Value is { } b
            ? TypedResults.Created($"/api/registry/businesses/{b.Id}", RegistryViews.Detail(b))
            : Problem(result.Errors);
    }

    private static async Task<Results<Ok<BusinessDetail>, NotFound>> GetAsync(NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct) =>
        await RegistryAccess.WithAll(RegistryAccess.Visible(db, user)).AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is { } b
            ? TypedResults.Ok(await RegistryViews.DetailAsync(db, b, ct))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> UpdateAsync(
        NeracaDb db, ClaimsPrincipal user, int id, BusinessInput input, CancellationToken ct) =>
        await Answer(db, await BusinessChanges.UpdateAsync(db, user, id, input.ToText(), ct), ct);

    private static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> VerifyAsync(
        NeracaDb db, ClaimsPrincipal user, HttpContext context, int id, CancellationToken ct) =>
        await Answer(db, await BusinessChanges.VerifyAsync(db, user, id, Accounts.AccountsSetup.Actor(context), ct), ct);

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct) =>
        await BusinessChanges.DeleteAsync(db, user, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<HsExports>, ValidationProblem>> HsExportsAsync(NeracaDb db, ClaimsPrincipal user, string code, short? province, CancellationToken ct)
    {
        var hs = HsProductCode.Normalize(code);
        return hs is null
            ? Problem([new RegistryError("code", "hs", code)])
            : TypedResults.Ok(await ProductTrade.ExportsAsync(db, hs, province ?? ProvinceScope.Of(user).Province, ct));
    }

    public static QuestionnaireView Questionnaire() => new(
        Readiness.Version,
        Readiness.Areas,
        [.. Readiness.Questions.Select(q => new QuestionView(q.Id, q.Area, Readiness.Points(q), q.TextId, q.TextEn))],
        Readiness.Markets);
}
