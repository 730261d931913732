using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>
/// `/api/registry/*`: the IKM/UMKM registry (docs/decisions/0010-registry-rules.md). Officers work within their
/// province; a business owner sees only their own businesses (any other id is 404). `/api/catalog` is public.
/// </summary>
public static class RegistryEndpoints
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
        Changing(group.MapPut("/businesses/{id}", UpdateAsync)).WithName("RegistryUpdate");
        Changing(group.MapPost("/businesses/{id}/verify", VerifyAsync)).WithName("RegistryVerify").RequireAuthorization(AuthPolicies.Officer);
        Changing(group.MapPost("/businesses/{id}/products", AddProductAsync)).WithName("RegistryAddProduct");
        Changing(group.MapPut("/businesses/{id}/products/{itemId}", UpdateProductAsync)).WithName("RegistryUpdateProduct");
        Changing(group.MapPost("/businesses/{id}/certifications", AddCertificationAsync)).WithName("RegistryAddCertification");
        Changing(group.MapPost("/businesses/{id}/exports", AddExportAsync)).WithName("RegistryAddExport");
        Changing(group.MapPost("/businesses/{id}/participations", AddParticipationAsync)).WithName("RegistryAddParticipation").RequireAuthorization(AuthPolicies.Officer);
        Changing(group.MapPost("/businesses/{id}/assessments", AssessAsync)).WithName("RegistryAssess")
            .WithSummary("Score the readiness questionnaire: a self-assessment by the owner, a verified one by an officer");
        Changing(group.MapPost("/import", ImportAsync)).WithName("RegistryImport").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("Bulk import a business list, XLSX or CSV by content (multipart: file, dryRun, province, mapping 'field=Header;...'); all-or-nothing")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        Changing(group.MapDelete("/businesses/{id}", DeleteBusinessAsync)).WithName("RegistryDelete").RequireAuthorization(AuthPolicies.Officer)
            .WithSummary("Delete a business with its products, certificates, exports and assessments (staff only; audited)");
        Changing(group.MapDelete("/businesses/{id}/products/{itemId}", DeleteProductAsync)).WithName("RegistryDeleteProduct");
        Changing(group.MapDelete("/businesses/{id}/certifications/{itemId}", DeleteCertificationAsync)).WithName("RegistryDeleteCertification");
        Changing(group.MapDelete("/businesses/{id}/exports/{itemId}", DeleteExportAsync)).WithName("RegistryDeleteExport");
        app.MapRegistryPhotos(group, Changing);
        group.MapGet("/hs/suggest", async (NeracaDb db, string? q, CancellationToken ct) => TypedResults.Ok(await HsSuggestions.SearchAsync(db, q, 10, ct)))
            .WithName("RegistryHsSuggest")
            .WithSummary("HS codes whose Indonesian or English description contains every word of q (e.g. 'kopi', 'roasted coffee')");
        group.MapGet("/hs/{code}/exports", HsExportsAsync).WithName("RegistryHsExports")
            .WithSummary("Exports of a product's HS code by year for the province and Indonesia, and the province's main partners");
        group.MapGet("/questionnaire", () => TypedResults.Ok(Questionnaire())).WithName("RegistryQuestionnaire");

        app.MapGet("/api/catalog", CatalogAsync)
            .WithTags("Business registry")
            .WithName("Catalog")
            .WithSummary("Public catalog: consented, verified businesses with non-personal fields only")
            .RequireAuthorization(AuthPolicies.PublicData);
        return app;
    }

    /// <summary>Scripts send an API token; a call with the session cookie must send the antiforgery header.</summary>
    private static RouteHandlerBuilder Changing(RouteHandlerBuilder endpoint) =>
        endpoint.DisableAntiforgery().AddEndpointFilter(Accounts.CookieAntiforgery.Filter);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    internal static bool IsOwnerRole(ClaimsPrincipal user) => user.IsInRole(Roles.Business) && !user.IsInRole(Roles.Officer) && !user.IsInRole(Roles.Admin);

    /// <summary>Businesses the caller may see: the owner's own, or the staff member's province.</summary>
    public static IQueryable<Business> Visible(NeracaDb db, ClaimsPrincipal user)
    {
        if (IsOwnerRole(user))
        {
            var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-";
            return db.Businesses.Where(b => b.OwnerUserId == id);
        }

        return ProvinceScope.Of(user).Apply(db.Businesses, b => b.ProvinceCode);
    }

    private static IQueryable<Business> WithAll(IQueryable<Business> q) => q
        .Include(b => b.Products).Include(b => b.Certifications).Include(b => b.Exports)
        .Include(b => b.Assessments).Include(b => b.Participations).AsSplitQuery();

    internal static async Task<Results<Ok<List<BusinessSummary>>, ValidationProblem>> ListAsync(
        NeracaDb db, ClaimsPrincipal user, string? regency, string? hs, string? certification, string? scale, string? band, string? stage, CancellationToken ct)
    {
        var (rows, errors) = await FilterAsync(db, user, regency, hs, certification, scale, band, stage, ct);
        return errors is not null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(rows!.Select(Summary).ToList());
    }

    internal static async Task<Results<FileContentHttpResult, ValidationProblem>> CsvAsync(
        NeracaDb db, ClaimsPrincipal user, string? regency, string? hs, string? certification, string? scale, string? band, string? stage, CancellationToken ct)
    {
        var (rows, errors) = await FilterAsync(db, user, regency, hs, certification, scale, band, stage, ct);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var sb = new StringBuilder(string.Join(',', ExportHeaders)).Append('\n');
        foreach (var cells in rows!.Select(ExportRow))
        {
            sb.AppendJoin(',', cells.Select(Csv)).Append('\n');
        }

        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(sb.ToString())).ToArray(), "text/csv; charset=utf-8", "registry.csv");
    }

    /// <summary>The same filtered list and columns as the CSV, as a workbook (numbers as numeric cells).</summary>
    internal static async Task<Results<FileContentHttpResult, ValidationProblem>> XlsxAsync(
        NeracaDb db, ClaimsPrincipal user, string? regency, string? hs, string? certification, string? scale, string? band, string? stage, CancellationToken ct)
    {
        var (rows, errors) = await FilterAsync(db, user, regency, hs, certification, scale, band, stage, ct);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // NIB, codes and phone numbers stay text: as numbers a spreadsheet would drop leading zeros or show 9.12E+12.
        var bytes = await XlsxFile.WriteAsync("registry", ExportHeaders, rows!.Select(ExportRow).Select(cells => cells.Select((c, i) =>
            NumericColumns.Contains(ExportHeaders[i]) ? XlsxFile.Cell(c) : new SpreadCheetah.DataCell(c)).ToArray()), ct);
        return TypedResults.File(bytes, XlsxFile.ContentType, "registry.xlsx");
    }

    private static readonly string[] ExportHeaders =
    [
        "id", "nib", "name", "kind", "scale", "scale_decided_by", "province", "regency_code", "regency", "owner_name", "owner_gender", "phone", "email",
        "employees", "band", "score", "stage", "verification", "hs_codes", "certifications",
    ];

    private static readonly HashSet<string> NumericColumns = new(StringComparer.Ordinal) { "id", "employees", "score" };

    private static string[] ExportRow(Business b)
    {
        var s = Summary(b);
        return
        [
            b.Id.ToString(CultureInfo.InvariantCulture), b.Nib, b.Name, s.Kind, s.Scale.Scale ?? "", s.Scale.DecidedBy ?? "",
            b.ProvinceCode.ToString(CultureInfo.InvariantCulture), b.RegencyCode.ToString(CultureInfo.InvariantCulture), s.Regency,
            b.OwnerName, b.OwnerGender, b.Phone, b.Email, b.Employees?.ToString(CultureInfo.InvariantCulture) ?? "", s.Band ?? "",
            s.Score?.ToString("0.0", CultureInfo.InvariantCulture) ?? "", s.Stage, s.Verification,
            string.Join(' ', b.Products.Select(p => p.HsCode).Distinct()), string.Join(' ', b.Certifications.Select(c => EnumText.Of(c.Type)).Distinct()),
        ];
    }

    internal static async Task<Results<Created<BusinessDetail>, ValidationProblem>> CreateAsync(
        NeracaDb db, ClaimsPrincipal user, HttpContext context, BusinessInput input, CancellationToken ct)
    {
        var scope = ProvinceScope.Of(user);
        var business = new Business { CreatedAtUtc = DateTime.UtcNow };
        var errors = Apply(business, input with { ProvinceCode = input.ProvinceCode ?? scope.Province }, scope);
        if (errors.Count == 0 && await db.Businesses.AnyAsync(b => b.Nib == business.Nib, ct))
        {
            errors["nib"] = [$"a business with NIB {business.Nib} is already registered"];
        }

        string? ownerId = null;
        if (!IsOwnerRole(user) && !string.IsNullOrWhiteSpace(input.OwnerEmail))
        {
            ownerId = await BusinessAccountAsync(db, input.OwnerEmail, ct);
            if (ownerId is null)
            {
                errors["ownerEmail"] = [$"no business account with e-mail {input.OwnerEmail.Trim()}"];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        business.OwnerUserId = ownerId;
        if (IsOwnerRole(user))
        {
            business.OwnerUserId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            business.Verification = Verification.Pending;
        }
        else
        {
            business.Verification = Verification.Verified;
            business.VerifiedAtUtc = business.CreatedAtUtc;
            business.VerifiedBy = AccountsActor(context);
        }

        db.Businesses.Add(business);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/registry/businesses/{business.Id}", Detail(business));
    }

    /// <summary>The id of the user with this e-mail when the account has the `business` role, else null.</summary>
    private static async Task<string?> BusinessAccountAsync(NeracaDb db, string email, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where u.NormalizedEmail == normalized && r.Name == Roles.Business
                      select u.Id).FirstOrDefaultAsync(ct);
    }

    internal static async Task<Results<Ok<BusinessDetail>, NotFound>> GetAsync(NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct) =>
        await WithAll(Visible(db, user)).AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is { } b
            ? TypedResults.Ok(Detail(b, await PhotosAsync(db, b, ct)))
            : TypedResults.NotFound();

    internal static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> UpdateAsync(
        NeracaDb db, ClaimsPrincipal user, int id, BusinessInput input, CancellationToken ct)
    {
        var business = await WithAll(Visible(db, user)).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (business is null)
        {
            return TypedResults.NotFound();
        }

        var errors = Apply(business, input with { ProvinceCode = input.ProvinceCode ?? business.ProvinceCode }, ProvinceScope.Of(user));
        if (errors.Count == 0 && await db.Businesses.AnyAsync(b => b.Nib == business.Nib && b.Id != id, ct))
        {
            errors["nib"] = [$"a business with NIB {business.Nib} is already registered"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Detail(business, await PhotosAsync(db, business, ct)));
    }

    internal static async Task<Results<Ok<BusinessDetail>, NotFound>> VerifyAsync(NeracaDb db, ClaimsPrincipal user, HttpContext context, int id, CancellationToken ct)
    {
        var business = await WithAll(Visible(db, user)).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (business is null)
        {
            return TypedResults.NotFound();
        }

        business.Verification = Verification.Verified;
        business.VerifiedAtUtc = DateTime.UtcNow;
        business.VerifiedBy = AccountsActor(context);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Detail(business, await PhotosAsync(db, business, ct)));
    }

    internal static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> AddProductAsync(NeracaDb db, ClaimsPrincipal user, int id, ProductInput input, CancellationToken ct)
    {
        var (hs, unknown) = await CheckHsAsync(db, input, ct);
        return await AddAsync(db, user, id, ct, b =>
        {
            var errors = ProductErrors(input, hs, unknown);
            if (errors.Count == 0)
            {
                var product = new Product();
                Fill(product, input, hs!);
                b.Products.Add(product);
            }

            return errors;
        });
    }

    /// <summary>Edits a product in place (its photos stay); same rules as adding one. Another business's product is 404.</summary>
    internal static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> UpdateProductAsync(NeracaDb db, ClaimsPrincipal user, int id, int itemId, ProductInput input, CancellationToken ct)
    {
        var (hs, unknown) = await CheckHsAsync(db, input, ct);
        var found = false;
        var result = await AddAsync(db, user, id, ct, b =>
        {
            var product = b.Products.FirstOrDefault(p => p.Id == itemId);
            found = product is not null;
            var errors = found ? ProductErrors(input, hs, unknown) : new() { ["itemId"] = ["no such product"] };
            if (errors.Count == 0)
            {
                Fill(product!, input, hs!);
            }

            return errors;
        });
        return found ? result : TypedResults.NotFound();
    }

    private static async Task<(string? Hs, string? Unknown)> CheckHsAsync(NeracaDb db, ProductInput input, CancellationToken ct)
    {
        var hs = HsProductCode.Normalize(input.HsCode);
        return (hs, hs is null ? null : await HsNomenclatureCheck.ProblemAsync(db, hs, ct));
    }

    private static Dictionary<string, string[]> ProductErrors(ProductInput input, string? hs, string? unknown)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "nameId", input.NameId);
        if (hs is null)
        {
            errors["hsCode"] = [$"'{input.HsCode}' is not an HS code of 2, 4, 6, 8 or 10 digits in a known HS chapter"];
        }
        else if (unknown is not null)
        {
            errors["hsCode"] = [unknown];
        }

        if (input.PriceMinRupiah > input.PriceMaxRupiah || input.PriceMinRupiah < 0 || input.MonthlyCapacity < 0 || input.ShelfLifeDays < 0)
        {
            errors["price"] = ["prices, capacity and shelf life cannot be negative and the minimum price cannot exceed the maximum"];
        }

        return errors;
    }

    private static void Fill(Product product, ProductInput input, string hs)
    {
        product.NameId = input.NameId!.Trim();
        product.NameEn = input.NameEn?.Trim() ?? "";
        product.HsCode = hs;
        product.Description = input.Description?.Trim() ?? "";
        product.MonthlyCapacity = input.MonthlyCapacity;
        product.CapacityUnit = input.CapacityUnit?.Trim() ?? "";
        product.PriceMinRupiah = input.PriceMinRupiah;
        product.PriceMaxRupiah = input.PriceMaxRupiah;
        product.MinimumOrder = input.MinimumOrder?.Trim() ?? "";
        product.Packaging = input.Packaging?.Trim() ?? "";
        product.ShelfLifeDays = input.ShelfLifeDays;
    }

    internal static Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> AddCertificationAsync(NeracaDb db, ClaimsPrincipal user, int id, CertificationInput input, CancellationToken ct) =>
        AddAsync(db, user, id, ct, b =>
        {
            var errors = new Dictionary<string, string[]>();
            if (!EnumText.TryParse<CertificationType>(input.Type, out var type))
            {
                errors["type"] = [$"type must be one of {string.Join(", ", Enum.GetValues<CertificationType>().Select(EnumText.Of))}"];
            }

            if (input.IssuedOn > input.ExpiresOn)
            {
                errors["expiresOn"] = ["the expiry date is before the issue date"];
            }

            if (errors.Count == 0)
            {
                b.Certifications.Add(new Certification { Type = type, Number = input.Number?.Trim() ?? "", Issuer = input.Issuer?.Trim() ?? "", IssuedOn = input.IssuedOn, ExpiresOn = input.ExpiresOn });
            }

            return errors;
        });

    internal static Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> AddExportAsync(NeracaDb db, ClaimsPrincipal user, int id, ExportInput input, CancellationToken ct) =>
        AddAsync(db, user, id, ct, b =>
        {
            var errors = new Dictionary<string, string[]>();
            var hs = HsProductCode.Normalize(input.HsCode);
            var country = input.Country?.Trim().ToUpperInvariant() ?? "";
            if (input.Date is null || input.Date > Today)
            {
                errors["date"] = ["date is required and cannot be in the future"];
            }

            if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
            {
                errors["country"] = ["country must be an ISO 3166-1 alpha-2 code such as JP"];
            }

            if (hs is null)
            {
                errors["hsCode"] = [$"'{input.HsCode}' is not a valid HS code"];
            }

            if (input.ValueUsd is not > 0)
            {
                errors["valueUsd"] = ["value in US$ must be more than zero"];
            }

            if (errors.Count == 0)
            {
                b.Exports.Add(new ExportRecord { Date = input.Date!.Value, Country = country, HsCode = hs!, ValueUsd = input.ValueUsd!.Value, Volume = input.Volume?.Trim() ?? "", Buyer = input.Buyer?.Trim() ?? "" });
            }

            return errors;
        });

    internal static Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> AddParticipationAsync(NeracaDb db, ClaimsPrincipal user, int id, ParticipationInput input, CancellationToken ct) =>
        AddAsync(db, user, id, ct, b =>
        {
            var errors = new Dictionary<string, string[]>();
            Require(errors, "programName", input.ProgramName);
            if (input.Date is null)
            {
                errors["date"] = ["date is required"];
            }

            if (errors.Count == 0)
            {
                b.Participations.Add(new ProgramParticipation { ProgramName = input.ProgramName!.Trim(), Date = input.Date!.Value });
            }

            return errors;
        });

    internal static Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> AssessAsync(
        NeracaDb db, ClaimsPrincipal user, HttpContext context, int id, AssessmentInput input, CancellationToken ct) =>
        AddAsync(db, user, id, ct, b =>
        {
            ReadinessResult result;
            try
            {
                result = Readiness.Score(input.Answers ?? [], b.Exports.Count > 0, input.Markets, b.Certifications.Select(c => c.Type));
            }
            catch (ArgumentException ex)
            {
                return new Dictionary<string, string[]> { [ex.ParamName ?? "answers"] = [ex.Message] };
            }

            b.Assessments.Add(new Assessment
            {
                QuestionnaireVersion = result.Version,
                Verified = !IsOwnerRole(user),
                AnswersJson = JsonSerializer.Serialize(new { answers = input.Answers ?? [], markets = input.Markets ?? [] }),
                Score = result.Score,
                Band = result.Band,
                Date = input.Date ?? Today,
                By = AccountsActor(context),
            });
            return [];
        });

    /// <summary>Staff only (the route's policy); children go with it, each with its own audit row (they are loaded, so tracked).</summary>
    internal static async Task<Results<NoContent, NotFound>> DeleteBusinessAsync(NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        if (IsOwnerRole(user))
        {
            return TypedResults.NotFound();
        }

        var business = await WithAll(Visible(db, user)).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (business is null)
        {
            return TypedResults.NotFound();
        }

        db.Businesses.Remove(business);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    internal static Task<Results<NoContent, NotFound>> DeleteProductAsync(NeracaDb db, ClaimsPrincipal user, int id, int itemId, CancellationToken ct) =>
        RemoveAsync(db, user, id, ct, b => b.Products.FirstOrDefault(x => x.Id == itemId));

    internal static Task<Results<NoContent, NotFound>> DeleteCertificationAsync(NeracaDb db, ClaimsPrincipal user, int id, int itemId, CancellationToken ct) =>
        RemoveAsync(db, user, id, ct, b => b.Certifications.FirstOrDefault(x => x.Id == itemId));

    internal static Task<Results<NoContent, NotFound>> DeleteExportAsync(NeracaDb db, ClaimsPrincipal user, int id, int itemId, CancellationToken ct) =>
        RemoveAsync(db, user, id, ct, b => b.Exports.FirstOrDefault(x => x.Id == itemId));

    /// <summary>Removes one child record of a business the caller may change; an id of another business is 404.</summary>
    private static async Task<Results<NoContent, NotFound>> RemoveAsync(NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct, Func<Business, object?> find)
    {
        var business = await WithAll(Visible(db, user)).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (business is null || find(business) is not { } item)
        {
            return TypedResults.NotFound();
        }

        db.Remove(item);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    internal static async Task<Ok<List<CatalogEntry>>> CatalogAsync(NeracaDb db, short? province, short? regency, string? hs, CancellationToken ct)
    {
        var q = db.Businesses.AsNoTracking().Where(b => b.CatalogConsent && b.Verification == Verification.Verified);
        if (province is { } p)
        {
            q = q.Where(b => b.ProvinceCode == p);
        }

        if (regency is { } r)
        {
            q = q.Where(b => b.RegencyCode == r);
        }

        var rows = await q.Include(b => b.Products).Include(b => b.Certifications).AsSplitQuery().OrderBy(b => b.Name).ToListAsync(ct);
        var productIds = rows.SelectMany(b => b.Products).Select(p => p.Id).ToList();
        var photos = (await db.ProductPhotos.AsNoTracking().Where(p => productIds.Contains(p.ProductId)).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.ProductId }).ToListAsync(ct)).ToLookup(p => p.ProductId, p => RegistryPhotoEndpoints.Url(p.Id, false));
        var today = Today;
        return TypedResults.Ok(rows
            .Where(b => string.IsNullOrWhiteSpace(hs) || b.Products.Any(x => x.HsCode.StartsWith(hs.Trim(), StringComparison.Ordinal)))
            .Select(b => new CatalogEntry(
                b.Id, b.Name, EnumText.Of(b.Kind), ScaleOf(b).Scale, Regencies.Get(b.RegencyCode)?.Name ?? "",
                [.. b.Products.OrderBy(x => x.Id).Select(x => new CatalogProduct(x.NameId, x.NameEn, x.HsCode, x.Packaging, x.MinimumOrder, [.. photos[x.Id]]))],
                [.. b.Certifications.Where(c => CertificationExpiry.Status(c.ExpiresOn, today) != ExpiryStatus.Expired).Select(c => EnumText.Of(c.Type)).Distinct().Order(StringComparer.Ordinal)]))
            .ToList());
    }

    internal const long ImportLimit = 5 * 1024 * 1024;

    internal static async Task<Results<Ok<RegistryImportResult>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        NeracaDb db, ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType || context.Request.ContentLength > ImportLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [$"send one XLSX or CSV file of at most {ImportLimit} bytes as multipart/form-data"] });
        }

        var (result, errors) = await ImportFormAsync(db, user, await context.Request.ReadFormAsync(ct), ct);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (result!.Succeeded)
        {
            return TypedResults.Ok(result);
        }

        return TypedResults.Problem(
            title: "Import rejected",
            detail: $"{result.Errors.Count} problem(s); nothing was written. See 'result.errors' (row, column, reason).",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["result"] = result });
    }

    /// <summary>The import form (file, dryRun, province, mapping) as the API and the `/registry/import` page receive it.</summary>
    internal static async Task<(RegistryImportResult? Result, Dictionary<string, string[]>? Errors)> ImportFormAsync(
        NeracaDb db, ClaimsPrincipal user, IFormCollection form, CancellationToken ct)
    {
        var scope = ProvinceScope.Of(user);
        var errors = new Dictionary<string, string[]>();
        short province = scope.Province ?? 0;
        if (form.TryGetValue("province", out var provinceText) && !string.IsNullOrWhiteSpace(provinceText))
        {
            if (!short.TryParse(provinceText, NumberStyles.None, CultureInfo.InvariantCulture, out province) || !scope.Allows(province))
            {
                errors["province"] = ["province must be a BPS province code within your scope"];
            }
        }
        else if (scope.IsNational)
        {
            errors["province"] = ["national users must say which province the list belongs to"];
        }

        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in form["mapping"].ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                errors["mapping"] = [$"'{pair}' is not field=Header"];
                continue;
            }

            mapping[parts[0].ToLowerInvariant()] = parts[1];
        }

        if (form.Files.Count != 1 || form.Files[0].Length > ImportLimit)
        {
            errors["file"] = ["send exactly one XLSX or CSV file (field 'file')"];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var dryRun = form["dryRun"].ToString() is "true" or "on" or "1";
        return (await ImportFileAsync(db, form.Files[0], province, dryRun, mapping.Count > 0 ? mapping : null, ct), null);
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

    internal static async Task<Results<Ok<HsExports>, ValidationProblem>> HsExportsAsync(NeracaDb db, ClaimsPrincipal user, string code, short? province, CancellationToken ct)
    {
        var hs = HsProductCode.Normalize(code);
        if (hs is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = [$"'{code}' is not a valid HS code"] });
        }

        return TypedResults.Ok(await ProductTrade.ExportsAsync(db, hs, province ?? ProvinceScope.Of(user).Province, ct));
    }

    public static QuestionnaireView Questionnaire() => new(
        Readiness.Version,
        Readiness.Areas,
        [.. Readiness.Questions.Select(q => new QuestionView(q.Id, q.Area, Readiness.Points(q), q.TextId, q.TextEn))],
        Readiness.Markets);

    private static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> AddAsync(
        NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct, Func<Business, Dictionary<string, string[]>> change)
    {
        var business = await WithAll(Visible(db, user)).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (business is null)
        {
            return TypedResults.NotFound();
        }

        var errors = change(business);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Detail(business, await PhotosAsync(db, business, ct)));
    }

    /// <summary>Validates and copies the input; the province must be in the caller's scope and the regency in the province.</summary>
    internal static Dictionary<string, string[]> Apply(Business b, BusinessInput input, ProvinceScope scope)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "name", input.Name);
        var nib = Nib.Normalize(input.Nib);
        if (nib is null)
        {
            errors["nib"] = ["NIB must be exactly 13 digits"];
        }

        if (!EnumText.TryParse<BusinessKind>(input.Kind, out var kind))
        {
            errors["kind"] = ["kind must be ikm or umkm"];
        }

        if (input.ProvinceCode is not short province || !Provinces.All.Any(p => p.Code == province && p.Code != 0))
        {
            errors["provinceCode"] = ["provinceCode must be a BPS province code such as 18"];
            province = 0;
        }
        else if (!scope.Allows(province))
        {
            errors["provinceCode"] = ["you cannot register businesses of another province"];
        }

        if (input.RegencyCode is not short regency || (province != 0 && Regencies.All.Any(r => r.ProvinceCode == province) && !Regencies.IsIn(regency, province)) || regency / 100 != province)
        {
            errors["regencyCode"] = ["regencyCode must be a BPS regency/city code of the province, such as 1871 (Bandar Lampung)"];
            regency = 0;
        }

        if (input.CapitalRupiah < 0 || input.AnnualSalesRupiah < 0)
        {
            errors["capitalRupiah"] = ["capital and sales cannot be negative"];
        }

        var gender = (input.OwnerGender ?? "").Trim().ToUpperInvariant();
        if (gender is not ("" or "F" or "M"))
        {
            errors["ownerGender"] = ["ownerGender must be F, M or empty"];
        }

        if (input.Employees < 0)
        {
            errors["employees"] = ["employees cannot be negative"];
        }

        if (input.FoundedYear is { } year && (year < 1900 || year > DateTime.UtcNow.Year))
        {
            errors["foundedYear"] = ["foundedYear must be between 1900 and this year"];
        }

        var kbli = (input.KbliCodes ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        if (kbli.Any(k => k.Length != 5 || !k.All(char.IsAsciiDigit)))
        {
            errors["kbliCodes"] = ["KBLI codes are five digits each, separated by commas"];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        b.Name = input.Name!.Trim();
        b.Nib = nib!;
        b.LegalForm = input.LegalForm?.Trim() ?? "";
        b.KbliCodes = string.Join(',', kbli);
        b.Kind = kind;
        b.CapitalRupiah = input.CapitalRupiah;
        b.AnnualSalesRupiah = input.AnnualSalesRupiah;
        b.ProvinceCode = province;
        b.RegencyCode = regency;
        b.Address = input.Address?.Trim() ?? "";
        b.Phone = input.Phone?.Trim() ?? "";
        b.Email = input.Email?.Trim() ?? "";
        b.Website = input.Website?.Trim() ?? "";
        b.OwnerName = input.OwnerName?.Trim() ?? "";
        b.OwnerGender = gender;
        b.Employees = input.Employees;
        b.FoundedYear = input.FoundedYear;
        b.CatalogConsent = input.CatalogConsent;
        return errors;
    }

    private static async Task<(List<Business>? Rows, Dictionary<string, string[]>? Errors)> FilterAsync(
        NeracaDb db, ClaimsPrincipal user, string? regency, string? hs, string? certification, string? scale, string? band, string? stage, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        short? regencyCode = null;
        if (!string.IsNullOrWhiteSpace(regency))
        {
            if (short.TryParse(regency, NumberStyles.None, CultureInfo.InvariantCulture, out var r))
            {
                regencyCode = r;
            }
            else
            {
                errors["regency"] = ["regency must be a BPS regency/city code such as 1871"];
            }
        }

        CertificationType? certType = null;
        if (!string.IsNullOrWhiteSpace(certification))
        {
            if (EnumText.TryParse<CertificationType>(certification, out var c))
            {
                certType = c;
            }
            else
            {
                errors["certification"] = [$"certification must be one of {string.Join(", ", Enum.GetValues<CertificationType>().Select(EnumText.Of))}"];
            }
        }

        Scale? scaleValue = ParseOptional<Scale>(scale, "scale", errors);
        ReadinessBand? bandValue = ParseOptional<ReadinessBand>(band, "band", errors);
        FunnelStage? stageValue = ParseOptional<FunnelStage>(stage, "stage", errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var q = Visible(db, user).AsNoTracking();
        if (regencyCode is { } code)
        {
            q = q.Where(b => b.RegencyCode == code);
        }

        var rows = await WithAll(q).OrderBy(b => b.Name).ThenBy(b => b.Id).ToListAsync(ct);
        var today = Today;
        var filtered = rows.Where(b =>
            (string.IsNullOrWhiteSpace(hs) || b.Products.Any(p => p.HsCode.StartsWith(hs.Trim(), StringComparison.Ordinal)))
            && (certType is null || b.Certifications.Any(c => c.Type == certType && CertificationExpiry.Status(c.ExpiresOn, today) != ExpiryStatus.Expired))
            && (scaleValue is null || ScaleOf(b).Scale == EnumText.Of(scaleValue.Value))
            && (bandValue is null || CurrentAssessment(b)?.Band == bandValue)
            && (stageValue is null || FunnelOf(b).Stage == stageValue)).ToList();
        return (filtered, null);
    }

    private static T? ParseOptional<T>(string? text, string name, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (EnumText.TryParse<T>(text, out var value))
        {
            return value;
        }

        errors[name] = [$"{name} must be one of {string.Join(", ", Enum.GetValues<T>().Select(EnumText.Of))}"];
        return null;
    }

    /// <summary>The latest verified assessment, else the latest self-assessment.</summary>
    internal static Assessment? CurrentAssessment(Business b) =>
        b.Assessments.OrderByDescending(a => a.Verified).ThenByDescending(a => a.Date).ThenByDescending(a => a.Id).FirstOrDefault();

    internal static FunnelPosition FunnelOf(Business b) => Funnel.Derive(
        DateOnly.FromDateTime(b.CreatedAtUtc),
        b.Assessments.Select(a => (a.Date, a.Score)),
        b.Participations.Select(p => p.Date),
        b.Exports.Select(e => e.Date));

    private static ScaleInfo ScaleOf(Business b)
    {
        var s = BusinessScale.Derive(b.CapitalRupiah, b.AnnualSalesRupiah);
        return new ScaleInfo(s.Scale is { } v ? EnumText.Of(v) : null, s.DecidedBy is { } d ? EnumText.Of(d) : null);
    }

    private static BusinessSummary Summary(Business b)
    {
        var current = CurrentAssessment(b);
        return new BusinessSummary(b.Id, b.Name, b.Nib, EnumText.Of(b.Kind), b.ProvinceCode, b.RegencyCode, Regencies.Get(b.RegencyCode)?.Name ?? "",
            ScaleOf(b), current is null ? null : EnumText.Of(current.Band), current?.Score, EnumText.Of(FunnelOf(b).Stage), EnumText.Of(b.Verification));
    }

    /// <summary>Photo ids and sizes of the business's products (queried apart: the bytes are not loaded).</summary>
    internal static async Task<ILookup<int, PhotoView>> PhotosAsync(NeracaDb db, Business b, CancellationToken ct)
    {
        var ids = b.Products.Select(p => p.Id).ToList();
        var rows = await db.ProductPhotos.AsNoTracking().Where(p => ids.Contains(p.ProductId)).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.ProductId, p.Width, p.Height }).ToListAsync(ct);
        return rows.ToLookup(p => p.ProductId, p => new PhotoView(p.Id, p.Width, p.Height, RegistryPhotoEndpoints.Url(p.Id, false), RegistryPhotoEndpoints.Url(p.Id, true)));
    }

    internal static BusinessDetail Detail(Business b, ILookup<int, PhotoView>? photos = null)
    {
        var today = Today;
        var funnel = FunnelOf(b);
        return new BusinessDetail(
            b.Id, b.Name, b.Nib, b.LegalForm, b.KbliCodes, EnumText.Of(b.Kind), b.CapitalRupiah, b.AnnualSalesRupiah, ScaleOf(b), b.ProvinceCode, b.RegencyCode,
            Regencies.Get(b.RegencyCode)?.Name ?? "", b.Address, b.Phone, b.Email, b.Website, b.OwnerName, b.OwnerGender, b.Employees, b.FoundedYear, b.CatalogConsent,
            EnumText.Of(b.Verification),
            [.. b.Products.OrderBy(p => p.Id).Select(p => new ProductView(p.Id, p.NameId, p.NameEn, p.HsCode, p.Description, p.MonthlyCapacity, p.CapacityUnit, p.PriceMinRupiah, p.PriceMaxRupiah, p.MinimumOrder, p.Packaging, p.ShelfLifeDays, [.. photos?[p.Id] ?? []]))],
            [.. b.Certifications.OrderBy(c => c.Id).Select(c => new CertificationView(c.Id, EnumText.Of(c.Type), c.Number, c.Issuer, c.IssuedOn, c.ExpiresOn, EnumText.Of(CertificationExpiry.Status(c.ExpiresOn, today))))],
            [.. b.Exports.OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => new ExportView(e.Id, e.Date, e.Country, e.HsCode, e.ValueUsd, e.Volume, e.Buyer))],
            [.. b.Assessments.OrderBy(a => a.Date).ThenBy(a => a.Id).Select(a => new AssessmentView(a.Id, a.QuestionnaireVersion, a.Verified, a.Score, EnumText.Of(a.Band), a.Date, a.By, Gaps(a, b)))],
            [.. b.Participations.OrderBy(p => p.Date).Select(p => new ParticipationView(p.Id, p.ProgramName, p.Date))],
            EnumText.Of(funnel.Stage),
            [.. funnel.Steps.Select(s => new StepView(EnumText.Of(s.Stage), s.ReachedOn))]);
    }

    /// <summary>Gaps recomputed from the stored answers with the stored questionnaire version (only 2026.1 exists so far).</summary>
    private static List<GapView> Gaps(Assessment a, Business b)
    {
        if (a.QuestionnaireVersion != Readiness.Version)
        {
            return [];
        }

        var stored = JsonSerializer.Deserialize<StoredAnswers>(a.AnswersJson, JsonSerializerOptions.Web) ?? new StoredAnswers(null, null);
        var result = Readiness.Score(stored.Answers ?? [], b.Exports.Count > 0, stored.Markets, b.Certifications.Select(c => c.Type));
        return [.. result.Gaps.Select(g => new GapView(g.QuestionId, g.Area, g.PointsLost, g.RecommendationId, g.RecommendationEn))];
    }

    private sealed record StoredAnswers(Dictionary<string, bool>? Answers, List<string>? Markets);

    private static void Require(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{field} is required"];
        }
    }

    private static string AccountsActor(HttpContext context) => Accounts.AccountsSetup.Actor(context);

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            ? "\"" + (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" : "") + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
