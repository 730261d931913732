using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Imports;

/// <summary>One import batch as listed by `GET /api/imports` and the dashboard.</summary>
public sealed record ImportBatchInfo(
    int Id,
    string FileName,
    string Format,
    [property: JsonConverter(typeof(JsonStringEnumConverter<BatchStatus>))] BatchStatus Status,
    DateTime ImportedAtUtc,
    string ImportedBy,
    long FactCount,
    decimal ValueUsd);

/// <summary>The multipart fields of `POST /api/imports` (documents the request in OpenAPI).</summary>
public sealed class ImportUploadForm
{
    /// <summary>One or more BPS XLSX, BPS WebAPI JSON or flat CSV files.</summary>
    public IFormFileCollection Files { get; set; } = null!;

    /// <summary>export|import, for files that do not say.</summary>
    public string? Flow { get; set; }

    /// <summary>BPS province code for the whole file, e.g. 18 (Lampung).</summary>
    public string? Province { get; set; }

    /// <summary>Validate and summarise without writing.</summary>
    public bool DryRun { get; set; }

    /// <summary>Supersede data already loaded for the same scope (a BPS revision).</summary>
    public bool Replace { get; set; }
}

public static class ImportEndpoints
{
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddOptions<ImportWebOptions>().BindConfiguration(ImportWebOptions.Section);
        services.AddScoped<UploadImporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/imports")
            .WithTags("Imports")
            .RequireAuthorization(AuthPolicies.Analyst);

        group.MapPost("/", UploadAsync)
            .WithName("UploadImport")
            .WithSummary("Import BPS trade files (multipart); each file is all-or-nothing")
            .Accepts<ImportUploadForm>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            // Scripts send an API token (nothing to forge); cookie-authenticated calls must send the antiforgery header.
            .DisableAntiforgery()
            .AddEndpointFilter(Accounts.CookieAntiforgery.Filter)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", ListAsync)
            .WithName("ListImports")
            .WithSummary("The latest import batches, newest first");

        return app;
    }

    /// <summary>
    /// 200 with one summary per file when every file was imported (or already was, or passed a dry run);
    /// 422 ProblemDetails with the summaries (errors with file/row/column/reason) when any file was rejected;
    /// 400 for bad fields; 413 past the size limit.
    /// </summary>
    internal static async Task<Results<Ok<List<ImportSummary>>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpContext context, UploadImporter importer, IOptions<ImportWebOptions> settings, CancellationToken ct)
    {
        var limit = settings.Value.MaxUploadBytes;
        if (context.Request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (!context.Request.HasFormContentType)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = ["send the files as multipart/form-data"] });
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, ct);
        }
        catch (InvalidDataException)
        {
            return TooLarge(limit);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }

        var request = new ImportRequest(form["flow"], form["province"], IsTrue(form["dryRun"]), IsTrue(form["replace"]));
        var errors = request.Validate(out var options, Actor(context));
        if (form.Files.Count == 0)
        {
            errors["files"] = ["no file uploaded (multipart field 'files')"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // Codes and arguments are the same in every language; the texts follow the request's (Accept-Language, cookie).
        var summaries = (await importer.ImportAsync(form.Files, options, ct)).ConvertAll(s => s.In(System.Globalization.CultureInfo.CurrentUICulture));
        if (summaries.All(s => s.Succeeded))
        {
            return TypedResults.Ok(summaries);
        }

        var rejected = summaries.Count(s => !s.Succeeded);
        return TypedResults.Problem(
            title: "Import rejected",
            detail: $"{rejected} of {summaries.Count} file(s) rejected; a rejected file writes nothing. See 'summaries' for the errors.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["summaries"] = summaries });
    }

    internal static async Task<Results<Ok<List<ImportBatchInfo>>, ValidationProblem>> ListAsync(NeracaDb db, int? limit, CancellationToken ct)
    {
        var take = limit ?? 50;
        if (take is < 1 or > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit must be between 1 and 500"] });
        }

        return TypedResults.Ok(await LatestAsync(db, take, ct));
    }

    public static async Task<List<ImportBatchInfo>> LatestAsync(NeracaDb db, int take, CancellationToken ct)
    {
        var rows = await db.ImportBatches.AsNoTracking()
            .OrderByDescending(b => b.Id)
            .Take(take)
            .Select(b => new { b.Id, b.FileName, b.Format, b.Status, b.ImportedAtUtc, b.ImportedBy, b.FactCount, b.ValueMilli })
            .ToListAsync(ct);
        return [.. rows.Select(b => new ImportBatchInfo(b.Id, b.FileName, b.Format, b.Status, b.ImportedAtUtc, b.ImportedBy, b.FactCount, Money.FromMilli(b.ValueMilli)))];
    }

    public static string Actor(HttpContext context) => Accounts.AccountsSetup.Actor(context);

    private static bool IsTrue(string? value) =>
        value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value is "on" or "1");

    private static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        title: "Upload too large",
        detail: $"The upload exceeds the limit of {limit} bytes (setting {ImportWebOptions.Section}:MaxUploadBytes).",
        statusCode: StatusCodes.Status413PayloadTooLarge);
}
