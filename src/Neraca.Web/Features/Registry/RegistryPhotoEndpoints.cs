using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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

        var result = await SaveAsync(db, user, id, productId, form.Files[0], Accounts.AccountsSetup.Actor(context), ct);
        return result switch
        {
            { Photo: { } photo } => TypedResults.Created(Url(photo.Id, false), photo),
            { TooLarge: true } => TooLarge(),
            { Error: { } error } => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [error] }),
            _ => TypedResults.NotFound(),
        };
    }

    public sealed record SaveResult(PhotoView? Photo, string? Error, bool TooLarge);

    /// <summary>Shared by the API and the product page: checks access, count and size, re-encodes, stores.</summary>
    internal static async Task<SaveResult> SaveAsync(NeracaDb db, ClaimsPrincipal user, int businessId, int productId, IFormFile file, string actor, CancellationToken ct)
    {
        var product = await RegistryAccess.Visible(db, user).Where(b => b.Id == businessId).SelectMany(b => b.Products).FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null)
        {
            return new SaveResult(null, null, false);
        }

        if (file.Length > ProductPhotos.MaxBytes)
        {
            return new SaveResult(null, $"the photo is larger than {ProductPhotos.MaxBytes / (1024 * 1024)} MB", true);
        }

        if (await db.ProductPhotos.CountAsync(p => p.ProductId == productId, ct) >= ProductPhotos.MaxPerProduct)
        {
            return new SaveResult(null, $"a product has at most {ProductPhotos.MaxPerProduct} photos: delete one first", false);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var (photo, error) = ProductPhotos.Reencode(buffer.ToArray());
        if (photo is null)
        {
            return new SaveResult(null, error, false);
        }

        var row = new ProductPhoto
        {
            ProductId = productId,
            Width = photo.Width,
            Height = photo.Height,
            Jpeg = photo.Jpeg,
            Thumbnail = photo.Thumbnail,
            CreatedAtUtc = DateTime.UtcNow,
            By = actor,
        };
        db.ProductPhotos.Add(row);
        await db.SaveChangesAsync(ct);
        return new SaveResult(new PhotoView(row.Id, row.Width, row.Height, Url(row.Id, false), Url(row.Id, true)), null, false);
    }

    internal static async Task<Results<NoContent, NotFound>> DeleteAsync(NeracaDb db, ClaimsPrincipal user, int id, int productId, int photoId, CancellationToken ct)
    {
        var visible = RegistryAccess.Visible(db, user).Where(b => b.Id == id).SelectMany(b => b.Products).Where(p => p.Id == productId).Select(p => p.Id);
        var photo = await db.ProductPhotos.FirstOrDefaultAsync(p => p.Id == photoId && visible.Contains(p.ProductId), ct);
        if (photo is null)
        {
            return TypedResults.NotFound();
        }

        db.ProductPhotos.Remove(photo);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>Owner and staff see their businesses' photos; anyone sees photos of catalog businesses. Otherwise 404.</summary>
    internal static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(NeracaDb db, ClaimsPrincipal user, HttpContext context, int photoId, bool? thumb, CancellationToken ct)
    {
        var owner = await db.ProductPhotos.AsNoTracking().Where(p => p.Id == photoId)
            .Join(db.Products, p => p.ProductId, p => p.Id, (photo, product) => product.BusinessId)
            .Join(db.Businesses, b => b, b => b.Id, (_, b) => new { b.Id, Public = b.CatalogConsent && b.Verification == Verification.Verified })
            .FirstOrDefaultAsync(ct);
        if (owner is null)
        {
            return TypedResults.NotFound();
        }

        var allowed = owner.Public || (user.Identity?.IsAuthenticated == true
            && (user.IsInRole(Neraca.Accounts.Roles.Officer) || user.IsInRole(Neraca.Accounts.Roles.Admin) || user.IsInRole(Neraca.Accounts.Roles.Business))
            && await RegistryAccess.Visible(db, user).AnyAsync(b => b.Id == owner.Id, ct));
        if (!allowed)
        {
            return TypedResults.NotFound();
        }

        var bytes = thumb == true
            ? await db.ProductPhotos.Where(p => p.Id == photoId).Select(p => p.Thumbnail).SingleAsync(ct)
            : await db.ProductPhotos.Where(p => p.Id == photoId).Select(p => p.Jpeg).SingleAsync(ct);
        // A private photo must not stay in a shared cache after the consent is withdrawn.
        context.Response.Headers.CacheControl = owner.Public ? "public, max-age=300" : "private, max-age=300";
        return TypedResults.File(bytes, "image/jpeg");
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        title: "Photo too large",
        detail: $"A photo may have at most {ProductPhotos.MaxBytes / (1024 * 1024)} MB.",
        statusCode: StatusCodes.Status413PayloadTooLarge);
}
