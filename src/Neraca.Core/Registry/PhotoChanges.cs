using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

namespace Neraca.Registry;

/// <summary>The outcome of a photo upload: the stored photo, or an error (TooLarge: answer 413), or neither (not found).</summary>
public sealed record PhotoSaveResult(PhotoView? Photo, RegistryError? Error, bool TooLarge);

/// <summary>
/// Storing and deleting product photos for the API and the business page. A photo takes a numbered slot (1 to
/// <see cref="ProductPhotos.MaxPerProduct"/>) under a unique index, so concurrent uploads cannot store a seventh: the
/// loser of a race takes the next free slot or is refused.
/// </summary>
public static class PhotoChanges
{
    public static async Task<PhotoSaveResult> SaveAsync(NeracaDb db, ClaimsPrincipal user, int businessId, int productId, Stream file, long length, string actor, CancellationToken ct)
    {
        var visible = await RegistryAccess.Visible(db, user).Where(b => b.Id == businessId).SelectMany(b => b.Products).AnyAsync(p => p.Id == productId, ct);
        if (!visible)
        {
            return new PhotoSaveResult(null, null, false);
        }

        if (length > ProductPhotos.MaxBytes)
        {
            return new PhotoSaveResult(null, new RegistryError("file", "photo.size", (ProductPhotos.MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)), true);
        }

        if (await CountErrorAsync(db, businessId, productId, ct) is { } full)
        {
            return new PhotoSaveResult(null, full, false);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var (photo, error) = await ProductPhotos.ReencodeAsync(buffer.ToArray(), ct);
        if (photo is null)
        {
            return new PhotoSaveResult(null, error, false);
        }

        for (var attempt = 0; attempt < ProductPhotos.MaxPerProduct; attempt++)
        {
            if (await CountErrorAsync(db, businessId, productId, ct) is { } nowFull)
            {
                return new PhotoSaveResult(null, nowFull, false);
            }

            var used = await db.ProductPhotos.Where(p => p.ProductId == productId).Select(p => p.Slot).ToListAsync(ct);
            var slot = Enumerable.Range(1, ProductPhotos.MaxPerProduct).FirstOrDefault(s => !used.Contains(s));
            if (slot == 0)
            {
                break;
            }

            var row = new ProductPhoto
            {
                ProductId = productId,
                Slot = slot,
                Width = photo.Width,
                Height = photo.Height,
                Jpeg = photo.Jpeg,
                Thumbnail = photo.Thumbnail,
                CreatedAtUtc = DateTime.UtcNow,
                By = actor,
            };
            db.ProductPhotos.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
                return new PhotoSaveResult(new PhotoView(row.Id, row.Width, row.Height, RegistryViews.PhotoUrl(row.Id, false), RegistryViews.PhotoUrl(row.Id, true)), null, false);
            }
            catch (DbUpdateException)
            {
                // Another upload took the slot between our read and our insert: look again.
                db.ChangeTracker.Clear();
            }
        }

        return new PhotoSaveResult(null, ProductFull, false);
    }

    private static RegistryError ProductFull => new("file", "photo.count", ProductPhotos.MaxPerProduct.ToString(CultureInfo.InvariantCulture));

    private static async Task<RegistryError?> CountErrorAsync(NeracaDb db, int businessId, int productId, CancellationToken ct)
    {
        if (await db.ProductPhotos.CountAsync(p => p.ProductId == productId, ct) >= ProductPhotos.MaxPerProduct)
        {
            return ProductFull;
        }

        var ofBusiness = db.Products.Where(p => p.BusinessId == businessId).Select(p => p.Id);
        return await db.ProductPhotos.CountAsync(p => ofBusiness.Contains(p.ProductId), ct) >= ProductPhotos.MaxPerBusiness
            ? new RegistryError("file", "photo.business", ProductPhotos.MaxPerBusiness.ToString(CultureInfo.InvariantCulture))
            : null;
    }

    public static async Task<bool> DeleteAsync(NeracaDb db, ClaimsPrincipal user, int businessId, int productId, int photoId, CancellationToken ct)
    {
        var visible = RegistryAccess.Visible(db, user).Where(b => b.Id == businessId).SelectMany(b => b.Products).Where(p => p.Id == productId).Select(p => p.Id);
        var photo = await db.ProductPhotos.FirstOrDefaultAsync(p => p.Id == photoId && visible.Contains(p.ProductId), ct);
        if (photo is null)
        {
            return false;
        }

        db.ProductPhotos.Remove(photo);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
