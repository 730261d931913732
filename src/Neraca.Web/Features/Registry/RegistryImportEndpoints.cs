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
    public const long ImportLimit = 5 * 1024 * 1024;

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
        if (!context.Request.HasFormContentType || context.Request.ContentLength > ImportLimit)
        {
            return BusinessEndpoints.Problem([new RegistryError("file", "import.file", ImportLimit.ToString(CultureInfo.InvariantCulture))]);
        }

        var (result, errors) = await ReadFormAsync(db, user, await context.Request.ReadFormAsync(ct), ct);
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

    /// <summary>The import form (file, dryRun, province, mapping) as the API and the `/registry/import` page receive it.</summary>
    internal static async Task<(RegistryImportResult? Result, List<RegistryError> Errors)> ReadFormAsync(
        NeracaDb db, ClaimsPrincipal user, IFormCollection form, CancellationToken ct)
    {
        var scope = ProvinceScope.Of(user);
        var errors = new List<RegistryError>();
        short province = scope.Province ?? 0;
        if (form.TryGetValue("province", out var provinceText) && !string.IsNullOrWhiteSpace(provinceText))
        {
            if (RegistryValues.Province(provinceText) is not { } p || !scope.Allows(p))
            {
                errors.Add(new RegistryError("province", "import.province"));
            }
            else
            {
                province = p;
            }
        }
        else if (scope.IsNational)
        {
            errors.Add(new RegistryError("province", "province.national"));
        }

        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in form["mapping"].ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                errors.Add(new RegistryError("mapping", "import.mapping", pair));
                continue;
            }

            mapping[parts[0].ToLowerInvariant()] = parts[1];
        }

        if (form.Files.Count != 1 || form.Files[0].Length > ImportLimit)
        {
            errors.Add(new RegistryError("file", "import.file", ImportLimit.ToString(CultureInfo.InvariantCulture)));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var dryRun = form["dryRun"].ToString() is "true" or "on" or "1";
        return (await ImportFileAsync(db, form.Files[0], province, dryRun, mapping.Count > 0 ? mapping : null, ct), errors);
    }

    /// <summary>XLSX or CSV decided by the content (an XLSX is a ZIP: it starts with "PK\x03\x04"), not by the file name.</summary>
    private static async Task<RegistryImportResult> ImportFileAsync(
        NeracaDb db, IFormFile file, short province, bool dryRun, IReadOnlyDictionary<string, string>? mapping, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var head = buffer.GetBuffer().AsSpan(0, (int)Math.Min(4, buffer.Length));
        if (head.SequenceEqual("PK\x03\x04"u8))
        {
            return await RegistryImport.ImportXlsxAsync(db, buffer, province, dryRun, mapping, ct);
        }

        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await RegistryImport.ImportAsync(db, reader, province, dryRun, mapping, ct);
    }
}
