using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Neraca.Markets;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>
/// Product photos (docs/decisions/0013-product-photos.md): upload and delete by whoever may change the business,
/// served to whoever may see it, and to everyone when the business is in the public catalog (consented, verified).
/// </summary>
public static class RegistryPhotoEndpoints
{
    public const string PhotoRoute = "/api/registry/photos/{photoId}";

    public static void MapRegistryPhotos(this IEndpointRouteBuilder app, RouteGroupBuilder group, Func<RouteHandlerBuilder, RouteHandlerBuilder> changing)
    {
        changing(group.MapPost("/businesses/{id}/products/{productId}/photos", UploadAsync)).WithName("RegistryAddPhoto")
            .WithSummary($"Add a product photo (multipart 'file': JPEG, PNG or WebP by content, at most {ProductPhotos.MaxBytes / (1024 * 1024)} MB, {ProductPhotos.MaxPerProduct} per product); re-encoded, metadata removed")
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        changing(group.MapDelete("/businesses/{id}/products/{productId}/photos/{photoId}", DeleteAsync)).WithName("RegistryDeletePhoto");
        app.MapGet(PhotoRoute, GetAsync).WithTags("Business registry").WithName("RegistryPhoto")
            .WithSummary("A product photo (JPEG; thumb=true for the thumbnail): public for catalog businesses, else for the owner and staff")
            .RequireAuthorization(AuthPolicies.PublicData);
    }

    public static string Url(int photoId, bool thumbnail) => RegistryViews.PhotoUrl(photoId, thumbnail);

    internal static async Task<Results<Created<PhotoView>, NotFound, ValidationProblem, ProblemHttpResult>> UploadAsync(
        NeracaDb db, ClaimsPrincipal user, HttpContext context, int id, int productId, CancellationToken ct)
    {
        // Refused before the body is read when the client says how large it is (multipart adds a little overhead).
        if (context.Request.ContentLength > ProductPhotos.MaxBytes + 64 * 1024)
        {
            return TooLarge();
        }

        if (!context.Request.HasFormContentType)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["send the photo as multipart/form-data (field 'file')"] });
        }

        var form = await context.Request.ReadFormAsync(ct);
        if (form.Files.Count != 1)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["send exactly one photo (field 'file')"] });
        }

        var file = form.Files[0];
        await using var stream = file.OpenReadStream();
        var result = await PhotoChanges.SaveAsync(db, user, id, productId, stream, file.Length, Accounts.AccountsSetup.Actor(context), ct);
        return result switch
        {
            { Photo: { } photo } => TypedResults.Created(Url(photo.Id, false), photo),
            { TooLarge: true } => TooLarge(),
            { Error: { } error } => BusinessEndpoints.Problem([error]),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(NeracaDb db, ClaimsPrincipal user, int id, int productId, int photoId, CancellationToken ct) =>
        await PhotoChanges.DeleteAsync(db, user, id, productId, photoId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>Owner and staff see their businesses' photos; anyone sees photos of catalog businesses. Otherwise 404.</summary>
    internal static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(NeracaDb db, ClaimsPrincipal user, HttpContext context, int photoId, bool? thumb, CancellationToken ct)
    {
        var businessId = await db.ProductPhotos.AsNoTracking().Where(p => p.Id == photoId)
            .Join(db.Products, p => p.ProductId, p => p.Id, (photo, product) => (int?)product.BusinessId)
            .FirstOrDefaultAsync(ct);
        if (businessId is not int owner)
        {
            return TypedResults.NotFound();
        }

        var listed = await PublicCatalog.IsListedAsync(db, owner, ct);
        var allowed = listed || (user.Identity?.IsAuthenticated == true
            && (user.IsInRole(Neraca.Accounts.Roles.Officer) || user.IsInRole(Neraca.Accounts.Roles.Admin) || user.IsInRole(Neraca.Accounts.Roles.Business))
            && await RegistryAccess.Visible(db, user).AnyAsync(b => b.Id == owner, ct));
        if (!allowed)
        {
            return TypedResults.NotFound();
        }

        var bytes = thumb == true
            ? await db.ProductPhotos.Where(p => p.Id == photoId).Select(p => p.Thumbnail).SingleAsync(ct)
            : await db.ProductPhotos.Where(p => p.Id == photoId).Select(p => p.Jpeg).SingleAsync(ct);
        // A private photo must not stay in a shared cache after the consent is withdrawn.
        context.Response.Headers.CacheControl = listed ? "public, max-age=300" : "private, max-age=300";
        return TypedResults.File(bytes, "image/jpeg");
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        title: "Photo too large",
        detail: $"A photo may have at most {ProductPhotos.MaxBytes / (1024 * 1024)} MB.",
        statusCode: StatusCodes.Status413PayloadTooLarge);
}
