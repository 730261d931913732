using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>`POST /api/registry/import` and the form reading shared with the `/registry/import` page.</summary>
public static class RegistryImportEndpoints
{
    public static void MapRegistryImport(this RouteGroupBuilder group, Func<RouteHandlerBuilder, RouteHandlerBuilder> changing) =>
        changing(group.MapPost("/import", ImportAsync)).WithName("RegistryImport").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("Bulk import a business list, XLSX or CSV by content (multipart: file, dryRun, province, mapping 'field=Header;...'); all-or-nothing")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>An import result as the API answers it: every error with its English reason beside its code.</summary>
    public sealed record ImportErrorView(int Row, string Column, string Code, IReadOnlyList<string> Args, string Reason);

    public sealed record ImportView(bool DryRun, bool Written, int Rows, int Created, IReadOnlyDictionary<string, string> Mapping,
        IReadOnlyList<ImportErrorView> Errors, IReadOnlyList<RegistryDuplicate> Duplicates, bool Succeeded);

    private static ImportView View(RegistryImportResult r) => new(r.DryRun, r.Written, r.Rows, r.Created, r.Mapping,
        [.. r.Errors.Select(e => new ImportErrorView(e.Row, e.Column, e.Code, e.Args, e.Reason))], r.Duplicates, r.Succeeded);

    private static async Task<Results<Ok<ImportView>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        NeracaDb db, ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType || context.Request.ContentLength > RegistryImportForm.ImportLimit)
        {
            return BusinessEndpoints.Problem([new RegistryError("file", "import.file", RegistryImportForm.ImportLimit.ToString(CultureInfo.InvariantCulture))]);
        }

        var (result, errors) = await RegistryImportForm.ReadAsync(db, user, await context.Request.ReadFormAsync(ct), ct);
        if (result is null)
        {
            return BusinessEndpoints.Problem(errors);
        }

        if (result.Succeeded)
        {
            return TypedResults.Ok(View(result));
        }

        return TypedResults.Problem(
            title: "Import rejected",
            detail: $"{result.Errors.Count} problem(s); nothing was written. See 'result.errors' (row, column, reason).",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["result"] = View(result) });
    }
}
